// Reads the first worksheet of an XLSX workbook: row 1 is the header, the
// rows under it are data. Excel keeps dates as serial day numbers without
// a time zone; exceljs hands date-formatted cells back as Dates whose UTC
// fields are the wall-clock value shown in Excel, so the UTC day is the
// day the department typed (a Beijing date).
import ExcelJS from 'exceljs';

import { AppError } from '../../errors';
import { normaliseHeader } from './decodeCsv';
import type { SourceTable } from './sourceTable';

export async function readXlsx(content: Buffer): Promise<SourceTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    // A zip that is not a workbook (a .docx, an archive of CSVs).
    throw new AppError('unsupported_file_type');
  }
  // A zip that holds no workbook loads as one without sheets: Excel never
  // saves a workbook without one.
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new AppError('unsupported_file_type');

  const lines: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i += 1) {
      cells.push(cellText(row.getCell(i).value));
    }
    if (cells.some((cell) => cell !== '')) lines.push(cells);
  });

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
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value) {
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  }
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('hyperlink' in value) return String(value.text).trim();
  // An error cell (#N/A, #REF!) holds no value.
  return '';
}
