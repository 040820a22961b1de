// Refuses a table whose header cannot be right before any row is read:
// no known column at all (a file in another encoding or format), columns
// outside the national format, or required columns missing.
import type { ImportSource } from '@creditplus/shared';

import { AppError } from '../../errors';
import { nationalColumns } from './nationalColumns';

export function checkColumns(
  source: ImportSource,
  headers: string[],
  required: readonly string[],
): void {
  const known = new Set(nationalColumns[source]);
  const named = headers.filter((header) => header !== '');
  if (!named.some((header) => known.has(header))) {
    throw new AppError('unreadable_header');
  }
  const unknown = named.filter((header) => !known.has(header));
  if (unknown.length > 0) {
    throw new AppError('unknown_columns', { columns: unknown });
  }
  const missing = required.filter((column) => !headers.includes(column));
  if (missing.length > 0) {
    throw new AppError('missing_columns', { columns: missing });
  }
}
