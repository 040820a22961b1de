/** Where the bearer token lives between launches. */
export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

/** Key-value storage as Taro and the browser both offer it. */
export interface KeyValueStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const TOKEN_KEY = 'creditplus.token';

export function createTokenStore(storage: KeyValueStorage): TokenStore {
  return {
    get() {
      const value = storage.getItem(TOKEN_KEY);
      // Taro answers '' for a missing key, the browser null.
      return typeof value === 'string' && value !== '' ? value : null;
    },
    set(token) {
      storage.setItem(TOKEN_KEY, token);
    },
    clear() {
      storage.removeItem(TOKEN_KEY);
    },
  };
}
