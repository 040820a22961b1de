// Cache entries that a change retires by moving a per-id generation on,
// instead of deleting them. A reader that loaded old data from the
// database just before a change committed would otherwise put it back
// after the delete; here it writes it tagged with the old generation,
// which no later reader accepts, since the change moved the generation on
// after its commit.
//
// The entry sits under one key per id, tagged with the generation it was
// read under, so a reader fetches the generation and the entry in one
// round trip. A late writer may overwrite a fresher entry; that costs the
// next reader a database read, never a stale answer.
import { randomUUID } from 'node:crypto';

import type { Cache } from './cache';

// Far longer than an entry lives, so an expired generation never revives
// an entry written under the default one.
const GENERATION_TTL_SECONDS = 7 * 24 * 3600;
const DEFAULT_GENERATION = '0';

export interface GenerationalRead {
  /** Write a fresh value under this generation, read before the database. */
  generation: string;
  /** The cached value, when it belongs to the current generation. */
  value: string | null;
}

export interface Generational {
  read(id: number): Promise<GenerationalRead>;
  write(id: number, generation: string, value: string): Promise<void>;
  /** Retires the entries; call after the change committed. */
  forget(ids: Iterable<number>): Promise<void>;
}

/** Entries under `<name>:<id>`, living `ttlSeconds` at most. */
export function generational(
  cache: Cache,
  name: string,
  ttlSeconds: number,
): Generational {
  const generationKey = (id: number) => `${name}-gen:${id}`;
  const entryKey = (id: number) => `${name}:${id}`;

  return {
    async read(id) {
      const [stored, entry] = await cache.getMany([
        generationKey(id),
        entryKey(id),
      ]);
      const generation = stored ?? DEFAULT_GENERATION;
      const tag = `${generation}\n`;
      const value = entry?.startsWith(tag) ? entry.slice(tag.length) : null;
      return { generation, value };
    },
    async write(id, generation, value) {
      await cache.set(entryKey(id), `${generation}\n${value}`, ttlSeconds);
    },
    async forget(ids) {
      await Promise.all(
        [...ids].map((id) =>
          cache.set(generationKey(id), randomUUID(), GENERATION_TTL_SECONDS),
        ),
      );
    },
  };
}
