import { createTokenStore, type KeyValueStorage } from './tokenStore';

// Taro's storage answers '' for a key it does not have.
function taroLikeStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? '',
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('token store', () => {
  it('reads a missing token as null, not as an empty token', () => {
    expect(createTokenStore(taroLikeStorage()).get()).toBeNull();
  });

  it('keeps a token until cleared', () => {
    const store = createTokenStore(taroLikeStorage());
    store.set('jwt');
    expect(store.get()).toBe('jwt');
    store.clear();
    expect(store.get()).toBeNull();
  });
});
