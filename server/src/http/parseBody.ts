// Validates a request body against a route's strict zod schema. Unknown
// keys get their own code so a client sees at once it sent a wrong field.
import type { Context } from 'koa';
import { z } from 'zod';

import { AppError } from '../errors';
import { maskSensitive } from '../log/maskSensitive';
import { localeError } from './zodMessages';

// Field messages go back to the client next to the Chinese top-level one.
z.config({ localeError });

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
      ? issue.keys.map((key) =>
          // A field name is the client's text: an ID number sent as a key
          // must not come back in plain.
          maskSensitive([...issue.path, key].map(String).join('.')),
        )
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
