// Validates a query string against a route's zod schema. Unlike bodies,
// unknown keys are ignored: links and caches add their own (utm_*, _t).
// The refused values are never echoed, as a query may hold an ID number.
import type { Context } from 'koa';
import type { z } from 'zod';

import { AppError } from '../errors';

export function parseQuery<Schema extends z.ZodType>(
  schema: Schema,
  ctx: Context,
): z.infer<Schema> {
  const result = schema.safeParse(ctx.query);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  throw new AppError('validation_failed', { fields });
}
