// Reads the cells of one source row, collecting every problem of the row
// instead of stopping at the first, so a department fixes a file in one go.
import {
  maskIdNumber,
  parseResidentId,
  parseUscc,
  toHalfWidth,
} from '@creditplus/shared';

import { parseBusinessDate } from '../../domain/calendar';
import { wanYuanToFen } from '../../domain/money';
import type { DepartmentRef, SubjectRef } from './parsedRecord';
import { problemMessages, RowProblem, RowProblemCode } from './rowProblem';

const PERSON_CATEGORY = '自然人';
// What Excel shows, and saves to CSV, for a formula that failed: the cell
// holds no value, and read as one it would be stored as none (an amount)
// or as the error's text (a name).
const EXCEL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

/** What every row of one import is read against. */
export interface RowContext {
  /** Today in Asia/Shanghai: decisions after it are refused. */
  today: string;
  dataKey: Buffer;
}

export class RowReader {
  readonly problems: RowProblem[] = [];

  constructor(
    private readonly cells: Record<string, string>,
    private readonly rowNumber: number,
    private readonly context: RowContext,
  ) {
    // U+FFFD stands for bytes the file's encoding could not read; what
    // they were is lost, so the cell cannot be taken as it is.
    for (const [column, value] of Object.entries(cells)) {
      if (value.includes('\uFFFD')) this.refuse(column, 'unreadable_text');
      else if (EXCEL_ERROR.test(value)) this.refuse(column, 'formula_error');
    }
  }

  optional(column: string): string {
    return this.cells[column] ?? '';
  }

  required(column: string): string {
    const value = this.optional(column);
    if (value === '') this.refuse(column, 'missing_value');
    return value;
  }

  /** A code or document number: half-width, upper-cased. */
  code(column: string): string {
    return toHalfWidth(this.required(column)).trim().toUpperCase();
  }

  /** A short category word, compared with fixed values: half-width. */
  word(column: string): string {
    return toHalfWidth(this.optional(column)).trim();
  }

  date(column: string, required: boolean): string | null {
    const text = required ? this.required(column) : this.optional(column);
    if (text === '') return null;
    const date = parseBusinessDate(text);
    if (date.ok) return date.date;
    return this.refuse(
      column,
      date.reason === 'too_early' ? 'date_too_early' : 'invalid_date',
    );
  }

  /**
   * The optional date that ends a period begun on `start`. An end before
   * the start, or on it where `sameDay` is refused, would store the
   * record already over, never shown or counted and no one told: the row
   * is refused on this column instead.
   */
  endDate(
    column: string,
    start: string | null,
    code: RowProblemCode,
    sameDay: 'allowed' | 'refused',
  ): string | null {
    const end = this.date(column, false);
    if (end === null || start === null) return end;
    if (end < start || (end === start && sameDay === 'refused')) {
      return this.refuse(column, code);
    }
    return end;
  }

  /** A decision or listing date: it cannot lie after today. */
  pastDate(column: string): string | null {
    return this.notFuture(column, this.date(column, true));
  }

  /** A date of something done, read from `column`: not after today. */
  notFuture(column: string, date: string | null): string | null {
    if (date !== null && date > this.context.today) {
      return this.refuse(column, 'future_date');
    }
    return date;
  }

  amountFen(column: string): number | null {
    const result = wanYuanToFen(this.optional(column));
    if (result.ok) return result.fen;
    this.refuse(
      column,
      result.reason === 'negative' ? 'negative_amount' : 'invalid_amount',
    );
    return null;
  }

  /** The subject: a person by ID number, anything else by USCC. */
  subject(columns: {
    name: string;
    category: string;
    uscc: string;
    idNumber?: string;
  }): SubjectRef | null {
    const name = this.required(columns.name);
    if (this.word(columns.category) === PERSON_CATEGORY) {
      const column = columns.idNumber ?? columns.uscc;
      const text = this.required(column);
      if (text === '') return null;
      const id = parseResidentId(text);
      if (!id.ok) return this.refuse(column, 'invalid_id_number');
      const { value, region } = id;
      return { kind: 'person', category: 'person', code: value, name, region };
    }
    const text = this.required(columns.uscc);
    if (text === '') return null;
    // An ID number is 18 characters too; it must never become an
    // organization's public code.
    if (parseResidentId(text).ok) {
      return this.refuse(columns.uscc, 'id_number_as_uscc');
    }
    const uscc = parseUscc(text);
    if (!uscc.ok) return this.refuse(columns.uscc, 'invalid_uscc');
    const { value, category, region } = uscc;
    return { kind: 'organization', category, code: value, name, region };
  }

  /** A department by name, with its USCC when the file gives one. */
  department(nameColumn: string, usccColumn?: string): DepartmentRef {
    const name = this.required(nameColumn);
    const text = usccColumn === undefined ? '' : this.optional(usccColumn);
    if (text === '' || usccColumn === undefined) return { name, uscc: null };
    const uscc = parseUscc(text);
    if (!uscc.ok) {
      this.refuse(usccColumn, 'invalid_uscc');
      return { name, uscc: null };
    }
    return { name, uscc: uscc.value };
  }

  /** Reports a cell's problem; a cell refused already keeps its first. */
  refuse(column: string, code: RowProblemCode): null {
    if (this.problems.some((problem) => problem.column === column)) {
      return null;
    }
    this.problems.push({
      row: this.rowNumber,
      column,
      code,
      message: problemMessages[code],
    });
    return null;
  }

  /**
   * The row as stored with the record: ID numbers masked. A row without
   * one is stored as it was read, not copied: rows are read once each.
   */
  payload(): Record<string, string> {
    const idColumns = Object.keys(this.cells).filter(
      (column) => column.includes('证件号码') && this.cells[column] !== '',
    );
    if (idColumns.length === 0) return this.cells;
    const masked = { ...this.cells };
    for (const column of idColumns) {
      masked[column] = maskIdNumber(masked[column]);
    }
    return masked;
  }
}
