// The shared cache on Redis. Connection is lazy (importing or creating it
// does no I/O). While Redis is down a command fails at once instead of
// waiting in a queue for a reconnect, and a hung Redis fails it within
// the command timeout, so callers fall back to the database in time;
// reconnecting goes on in the background and needs no restart.
import Redis, { type RedisOptions } from 'ioredis';

import type { Cache, ChannelListener } from './cache';

export interface RedisCacheOptions {
  url: string;
  /** Prepended to every key; tests use one per run to stay apart. */
  keyPrefix?: string;
  commandTimeoutMs?: number;
}

// A local Redis answers in well under a millisecond; a claim makes up to
// three cache calls in a row, so a hung Redis still leaves it time to be
// answered from the database within a second.
const COMMAND_TIMEOUT_MS = 250;

export function createRedisCache(options: RedisCacheOptions): Cache {
  const connection: RedisOptions = {
    connectTimeout: 1000,
    commandTimeout: options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS,
    // Commands are never queued while disconnected: a queue would make
    // every caller wait for a Redis that may be gone for minutes.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // Keep reconnecting in the background, but not in a tight loop.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  };
  const redis = new Redis(options.url, {
    ...connection,
    lazyConnect: true,
    keyPrefix: options.keyPrefix,
  });
  // Without a listener ioredis prints every failed reconnect; the callers
  // see failures through rejected commands and /health.
  redis.on('error', () => undefined);
  // ioredis prefixes keys, not channels.
  const channelName = (channel: string) =>
    `${options.keyPrefix ?? ''}${channel}`;
  const channels = createChannels(options.url, connection);

  // Without an offline queue the first command would fail while the lazy
  // connection opens, so it waits for that first attempt. Later attempts
  // run in the background and commands meanwhile fail fast.
  let firstConnect: Promise<void> | null = null;
  const connected = async (): Promise<Redis> => {
    firstConnect ??= redis.connect().catch(() => undefined);
    await firstConnect;
    return redis;
  };

  return {
    kind: 'redis',
    async get(key) {
      return (await connected()).get(key);
    },
    async getMany(keys) {
      return keys.length === 0 ? [] : (await connected()).mget(keys);
    },
    async set(key, value, ttlSeconds) {
      await (await connected()).set(key, value, 'EX', ttlSeconds);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      const client = await connected();
      const answer = await client.set(key, value, 'EX', ttlSeconds, 'NX');
      return answer === 'OK';
    },
    async del(...keys) {
      if (keys.length > 0) await (await connected()).del(...keys);
    },
    async publish(channel, message) {
      await (await connected()).publish(channelName(channel), message);
    },
    listen(channel, listener) {
      return channels.listen(channelName(channel), listener);
    },
    async ping() {
      try {
        return (await (await connected()).ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      channels.close();
      if (redis.status === 'ready') {
        await redis.quit();
      } else {
        redis.disconnect();
      }
    },
  };
}

interface Channel {
  listeners: ChannelListener[];
  live: boolean;
}

// Channels are heard on a connection of their own, since a connection that
// subscribed can run no other command; it opens with the first listener.
// A channel is live from its SUBSCRIBE's answer to the connection's loss;
// its listeners are told at both ends, since what was published between
// a loss and the next SUBSCRIBE is never delivered.
function createChannels(url: string, connection: RedisOptions) {
  const channels = new Map<string, Channel>();
  let subscriber: Redis | null = null;
  // Counts connections, so the late answer to a SUBSCRIBE sent on a
  // connection since lost cannot mark its channel live.
  let connections = 0;

  function subscribe(client: Redis, name: string, channel: Channel): void {
    const current = connections;
    client.subscribe(name).then(
      () => {
        if (current !== connections || channel.live) return;
        channel.live = true;
        for (const listener of channel.listeners) listener.interrupted();
      },
      // Unanswered: start over on a new connection.
      () => client.disconnect(true),
    );
  }

  function open(): Redis {
    // Subscriptions are renewed on 'ready' here, so each renewal is seen.
    const client = new Redis(url, { ...connection, autoResubscribe: false });
    client.on('error', () => undefined);
    client.on('ready', () => {
      for (const [name, channel] of channels) subscribe(client, name, channel);
    });
    client.on('close', () => {
      connections += 1;
      for (const channel of channels.values()) {
        if (!channel.live) continue;
        channel.live = false;
        for (const listener of channel.listeners) listener.interrupted();
      }
    });
    client.on('message', (name: string, text: string) => {
      for (const listener of channels.get(name)?.listeners ?? []) {
        listener.message(text);
      }
    });
    return client;
  }

  return {
    listen(name: string, listener: ChannelListener) {
      let channel = channels.get(name);
      if (channel === undefined) {
        channel = { listeners: [], live: false };
        channels.set(name, channel);
        subscriber ??= open();
        if (subscriber.status === 'ready') {
          subscribe(subscriber, name, channel);
        }
      }
      channel.listeners.push(listener);
      const heard = channel;
      return {
        get live() {
          return heard.live;
        },
      };
    },
    close() {
      for (const channel of channels.values()) channel.live = false;
      subscriber?.disconnect();
    },
  };
}
