import { ApiError, NETWORK_ERROR } from './apiError';
import { ClaimKeys, newIdempotencyKey } from './claimKeys';

function counterKeys() {
  let n = 0;
  return new ClaimKeys(() => `key-${(n += 1)}`);
}

describe('newIdempotencyKey', () => {
  it('is 32 hex characters from the random bytes', () => {
    const key = newIdempotencyKey((bytes) => bytes.fill(0xab));
    expect(key).toBe('ab'.repeat(16));
  });

  it('differs between taps', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('ClaimKeys', () => {
  it('sends a new key for each successful tap', async () => {
    const keys = counterKeys();
    const sent: string[] = [];
    const send = async (key: string) => void sent.push(key);

    await keys.claim(1, send);
    await keys.claim(1, send);

    expect(sent).toEqual(['key-1', 'key-2']);
  });

  it('resends the same key after the answer was lost', async () => {
    const keys = counterKeys();
    const sent: string[] = [];
    const lost = new ApiError(0, NETWORK_ERROR, '网络连接失败');

    await expect(
      keys.claim(1, async (key) => {
        sent.push(key);
        throw lost;
      }),
    ).rejects.toBe(lost);
    await keys.claim(1, async (key) => void sent.push(key));

    expect(sent).toEqual(['key-1', 'key-1']);
  });

  it('starts a new claim after a definite refusal', async () => {
    const keys = counterKeys();
    const sent: string[] = [];
    const refused = new ApiError(409, 'claim_limit_reached', '已领取');

    await expect(
      keys.claim(1, async (key) => {
        sent.push(key);
        throw refused;
      }),
    ).rejects.toBe(refused);
    await keys.claim(1, async (key) => void sent.push(key));

    expect(sent).toEqual(['key-1', 'key-2']);
  });

  it('keeps separate keys per offer', async () => {
    const keys = counterKeys();
    const sent: string[] = [];
    const fail = async (key: string) => {
      sent.push(key);
      throw new ApiError(503, 'unavailable', '服务繁忙');
    };

    await expect(keys.claim(1, fail)).rejects.toBeInstanceOf(ApiError);
    await expect(keys.claim(2, fail)).rejects.toBeInstanceOf(ApiError);
    await expect(keys.claim(1, fail)).rejects.toBeInstanceOf(ApiError);

    expect(sent).toEqual(['key-1', 'key-2', 'key-1']);
  });
});
