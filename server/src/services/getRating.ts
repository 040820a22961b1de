// A subject's current rating: from the cache, else the database, else
// computed. A rating computed on an earlier Shanghai day is recomputed,
// since records leave their disclosure period at midnight.
import { Rating, todayInShanghai } from '@creditplus/shared';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import { RATING_TTL_SECONDS, ratingCacheKey } from './ratingCache';
import { rescoreSubject } from './rescoreSubject';

export interface RatingDeps {
  db: Database;
  cache: Cache;
}

export async function getRating(
  deps: RatingDeps,
  subjectId: number,
  now: Date = new Date(),
): Promise<Rating> {
  const today = todayInShanghai(now);
  const isCurrent = (rating: Rating) =>
    todayInShanghai(new Date(rating.computedAt)) === today;
  const key = await ratingCacheKey(deps.cache, subjectId).catch(() => null);

  const cached =
    key === null ? null : await deps.cache.get(key).catch(() => null);
  if (cached !== null) {
    const rating = JSON.parse(cached) as Rating;
    if (isCurrent(rating)) return rating;
  }

  const row = await deps.db.models.Rating.findOne({ where: { subjectId } });
  const rating =
    row !== null && isCurrent(row.breakdown)
      ? row.breakdown
      : await rescoreSubject(deps.db, subjectId, { now });
  if (key !== null) {
    await deps.cache
      .set(key, JSON.stringify(rating), RATING_TTL_SECONDS)
      .catch(() => undefined);
  }
  return rating;
}
