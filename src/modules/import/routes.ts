import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { createImport } from './services/create.js';
import { getImport, listImports } from './services/read.js';
import { requestApply } from './services/request-apply.js';
import { IMPORT_KINDS, IMPORT_STATUSES, LINE_REASONS } from './types.js';
import { createImportInput } from './validation.js';
import { LIMITS } from '../../shared/limits.js';

const lineError = z.object({
  line: z.number().int(),
  field: z.string().optional(),
  reason: z.enum(LINE_REASONS),
  message: z.string(),
});
const sampleRow = z.object({
  line: z.number().int(),
  key: z.string(),
  name: z.string(),
  changes: z.array(z.string()),
});
const sample = z.object({
  create: z.array(sampleRow),
  update: z.array(sampleRow),
  unchanged: z.array(sampleRow),
});
const importView = z
  .object({
    id: z.string(),
    kind: z.enum(IMPORT_KINDS),
    status: z.enum(IMPORT_STATUSES),
    filename: z.string().nullable(),
    total: z.number().int(),
    processed: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errorCount: z.number().int(),
    membershipsAdded: z.number().int(),
    membershipsKept: z.number().int(),
    failure: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .openapi('Import');
const importDetail = importView
  .extend({ errors: z.array(lineError), sample: sample.nullable() })
  .openapi('ImportDetail');

const preview = z.object({
  importId: z.string(),
  summary: z.object({
    total: z.number().int(),
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    errorCount: z.number().int(),
    membershipsAdded: z.number().int(),
    membershipsKept: z.number().int(),
  }),
  errors: z.array(lineError),
  sample,
});

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
        201: json(preview, 'The file was checked; nothing but the import was written'),
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
        202: json(z.object({ import: importDetail }), 'Applying has started'),
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
      responses: { 200: json(z.object({ imports: z.array(importView) })) },
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
      responses: { 200: json(z.object({ import: importDetail })) },
    }),
    async (c) =>
      c.json(
        { import: await getImport({ ctx: c.var.ctx as SignedInContext, input: c.req.valid('param') }) },
        200,
      ),
  );
}
