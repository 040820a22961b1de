// Where a subject's rating is cached. The database stays the truth: a
// missing, failing or deleted entry only costs a database read.
import type { Cache } from '../cache/cache';

// Short, because a failed delete after a commit leaves a stale entry for
// at most this long.
export const RATING_TTL_SECONDS = 60;

export function ratingCacheKey(subjectId: number): string {
  return `rating:${subjectId}`;
}

/** Deletes cached ratings; a cache outage must not fail a committed change. */
export async function forgetRatings(
  cache: Cache,
  subjectIds: Iterable<number>,
): Promise<void> {
  const keys = [...subjectIds].map(ratingCacheKey);
  if (keys.length === 0) return;
  await cache.del(...keys).catch(() => undefined);
}
