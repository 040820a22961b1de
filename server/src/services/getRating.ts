// A subject's current rating: from the cache, else the database, else
// computed. A rating computed on an earlier Shanghai day is recomputed,
// since records leave their disclosure period at midnight.
import { Rating, todayInShanghai } from '@creditplus/shared';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import { explainStoredRating } from './explainStoredRating';
import { ratingEntries } from './ratingCache';
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
  return JSON.parse(await getRatingJson(deps, subjectId, now)) as Rating;
}

/**
 * The rating as JSON text. The cache holds it as text, so a warm read is
 * one cache round trip and the API sends the text without parsing it.
 */
export async function getRatingJson(
  deps: RatingDeps,
  subjectId: number,
  now: Date = new Date(),
): Promise<string> {
  const today = todayInShanghai(now);
  const entries = ratingEntries(deps.cache);
  const cached = await entries.read(subjectId).catch(() => null);
  if (cached?.value != null) {
    const cut = cached.value.indexOf('\n');
    if (cached.value.slice(0, cut) === today) {
      return cached.value.slice(cut + 1);
    }
  }

  const computedOn = (rating: { computedAt: string }) =>
    todayInShanghai(new Date(rating.computedAt));
  const row = await deps.db.models.Rating.findOne({
    attributes: ['breakdown'],
    where: { subjectId },
  });
  const stored =
    row !== null && computedOn(row.breakdown) === today
      ? await explainStoredRating(deps.db, row.breakdown)
      : null;
  const rating = stored ?? (await rescoreSubject(deps.db, subjectId, { now }));
  const json = JSON.stringify(rating);
  if (cached !== null) {
    await entries
      .write(subjectId, cached.generation, `${computedOn(rating)}\n${json}`)
      .catch(() => undefined);
  }
  return json;
}
