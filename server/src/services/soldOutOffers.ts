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
// out, the database refuses nothing more than it would anyway. When that
// moment is over, the taps arriving while the mark is read again wait for
// that one read: under a crowd, a quarter of all taps each asked the cache
// themselves. A mark set or cleared meanwhile is not left to a read that
// began before it.
import type { Cache } from '../cache/cache';

const MARK_TTL_SECONDS = 2;
const LOCAL_TTL_MS = 250;
const LOCAL_ABSENCE_TTL_MS = 100;

interface LocalMark {
  soldOut: boolean;
  until: number;
}

interface Local {
  marks: Map<number, LocalMark>;
  /** Reads of the shared mark in flight, by offer. */
  reads: Map<number, Promise<boolean>>;
}

// Per cache, not per module: tests run several apps on their own caches.
const locals = new WeakMap<Cache, Local>();

function localOf(cache: Cache): Local {
  let local = locals.get(cache);
  if (local === undefined) {
    local = { marks: new Map(), reads: new Map() };
    locals.set(cache, local);
  }
  return local;
}

const markKey = (offerId: number) => `offer-sold-out:${offerId}`;

/** True when the offer was seen sold out; false also when unknown. */
export async function isSoldOut(
  cache: Cache,
  offerId: number,
  now: number = Date.now(),
): Promise<boolean> {
  const local = localOf(cache);
  const known = local.marks.get(offerId);
  if (known !== undefined && known.until > now) return known.soldOut;
  const pending = local.reads.get(offerId);
  if (pending !== undefined) return pending;

  // Without the cache the claim goes on to the database, which decides.
  const read: Promise<boolean> = cache
    .get(markKey(offerId))
    .catch(() => null)
    .then((stored) => {
      const soldOut = stored !== null;
      // A mark set or cleared since this read began is newer than it.
      if (local.reads.get(offerId) === read) {
        local.reads.delete(offerId);
        local.marks.set(offerId, {
          soldOut,
          until: now + (soldOut ? LOCAL_TTL_MS : LOCAL_ABSENCE_TTL_MS),
        });
      }
      return soldOut;
    });
  local.reads.set(offerId, read);
  return read;
}

/** Call when the database showed the offer's counter at its quota. */
export async function markSoldOut(
  cache: Cache,
  offerId: number,
  now: number = Date.now(),
) {
  const local = localOf(cache);
  local.reads.delete(offerId);
  local.marks.set(offerId, { soldOut: true, until: now + LOCAL_TTL_MS });
  await cache
    .set(markKey(offerId), '1', MARK_TTL_SECONDS)
    .catch(() => undefined);
}

/** Call after a place on the offer was given back and committed. */
export async function clearSoldOut(cache: Cache, offerId: number) {
  const local = localOf(cache);
  local.reads.delete(offerId);
  local.marks.delete(offerId);
  await cache.del(markKey(offerId)).catch(() => undefined);
}
