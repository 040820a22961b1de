import { createCreditApi } from './api';
import {
  createApiClient,
  type HttpRequest,
  type HttpResponse,
} from './apiClient';
import { ApiError } from './apiError';
import { createTokenStore, type KeyValueStorage } from './tokenStore';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

// Answers every request with `answer` and remembers what was sent.
function setup(answer: HttpResponse | Error) {
  const sent: HttpRequest[] = [];
  const tokens = createTokenStore(memoryStorage());
  const unauthorized: ApiError[] = [];
  const client = createApiClient({
    baseUrl: 'https://api.example.cn',
    tokens,
    transport: async (request) => {
      sent.push(request);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    onUnauthorized: (error) => unauthorized.push(error),
  });
  return { api: createCreditApi(client), sent, tokens, unauthorized };
}

describe('API client', () => {
  it('sends the bearer token and JSON body to the base URL', async () => {
    const { api, sent, tokens } = setup({ statusCode: 201, data: { id: 7 } });
    tokens.set('jwt-1');

    const voucher = await api.claim(3, 'key-1');

    expect(voucher).toEqual({ id: 7 });
    expect(sent[0]).toEqual({
      url: 'https://api.example.cn/api/offers/3/claims',
      method: 'POST',
      header: {
        Accept: 'application/json',
        Authorization: 'Bearer jwt-1',
        'Content-Type': 'application/json',
      },
      data: { idempotencyKey: 'key-1' },
    });
  });

  it('sends no Authorization header before login', async () => {
    const { api, sent } = setup({ statusCode: 200, data: [] });

    await api.devAccounts();

    expect(sent[0].header.Authorization).toBeUndefined();
    expect(sent[0].method).toBe('GET');
  });

  it('maps the error body to an ApiError with its code', async () => {
    const { api } = setup({
      statusCode: 409,
      data: {
        error: { code: 'quota_exhausted', message: '已领完', requestId: 'r1' },
      },
    });

    const error = await api.claim(1, 'k').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'quota_exhausted',
      message: '已领完',
      requestId: 'r1',
      retryable: false,
    });
  });

  it('clears the token and reports a 401', async () => {
    const { api, tokens, unauthorized } = setup({
      statusCode: 401,
      data: { error: { code: 'token_expired', message: '登录已过期' } },
    });
    tokens.set('old');

    await expect(api.me()).rejects.toMatchObject({ code: 'token_expired' });

    expect(tokens.get()).toBeNull();
    expect(unauthorized.map((e) => e.code)).toEqual(['token_expired']);
  });

  it('keeps the token on other errors', async () => {
    const { api, tokens } = setup({
      statusCode: 403,
      data: { error: { code: 'forbidden', message: '无权操作' } },
    });
    tokens.set('jwt');

    await expect(api.redemptions()).rejects.toMatchObject({ status: 403 });
    expect(tokens.get()).toBe('jwt');
  });

  it('turns a body without the error shape into bad_response', async () => {
    const { api } = setup({ statusCode: 502, data: '<html>Bad Gateway' });

    await expect(api.offers()).rejects.toMatchObject({
      code: 'bad_response',
      status: 502,
      retryable: true,
    });
  });

  it('turns a failed transport into a retryable network_error', async () => {
    const { api } = setup(new Error('request:fail timeout'));

    await expect(api.vouchers()).rejects.toMatchObject({
      code: 'network_error',
      status: 0,
      retryable: true,
    });
  });
});
