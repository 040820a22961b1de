// A process-local copy of cache entries that every request reads (the
// signed-in user, the subject's rating), so a warm read makes no round
// trip to the shared cache. A process that retires entries moves their
// generations on in the shared cache, drops its own copies, then
// announces the ids on the cache's channel; every process drops its copies
// when it hears them.
//
// Redis delivers the announcement to the other processes before it answers
// the announcing one, so a client told that a change is done reaches a
// process that has already heard of it, short of a connection that is
// backed up. What keeps a copy from outliving what it copies:
// - a value fetched across a forget of its id is not kept: a fetch holds a
//   ticket, and a later forget voids the tickets of its ids;
// - while the channel is not live the layer is empty and keeps nothing, and
//   a fetch that spans a loss or a recovery is not kept either;
// - a copy lives LOCAL_TTL_MS at most, should an announcement be lost
//   after its generation moved on (the publish failed).
import type { Cache } from './cache';

export const LOCAL_TTL_MS = 5000;
// Entries per name; the oldest goes first beyond it.
const MAX_ENTRIES = 10_000;
// Ids whose forgets are remembered to void tickets; beyond it the layer
// is emptied instead, which voids every ticket at once.
const MAX_FORGOTTEN = 10_000;
const CHANNEL = 'near-cache:forget';

export interface NearTicket {
  readonly epoch: number;
  readonly sequence: number;
}

export interface NearLayer<T> {
  /** This process's live copy, if any. */
  get(id: number): T | undefined;
  /** Taken before a fetch; null when nothing fetched now may be kept. */
  ticket(): NearTicket | null;
  /** Keeps a fetched copy unless its ticket was voided meanwhile. */
  keep(id: number, ticket: NearTicket | null, value: T): void;
  /** Drops this process's copies of these ids, at once. */
  drop(ids: number[]): void;
  /** Tells the other processes to drop theirs. */
  announce(ids: number[]): Promise<void>;
}

interface Copy<T> {
  value: T;
  expiresAt: number;
}

interface Layers {
  byName: Map<string, Layer<unknown>>;
  live(): boolean;
}

interface Layer<T> extends NearLayer<T> {
  dropAll(): void;
}

const layersOf = new WeakMap<Cache, Layers>();

/** The layer of entries called `name` in front of this cache. */
export function nearLayer<T>(cache: Cache, name: string): NearLayer<T> {
  const layers = layersFor(cache);
  let layer = layers.byName.get(name) as Layer<T> | undefined;
  if (layer === undefined) {
    layer = createLayer<T>(cache, name, layers.live);
    layers.byName.set(name, layer as Layer<unknown>);
  }
  return layer;
}

function layersFor(cache: Cache): Layers {
  let layers = layersOf.get(cache);
  if (layers !== undefined) return layers;

  const byName = new Map<string, Layer<unknown>>();
  const listening = cache.listen(CHANNEL, {
    message(text) {
      const cut = text.indexOf(' ');
      const ids = text
        .slice(cut + 1)
        .split(',')
        .map(Number);
      byName.get(text.slice(0, cut))?.drop(ids);
    },
    interrupted() {
      for (const layer of byName.values()) layer.dropAll();
    },
  });
  layers = { byName, live: () => listening.live };
  layersOf.set(cache, layers);
  return layers;
}

function createLayer<T>(
  cache: Cache,
  name: string,
  live: () => boolean,
): Layer<T> {
  const copies = new Map<number, Copy<T>>();
  // A ticket names the epoch and the forget sequence it was taken in; a
  // forget records its sequence per id, emptying moves the epoch on.
  let epoch = 0;
  let sequence = 0;
  const forgottenAt = new Map<number, number>();

  const layer: Layer<T> = {
    get(id) {
      const copy = copies.get(id);
      if (copy === undefined) return undefined;
      if (copy.expiresAt > Date.now() && live()) return copy.value;
      copies.delete(id);
      return undefined;
    },
    ticket() {
      return live() ? { epoch, sequence } : null;
    },
    keep(id, ticket, value) {
      if (ticket === null || ticket.epoch !== epoch || !live()) return;
      if ((forgottenAt.get(id) ?? -1) > ticket.sequence) return;
      if (copies.size >= MAX_ENTRIES && !copies.has(id)) {
        copies.delete(copies.keys().next().value as number);
      }
      copies.set(id, { value, expiresAt: Date.now() + LOCAL_TTL_MS });
    },
    async announce(ids) {
      if (ids.length === 0) return;
      await cache.publish(CHANNEL, `${name} ${ids.join(',')}`);
    },
    drop(ids) {
      if (forgottenAt.size + ids.length > MAX_FORGOTTEN) {
        layer.dropAll();
        return;
      }
      sequence += 1;
      for (const id of ids) {
        copies.delete(id);
        forgottenAt.set(id, sequence);
      }
    },
    dropAll() {
      epoch += 1;
      copies.clear();
      forgottenAt.clear();
    },
  };
  return layer;
}
