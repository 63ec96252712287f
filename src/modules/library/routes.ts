import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import {
  attachmentsAnswer,
  changeAnswer,
  packageAnswer,
  packageListAnswer,
  searchAnswer,
} from './answers.js';
import {
  attachInput,
  attachmentTargetQuery,
  builtInKey,
  createPackageInput,
  diffQuery,
  searchQuery,
  updatePackageInput,
} from './validation.js';
import { getBuiltInPackage, getPackage, listPackages } from './services/read-packages.js';
import { createPackage, updatePackage } from './services/write-package.js';
import { searchPackages } from './services/search.js';
import { packageChanges } from './services/changes.js';
import { attachPackage, detachPackage, listAttachments, takeUpdate } from './services/attachments.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;
const keyParam = z.object({ key: builtInKey.openapi({ param: { name: 'key', in: 'path' } }) });

// Every route is `signedIn`: the library is the organisation's to read; writing is decided in
// access.ts and attachments by the owning module's rule (attach-kinds.ts).
export function registerLibraryRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/library/packages',
      access: 'signedIn',
      responses: { 200: json(packageListAnswer) },
    }),
    async (c) => c.json(await listPackages({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/library/search',
      access: 'signedIn',
      request: { query: searchQuery },
      responses: { 200: json(searchAnswer) },
    }),
    async (c) => c.json(await searchPackages({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/library/built-in/{key}',
      access: 'signedIn',
      request: { params: keyParam },
      responses: { 200: json(packageAnswer) },
    }),
    async (c) => c.json(await getBuiltInPackage({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/library/packages/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(packageAnswer) },
    }),
    async (c) => c.json(await getPackage({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/library/packages/{id}/changes',
      access: 'signedIn',
      request: { params: idParam, query: diffQuery },
      responses: { 200: json(changeAnswer) },
    }),
    async (c) =>
      c.json(
        await packageChanges({
          ctx: signedIn(c),
          input: { ...c.req.valid('query'), ...c.req.valid('param') },
        }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/library/packages',
      access: 'signedIn',
      request: jsonBody(createPackageInput),
      responses: { 201: json(packageAnswer, 'Created') },
    }),
    async (c) => c.json(await createPackage({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'put',
      path: '/library/packages/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updatePackageInput) },
      responses: { 200: json(packageAnswer) },
    }),
    async (c) =>
      c.json(
        await updatePackage({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/library/attachments',
      access: 'signedIn',
      request: { query: attachmentTargetQuery },
      responses: { 200: json(attachmentsAnswer) },
    }),
    async (c) => c.json(await listAttachments({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/library/attachments',
      access: 'signedIn',
      request: jsonBody(attachInput),
      responses: { 201: json(attachmentsAnswer, 'Attached') },
    }),
    async (c) => c.json(await attachPackage({ ctx: signedIn(c), input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/library/attachments/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(attachmentsAnswer) },
    }),
    async (c) => c.json(await detachPackage({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/library/attachments/{id}/take-update',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(attachmentsAnswer) },
    }),
    async (c) => c.json(await takeUpdate({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
}
