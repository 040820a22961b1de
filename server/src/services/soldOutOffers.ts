// Offers known to be sold out, so a flash crowd's late taps are refused
// before anything is read for the claimant. Nine taps in ten on a popular
// offer come after its last voucher went; each would otherwise cost the
// user's row and the claim context from the database.
//
// The database stays the judge. A mark only ever refuses; it is set only
// after the database showed the counter at the quota, and a cancellation
// clears it after its commit. A claim that read the counter just before a
// cancellation can set the mark again just after it; the mark's short life
// bounds that, so a freed place is offered again within seconds at most.
//
// The mark lives in the shared cache, and each process keeps what it read
// for a moment, so the refused taps of a crowd make no round trip at all.
// The absence of a mark is kept for a moment too: until the offer sells
// out, the database refuses nothing more than it would anyway.
import type { Cache } from '../cache/cache';

const MARK_TTL_SECONDS = 2;
const LOCAL_TTL_MS = 250;
const LOCAL_ABSENCE_TTL_MS = 100;

interface LocalMark {
  soldOut: boolean;
  until: number;
}

// Per cache, not per module: tests run several apps on their own caches.
const localMarks = new WeakMap<Cache, Map<number, LocalMark>>();

function marksOf(cache: Cache): Map<number, LocalMark> {
  let marks = localMarks.get(cache);
  if (marks === undefined) {
    marks = new Map();
    localMarks.set(cache, marks);
  }
  return marks;
}

const markKey = (offerId: number) => `offer-sold-out:${offerId}`;

/** True when the offer was seen sold out; false also when unknown. */
export async function isSoldOut(
  cache: Cache,
  offerId: number,
  now: number = Date.now(),
): Promise<boolean> {
  const marks = marksOf(cache);
  const known = marks.get(offerId);
  if (known !== undefined && known.until > now) return known.soldOut;
  // Without the cache the claim goes on to the database, which decides.
  const stored = await cache.get(markKey(offerId)).catch(() => null);
  const soldOut = stored !== null;
  marks.set(offerId, {
    soldOut,
    until: now + (soldOut ? LOCAL_TTL_MS : LOCAL_ABSENCE_TTL_MS),
  });
  return soldOut;
}

/** Call when the database showed the offer's counter at its quota. */
export async function markSoldOut(
  cache: Cache,
  offerId: number,
  now: number = Date.now(),
) {
  marksOf(cache).set(offerId, { soldOut: true, until: now + LOCAL_TTL_MS });
  await cache
    .set(markKey(offerId), '1', MARK_TTL_SECONDS)
    .catch(() => undefined);
}

/** Call after a place on the offer was given back and committed. */
export async function clearSoldOut(cache: Cache, offerId: number) {
  marksOf(cache).delete(offerId);
  await cache.del(markKey(offerId)).catch(() => undefined);
}
