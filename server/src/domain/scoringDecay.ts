// Time decay of a rule's points: an old record weighs less than a fresh
// one. Age is counted in Shanghai calendar days from the decision date, so
// the same record scores the same on every server whatever its clock zone.

const MS_PER_DAY = 86_400_000;

/** Whole days from one business date (YYYY-MM-DD) to a later one. */
export function daysBetween(from: string, to: string): number {
  return daysSince(from, Date.parse(to));
}

/** daysBetween, with the later date already parsed (Date.parse). */
export function daysSince(from: string, toMs: number): number {
  return Math.round((toMs - Date.parse(from)) / MS_PER_DAY);
}

/**
 * Points after `ageDays` with a half-life, rounded to whole points towards
 * zero so decay never makes a record weigh more than its rule says.
 */
export function decayedPoints(
  points: number,
  halfLifeDays: number | undefined,
  ageDays: number,
): number {
  if (halfLifeDays === undefined || ageDays <= 0) return points;
  return Math.trunc(points * 0.5 ** (ageDays / halfLifeDays));
}
