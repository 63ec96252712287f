import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/http/context.js';

export function registerImportRoutes(_app: OpenAPIHono<AppEnv>) {
  // Routes arrive with the module's services.
}
