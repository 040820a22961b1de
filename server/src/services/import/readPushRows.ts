// The rows of a signed push: JSON objects keyed by 双公示 column names.
// Numbers are taken as their decimal text, so 1.5 万元 stays "1.5", read
// to 15 significant digits as a workbook's are (numberText.ts).
import { normaliseHeader } from './decodeCsv';
import { numberText } from './numberText';
import type { SourceTable } from './sourceTable';

export type PushCell = string | number | null;

export function readPushRows(rows: Record<string, PushCell>[]): SourceTable {
  const headers: string[] = [];
  const table = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([name, value]) => {
        const header = normaliseHeader(name);
        if (!headers.includes(header)) headers.push(header);
        return [header, cellOf(value)];
      }),
    ),
  );
  const filled = table.map((row) =>
    Object.fromEntries(headers.map((h) => [h, row[h] ?? ''])),
  );
  return { format: 'json', encoding: null, headers, rows: filled };
}

function cellOf(value: PushCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return numberText(value);
  return value.trim();
}
