// The rows of a signed push: JSON objects keyed by 双公示 column names.
// Numbers are taken as their decimal text, so 1.5 万元 stays "1.5".
import { normaliseHeader } from './decodeCsv';
import type { SourceTable } from './sourceTable';

export type PushCell = string | number | null;

export function readPushRows(rows: Record<string, PushCell>[]): SourceTable {
  const headers: string[] = [];
  const table = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([name, value]) => {
        const header = normaliseHeader(name);
        if (!headers.includes(header)) headers.push(header);
        return [header, value === null ? '' : String(value).trim()];
      }),
    ),
  );
  const filled = table.map((row) =>
    Object.fromEntries(headers.map((h) => [h, row[h] ?? ''])),
  );
  return { format: 'json', encoding: null, headers, rows: filled };
}
