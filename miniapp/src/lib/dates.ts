// Instants arrive as ISO-8601 UTC; people read them on Beijing time, which
// has had no daylight saving since 1991, so a fixed offset is exact.

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

function shanghaiParts(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new RangeError(`not an instant: ${iso}`);
  return new Date(time + SHANGHAI_OFFSET_MS).toISOString();
}

/** 2026-12-03T17:00:00Z → 2026-12-04 */
export function formatDay(iso: string): string {
  return shanghaiParts(iso).slice(0, 10);
}

/** 2026-12-03T05:07:00Z → 2026-12-03 13:07 */
export function formatDateTime(iso: string): string {
  const parts = shanghaiParts(iso);
  return `${parts.slice(0, 10)} ${parts.slice(11, 16)}`;
}

/** Whole days from `now` until the instant, 0 once it has passed. */
export function daysLeft(iso: string, now: Date = new Date()): number {
  const ms = Date.parse(iso) - now.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / (24 * 60 * 60 * 1000));
}
