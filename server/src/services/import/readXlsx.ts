// Reads the table of an XLSX workbook. Government exports often open with
// a 说明 sheet and put a title (行政处罚信息表, merged across the columns)
// above the header, so the table is on the first worksheet whose header
// row is found among its first non-empty rows: the first row that names
// at least two columns of the source's national format (a 说明 sheet may
// list the columns one to a row; no file of the format has fewer than two
// required). Rows above it are skipped, and the non-empty rows under it
// are data.
//
// Excel keeps dates as serial day numbers without a time zone; exceljs
// hands date-formatted cells back as Dates whose UTC fields are the
// wall-clock value shown in Excel, so the UTC day is the day the
// department typed (a Beijing date).
import type { ImportSource } from '@creditplus/shared';
import ExcelJS from 'exceljs';

import { AppError } from '../../errors';
import { checkUnpackedSize } from './checkUnpackedSize';
import { normaliseHeader } from './decodeCsv';
import { numberText } from './numberText';
import { nationalColumns } from './nationalColumns';
import type { SourceTable } from './sourceTable';

// Enough for a title, a line of who exported it when and a unit line
// (单位：万元) above the header; a 说明 sheet's prose goes on longer.
const HEADER_SEARCH_ROWS = 10;

export async function readXlsx(
  content: Buffer,
  source: ImportSource,
): Promise<SourceTable> {
  await checkUnpackedSize(content);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    // A zip that is not a workbook (a .docx, an archive of CSVs).
    throw new AppError('unsupported_file_type');
  }
  // A zip that holds no workbook loads as one without sheets: Excel never
  // saves a workbook without one.
  if (workbook.worksheets.length === 0) {
    throw new AppError('unsupported_file_type');
  }

  const known = new Set(nationalColumns[source]);
  const namesKnown = (cells: string[]) =>
    cells.filter((cell) => known.has(normaliseHeader(cell))).length >= 2;
  let firstSheet: string[][] = [];
  for (const [i, sheet] of workbook.worksheets.entries()) {
    const lines = nonEmptyRows(sheet);
    if (i === 0) firstSheet = lines;
    const header = lines.slice(0, HEADER_SEARCH_ROWS).findIndex(namesKnown);
    if (header !== -1) return tableOf(lines.slice(header));
  }
  // No sheet names a known column: the first sheet's first row stands as
  // its header, for checkColumns to refuse as unreadable.
  return tableOf(firstSheet);
}

function nonEmptyRows(sheet: ExcelJS.Worksheet): string[][] {
  const lines: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i += 1) {
      cells.push(cellText(row.getCell(i).value));
    }
    if (cells.some((cell) => cell !== '')) lines.push(cells);
  });
  return lines;
}

function tableOf(lines: string[][]): SourceTable {
  const [headerRow = [], ...dataRows] = lines;
  const headers = headerRow.map(normaliseHeader);
  const rows = dataRows.map((cells) =>
    Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])),
  );
  return { format: 'xlsx', encoding: null, headers, rows };
}

export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return numberText(value);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value) {
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  }
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('hyperlink' in value) return String(value.text).trim();
  // An error cell (#N/A, #DIV/0!) reads as Excel shows it, as in a CSV
  // Excel saved, for the row reader to refuse (rowReader.ts).
  if ('error' in value) return String(value.error);
  return '';
}
