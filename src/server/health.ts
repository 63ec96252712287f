import type { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { z } from '@hono/zod-openapi';
import type { AppEnv } from './http/context.js';
import { json, route } from './http/route.js';

export function registerHealthRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    route({
      method: 'get',
      path: '/health',
      access: 'public',
      rateLimited: false,
      responses: { 200: json(z.object({ ok: z.literal(true), engine: z.enum(['pglite', 'postgres']) })) },
    }),
    async (c) => {
      await c.var.ctx.db.execute(sql`select 1`);
      return c.json({ ok: true as const, engine: c.var.ctx.engine }, 200);
    },
  );
}
