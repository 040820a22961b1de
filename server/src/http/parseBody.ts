// Validates a request body against a route's strict zod schema. Unknown
// keys get their own code so a client sees at once it sent a wrong field.
import type { Context } from 'koa';
import type { z } from 'zod';

import { AppError } from '../errors';

export interface FieldProblem {
  path: string;
  message: string;
}

export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  ctx: Context,
): z.infer<Schema> {
  const result = schema.safeParse(ctx.request.body ?? {});
  if (result.success) return result.data;

  const unknownFields = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => [...issue.path, key].map(String).join('.'))
      : [],
  );
  if (unknownFields.length > 0) {
    throw new AppError('unknown_field', { fields: unknownFields });
  }

  const fields: FieldProblem[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  throw new AppError('validation_failed', { fields });
}
