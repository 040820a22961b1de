// Arithmetic on business dates (YYYY-MM-DD, Asia/Shanghai calendar days).
import {
  formatDate,
  isCalendarDate,
  todayInShanghai,
  toHalfWidth,
} from '@creditplus/shared';

/** Adds calendar months; a day past the month's end becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  let targetDay = day;
  while (!isCalendarDate(targetYear, targetMonth, targetDay)) targetDay -= 1;
  return formatDate(targetYear, targetMonth, targetDay);
}

// No administrative decision, license or listing the platform takes
// predates the People's Republic: an earlier date is a typo (0001-01-01)
// or a small number read as an Excel serial ("61" is 1900-03-01), and
// taken as it is it would arrive long expired and never count.
const EARLIEST_BUSINESS_DATE = '1949-10-01';

// Excel's 1900 date system counts 1900-01-01 as day 1 and keeps a
// 1900-02-29 that never was (day 60), so from day 61 on a serial is days
// after 1899-12-30. Earlier serials are no credit record's date.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_FIRST_SERIAL = 61;
const EXCEL_LAST_SERIAL = 2_958_465; // 9999-12-31
const DAY_MS = 86_400_000;

const LOCAL_DATE =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const ZONED_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const EXCEL_SERIAL = /^\d{1,7}(?:\.\d+)?$/;

export type BusinessDateResult =
  { ok: true; date: string } | { ok: false; reason: 'format' | 'too_early' };

/**
 * Reads the dates found in source files: 2025-02-04, 2025/2/4, 2025.2.4 or
 * 2025年2月4日, optionally with a Beijing wall-clock time; an ISO-8601
 * instant with Z or an offset, as pushed by systems (its Beijing day); or an
 * Excel serial day number. Full-width digits are read as digits. Refused
 * when it is not a real calendar date and time, or lies before
 * EARLIEST_BUSINESS_DATE.
 */
export function parseBusinessDate(input: string): BusinessDateResult {
  const date = calendarDateOf(toHalfWidth(input).trim());
  if (date === null) return { ok: false, reason: 'format' };
  if (date < EARLIEST_BUSINESS_DATE) return { ok: false, reason: 'too_early' };
  return { ok: true, date };
}

function calendarDateOf(text: string): string | null {
  const zoned = ZONED_INSTANT.exec(text);
  if (zoned !== null) {
    if (!isDateAndTime(zoned.slice(1, 7))) return null;
    return todayInShanghai(new Date(text));
  }
  const local = LOCAL_DATE.exec(text);
  if (local !== null) {
    if (!isDateAndTime(local.slice(1, 7))) return null;
    const [year, month, day] = local.slice(1, 4).map(Number);
    return formatDate(year, month, day);
  }
  if (EXCEL_SERIAL.test(text)) return excelSerialToDate(Number(text));
  return null;
}

/** The calendar day of an Excel serial; the time of day is dropped. */
export function excelSerialToDate(serial: number): string | null {
  const days = Math.floor(serial);
  if (days < EXCEL_FIRST_SERIAL || days > EXCEL_LAST_SERIAL) return null;
  return new Date(EXCEL_EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10);
}

function isDateAndTime(parts: (string | undefined)[]): boolean {
  const [year, month, day, hour, minute, second] = parts.map(Number);
  if (!isCalendarDate(year, month, day)) return false;
  if (parts[3] === undefined) return true;
  return hour <= 23 && minute <= 59 && (parts[5] === undefined || second <= 59);
}
