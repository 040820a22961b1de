// Business dates are plain calendar dates written YYYY-MM-DD, so they
// compare correctly as strings.

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export function isCalendarDate(
  year: number,
  month: number,
  day: number,
): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function formatDate(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
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
