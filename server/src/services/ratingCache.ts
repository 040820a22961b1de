// Where a subject's rating is cached. The database stays the truth: a
// missing, failing or stale-generation entry only costs a database read.
//
// Entries are keyed by a per-subject generation instead of being deleted.
// A reader that loaded the old rating from the database just before a
// change committed would otherwise put it back after the delete; with
// generations it writes under the old generation, which no later reader
// asks for, because the change moved the generation on after its commit.
import { randomUUID } from 'node:crypto';

import type { Cache } from '../cache/cache';

// Short, because a failed generation bump after a commit leaves a stale
// entry for at most this long.
export const RATING_TTL_SECONDS = 60;
// Far longer than an entry lives, so an expired generation never revives
// an entry written under the default one.
const GENERATION_TTL_SECONDS = 7 * 24 * 3600;

function generationKey(subjectId: number): string {
  return `rating-gen:${subjectId}`;
}

/** The key the subject's rating is cached under right now. */
export async function ratingCacheKey(
  cache: Cache,
  subjectId: number,
): Promise<string> {
  const generation = await cache.get(generationKey(subjectId));
  return `rating:${subjectId}:${generation ?? '0'}`;
}

/** Retires cached ratings; a cache outage must not fail a committed change. */
export async function forgetRatings(
  cache: Cache,
  subjectIds: Iterable<number>,
): Promise<void> {
  await Promise.all(
    [...subjectIds].map((subjectId) =>
      cache
        .set(generationKey(subjectId), randomUUID(), GENERATION_TTL_SECONDS)
        .catch(() => undefined),
    ),
  );
}
