import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { createImport } from './services/create.js';
import { getImport, listImports } from './services/read.js';
import { requestApply } from './services/request-apply.js';
import { importAnswer, importListAnswer, importPreviewAnswer } from './answers.js';
import { createImportInput } from './validation.js';
import { LIMITS } from '../../shared/limits.js';

export function registerImportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'post',
      path: '/imports',
      access: 'admin',
      maxBodyBytes: LIMITS.importRequestBytes,
      summary: 'Upload a units or people CSV file and preview what importing it would do',
      request: jsonBody(createImportInput),
      responses: {
        201: json(importPreviewAnswer, 'The file was checked; nothing but the import was written'),
        413: { description: 'The file is larger than 5 MiB (reason file_too_large)' },
      },
    }),
    async (c) =>
      c.json(await createImport({ ctx: c.var.ctx as SignedInContext, input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/imports/{id}/apply',
      access: 'admin',
      summary: 'Apply a previewed import; poll GET /imports/{id} for progress',
      request: { params: idParam },
      responses: {
        202: json(importAnswer, 'Applying has started'),
        409: {
          description:
            'The preview has errors (import_invalid) or the import is not waiting (import_not_ready)',
        },
      },
    }),
    async (c) => {
      const ctx = c.var.ctx as SignedInContext;
      const { id } = await requestApply({ ctx, input: c.req.valid('param') });
      return c.json({ import: await getImport({ ctx, input: { id } }) }, 202);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/imports',
      access: 'admin',
      summary: 'The organisation’s 20 most recent imports',
      responses: { 200: json(importListAnswer) },
    }),
    async (c) => c.json({ imports: await listImports({ ctx: c.var.ctx as SignedInContext }) }, 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/imports/{id}',
      access: 'admin',
      summary: 'An import with its status, progress, problems and sample',
      request: { params: idParam },
      responses: { 200: json(importAnswer) },
    }),
    async (c) =>
      c.json(
        { import: await getImport({ ctx: c.var.ctx as SignedInContext, input: c.req.valid('param') }) },
        200,
      ),
  );
}
