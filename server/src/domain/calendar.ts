// Arithmetic on business dates (YYYY-MM-DD, Asia/Shanghai calendar days).
import { formatDate, isCalendarDate } from '@creditplus/shared';

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

/**
 * Reads the dates found in source files: 2025-02-04, 2025/2/4, 2025.2.4 or
 * 2025年2月4日. Null when it is not a real calendar date.
 */
export function parseBusinessDate(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(
    text.trim(),
  );
  if (match === null) return null;
  const [year, month, day] = match.slice(1).map(Number);
  return isCalendarDate(year, month, day) ? formatDate(year, month, day) : null;
}
