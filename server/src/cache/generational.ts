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
//
// An id's generation has two parts: its own, and its block's (ids by the
// BLOCK_SIZE). Forgetting many ids of a block at once moves the block's
// on, one write instead of one per id: the rescore of everyone forgets a
// city's worth of ratings. Ids of the block not forgotten lose their
// entries too, which costs them a database read, never a stale answer.
//
// In front of it each process keeps decoded copies (nearCache.ts), so a
// warm read is served without a round trip or decoding again.
import { randomUUID } from 'node:crypto';

import type { Cache } from './cache';
import { nearLayer, type NearTicket } from './nearCache';

// Far longer than an entry lives, so an expired generation never revives
// an entry written under the default one.
const GENERATION_TTL_SECONDS = 7 * 24 * 3600;
const DEFAULT_GENERATION = '0';
const BLOCK_SIZE = 256;
// Fewer ids of a block forgotten at once move their own generations.
const MIN_IDS_PER_BLOCK_FORGET = 32;

export interface GenerationalRead<T> {
  /** Write a fresh value under this generation, read before the database. */
  generation: string;
  /** The cached value, when it belongs to the current generation. */
  value: T | null;
  /** Lets a write keep its value in this process; see nearCache.ts. */
  ticket: NearTicket | null;
}

export interface Generational<T> {
  /** This process's copy, if it holds one: no round trip, no promise. */
  near(id: number): T | undefined;
  read(id: number): Promise<GenerationalRead<T>>;
  /** Stores a value loaded after `read`; answers it decoded. */
  write(id: number, read: GenerationalRead<T>, text: string): Promise<T>;
  /** Retires the entries; call after the change committed. */
  forget(ids: Iterable<number>): Promise<void>;
}

interface Copy<T> {
  generation: string;
  value: T;
}

const madeFor = new WeakMap<Cache, Map<string, Generational<unknown>>>();

/**
 * Entries under `<name>:<id>`, living `ttlSeconds` at most, kept in each
 * process as `decode` makes them from the stored text. One name has one
 * decode in a process: the entries are made once per cache and name, as
 * every request reads them.
 */
export function generational<T>(
  cache: Cache,
  name: string,
  ttlSeconds: number,
  decode: (text: string) => T,
): Generational<T> {
  let made = madeFor.get(cache);
  if (made === undefined) {
    made = new Map();
    madeFor.set(cache, made);
  }
  let entries = made.get(name) as Generational<T> | undefined;
  if (entries === undefined) {
    entries = makeGenerational(cache, name, ttlSeconds, decode);
    made.set(name, entries as Generational<unknown>);
  }
  return entries;
}

function makeGenerational<T>(
  cache: Cache,
  name: string,
  ttlSeconds: number,
  decode: (text: string) => T,
): Generational<T> {
  const generationKey = (id: number) => `${name}-gen:${id}`;
  const blockKey = (block: number) => `${name}-block:${block}`;
  const blockOf = (id: number) => Math.floor(id / BLOCK_SIZE);
  const entryKey = (id: number) => `${name}:${id}`;
  const near = nearLayer<Copy<T>>(cache, name);

  return {
    near(id) {
      return near.get(id)?.value;
    },
    async read(id) {
      const copy = near.get(id);
      if (copy !== undefined) {
        return { generation: copy.generation, value: copy.value, ticket: null };
      }

      const ticket = near.ticket();
      const [own, block, entry] = await cache.getMany([
        generationKey(id),
        blockKey(blockOf(id)),
        entryKey(id),
      ]);
      const generation =
        (own ?? DEFAULT_GENERATION) + '/' + (block ?? DEFAULT_GENERATION);
      const tag = `${generation}\n`;
      if (!entry?.startsWith(tag)) return { generation, value: null, ticket };

      const value = decode(entry.slice(tag.length));
      near.keep(id, ticket, { generation, value });
      return { generation, value, ticket };
    },
    async write(id, read, text) {
      const { generation, ticket } = read;
      await cache.set(entryKey(id), `${generation}\n${text}`, ttlSeconds);
      const value = decode(text);
      near.keep(id, ticket, { generation, value });
      return value;
    },
    async forget(ids) {
      const retired = [...ids];
      const byBlock = new Map<number, number[]>();
      for (const id of retired) {
        const block = byBlock.get(blockOf(id));
        if (block === undefined) byBlock.set(blockOf(id), [id]);
        else block.push(id);
      }
      const keys: string[] = [];
      for (const [block, members] of byBlock) {
        if (members.length >= MIN_IDS_PER_BLOCK_FORGET) {
          keys.push(blockKey(block));
        } else {
          for (const id of members) keys.push(generationKey(id));
        }
      }
      // One new generation serves every key moved here: it is unique to
      // this forget, so no id ever returns to a generation it had.
      const generation = randomUUID();
      try {
        await Promise.all(
          keys.map((key) => cache.set(key, generation, GENERATION_TTL_SECONDS)),
        );
      } finally {
        near.drop(retired);
      }
      // Only once the generations moved on: told earlier, a process could
      // fetch the old entries again and keep them.
      await near.announce(retired);
    },
  };
}
