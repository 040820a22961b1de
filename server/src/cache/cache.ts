// The one cache interface. Redis (ioredis) backs it when REDIS_URL is set,
// a process-local map otherwise. The database stays the source of truth:
// callers must stay correct when the cache is empty, stale-free after
// deletes, or down (methods then reject and callers fall back).

export interface Cache {
  /** 'redis' or 'memory', for /health and logs. */
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  /** Several keys in one round trip, in the order asked. */
  getMany(keys: string[]): Promise<(string | null)[]>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Set only when absent; true when this call set it (nonces, locks). */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  del(...keys: string[]): Promise<void>;
  /** Sends a message to the listeners of a channel in every process. */
  publish(channel: string, message: string): Promise<void>;
  /** Hears the channel from now on, until the cache is closed. */
  listen(channel: string, listener: ChannelListener): Listening;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface ChannelListener {
  message(text: string): void;
  /**
   * Messages may have been missed: called when hearing stops (the
   * connection went down) and again when it resumes.
   */
  interrupted(): void;
}

export interface Listening {
  /** True while every message published on the channel is heard. */
  readonly live: boolean;
}
