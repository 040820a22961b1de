// A subject's current rating: from the cache, else the database, else
// computed. A rating computed on an earlier Shanghai day is recomputed,
// since records leave their disclosure period at midnight.
import { Rating, todayInShanghai } from '@creditplus/shared';

import type { Cache } from '../cache/cache';
import type { Database } from '../db/database';
import { storedRating } from '../domain/ratingBreakdown';
import { explainStoredRating } from './explainStoredRating';
import {
  type CachedRating,
  ratingEntries,
  ratingEntryText,
} from './ratingCache';
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
  const { json } = await currentRating(deps, subjectId, now);
  return JSON.parse(json) as Rating;
}

/**
 * The rating as UTF-8 JSON. The cache holds it so, so a warm read sends
 * it without parsing, serializing or encoding it again; this process's
 * copy of today's rating answers without a round trip or a promise.
 */
export async function getRatingBody(
  deps: RatingDeps,
  subjectId: number,
  now: Date = new Date(),
): Promise<Buffer> {
  const near = ratingEntries(deps.cache).near(subjectId);
  if (near?.day === todayInShanghai(now)) return near.body;
  return (await currentRating(deps, subjectId, now)).body;
}

async function currentRating(
  deps: RatingDeps,
  subjectId: number,
  now: Date,
): Promise<CachedRating> {
  const today = todayInShanghai(now);
  const entries = ratingEntries(deps.cache);
  const cached = await entries.read(subjectId).catch(() => null);
  if (cached?.value?.day === today) return cached.value;

  const computedOn = (rating: { computedAt: string }) =>
    todayInShanghai(new Date(rating.computedAt));
  const row = await deps.db.models.Rating.findOne({ where: { subjectId } });
  const last = row === null ? null : storedRating(row);
  const stored =
    last !== null && computedOn(last) === today
      ? await explainStoredRating(deps.db, last)
      : null;
  const rating = stored ?? (await rescoreSubject(deps.db, subjectId, { now }));
  const json = JSON.stringify(rating);
  const text = ratingEntryText(computedOn(rating), json);
  if (cached !== null) {
    const written = await entries
      .write(subjectId, cached, text)
      .catch(() => null);
    if (written !== null) return written;
  }
  return { day: computedOn(rating), json, body: Buffer.from(json) };
}
