// Where a subject's rating is cached. The database stays the truth: a
// missing, failing or stale-generation entry only costs a database read.
// Entries are generation-keyed (see cache/generational.ts): a change
// retires them by moving the subject's generation on after its commit.
import type { Cache } from '../cache/cache';
import { generational, type Generational } from '../cache/generational';

// Short, because a failed generation bump after a commit leaves a stale
// entry for at most this long.
export const RATING_TTL_SECONDS = 60;

/** Cached ratings, each as "<Shanghai day computed>\n<rating JSON>". */
export function ratingEntries(cache: Cache): Generational {
  return generational(cache, 'rating', RATING_TTL_SECONDS);
}

/** The generation a subject's rating is cached under right now. */
export async function ratingGeneration(
  cache: Cache,
  subjectId: number,
): Promise<string> {
  return (await ratingEntries(cache).read(subjectId)).generation;
}

/** Retires cached ratings; a cache outage must not fail a committed change. */
export async function forgetRatings(
  cache: Cache,
  subjectIds: Iterable<number>,
): Promise<void> {
  await ratingEntries(cache)
    .forget(subjectIds)
    .catch(() => undefined);
}
