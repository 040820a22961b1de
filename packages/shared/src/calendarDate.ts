// Business dates are plain calendar dates written YYYY-MM-DD, so they
// compare correctly as strings.

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

// Gregorian rules, by arithmetic: an import checks several dates a row.
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function isCalendarDate(
  year: number,
  month: number,
  day: number,
): boolean {
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12 && day >= 1)) {
    return false;
  }
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month]);
}

export function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// Shanghai has kept UTC+8 without daylight saving since 1991.
const DAY_MS = 24 * 60 * 60 * 1000;

// Every rating read asks for today; formatting a date each time cost more
// than the rest of the read's own code, so the last day asked is kept with
// the instants it spans. A date of another day is formatted anew.
let lastDay = { from: 0, to: 0, text: '' };

/** Today's date (YYYY-MM-DD) in Asia/Shanghai. */
export function todayInShanghai(now: Date = new Date()): string {
  const instant = now.getTime();
  if (instant >= lastDay.from && instant < lastDay.to) return lastDay.text;

  const local = instant + SHANGHAI_OFFSET_MS;
  const text = new Date(local).toISOString().slice(0, 10);
  const from = instant - (((local % DAY_MS) + DAY_MS) % DAY_MS);
  lastDay = { from, to: from + DAY_MS, text };
  return text;
}
