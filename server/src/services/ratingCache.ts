// Where a subject's rating is cached. The database stays the truth: a
// missing, failing or stale-generation entry only costs a database read.
// Entries are generation-keyed (see cache/generational.ts): a change
// retires them by moving the subject's generation on after its commit.
import type { Cache } from '../cache/cache';
import { generational, type Generational } from '../cache/generational';

// Short, because a failed generation bump after a commit leaves a stale
// entry for at most this long.
export const RATING_TTL_SECONDS = 60;

/** A cached rating: the Shanghai day it was computed, and its JSON. */
export interface CachedRating {
  day: string;
  json: string;
  /** The JSON as UTF-8, ready to send, encoded once per process. */
  body: Buffer;
}

/** Stored as "<Shanghai day computed>\n<rating JSON>". */
export function ratingEntryText(day: string, json: string): string {
  return `${day}\n${json}`;
}

function decodeRating(text: string): CachedRating {
  const cut = text.indexOf('\n');
  const json = text.slice(cut + 1);
  return { day: text.slice(0, cut), json, body: Buffer.from(json) };
}

export function ratingEntries(cache: Cache): Generational<CachedRating> {
  return generational(cache, 'rating', RATING_TTL_SECONDS, decodeRating);
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
