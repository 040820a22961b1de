import type { ScoringModelRequest } from '@creditplus/shared';
import { createCreditApi } from './api';
import {
  createApiClient,
  type HttpRequest,
  type HttpResponse,
  type UploadRequest,
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
  const uploads: UploadRequest[] = [];
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
    upload: async (request) => {
      uploads.push(request);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    onUnauthorized: (error) => unauthorized.push(error),
  });
  return { api: createCreditApi(client), sent, uploads, tokens, unauthorized };
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

describe('API client paths', () => {
  it('encodes the public query and leaves out an empty one', async () => {
    const { api, sent } = setup({ statusCode: 200, data: [] });

    await api.searchOrganizations('浔泉 商贸');
    await api.organization('913604822EH5JU5RX6', 3);
    await api.departmentRecords('', 2);

    expect(sent.map((r) => r.url)).toEqual([
      'https://api.example.cn/api/public/organizations?q=' +
        '%E6%B5%94%E6%B3%89%20%E5%95%86%E8%B4%B8',
      'https://api.example.cn/api/public/organizations/913604822EH5JU5RX6' +
        '?page=3',
      'https://api.example.cn/api/department/records?page=2',
    ]);
  });

  it('posts a revocation with its reason', async () => {
    const { api, sent } = setup({ statusCode: 200, data: { id: 9 } });

    await api.revokeRecord(9, '决定已被复议撤销');

    expect(sent[0]).toMatchObject({
      url: 'https://api.example.cn/api/department/records/9/revoke',
      method: 'POST',
      data: { reason: '决定已被复议撤销' },
    });
  });
  it('publishes a model as sent and follows its job by id', async () => {
    const { api, sent } = setup({ statusCode: 200, data: {} });
    const model: ScoringModelRequest = {
      subjectKind: 'person',
      base: 700,
      dimensions: [],
    };

    await api.scoringModels();
    await api.publishScoringModel(model);
    await api.job(12);

    expect(sent.map((r) => [r.method, r.url, r.data])).toEqual([
      ['GET', 'https://api.example.cn/api/office/models', undefined],
      ['POST', 'https://api.example.cn/api/office/models', model],
      ['GET', 'https://api.example.cn/api/office/jobs/12', undefined],
    ]);
  });

  it('lists and adds departments and invites their staff', async () => {
    const { api, sent } = setup({ statusCode: 200, data: {} });
    const department = { name: '九江市市场监督管理局', uscc: 'X' };

    await api.departments();
    await api.addDepartment(department);
    await api.inviteDepartmentStaff(4);

    const base = 'https://api.example.cn/api/office/departments';
    expect(sent.map((r) => [r.method, r.url, r.data])).toEqual([
      ['GET', base, undefined],
      ['POST', base, department],
      ['POST', `${base}/4/invites`, {}],
    ]);
  });
});

describe('API client uploads', () => {
  const file = { path: 'blob:https://x/1', name: 'penalties.csv' };

  it('sends the file and its source with the token, no JSON type', async () => {
    const report = { source: 'penalties', rows: 1 };
    const { api, uploads, tokens } = setup({
      statusCode: 200,
      data: JSON.stringify(report),
    });
    tokens.set('jwt-2');

    await expect(api.uploadRecords('penalties', file)).resolves.toEqual(report);
    expect(uploads[0]).toEqual({
      url: 'https://api.example.cn/api/department/uploads',
      header: { Accept: 'application/json', Authorization: 'Bearer jwt-2' },
      fileField: 'file',
      file,
      fields: { source: 'penalties' },
    });
  });

  it('reads the error code from a text answer', async () => {
    const { api } = setup({
      statusCode: 413,
      data: JSON.stringify({
        error: { code: 'file_too_large', message: '文件超过 20 MB' },
      }),
    });

    await expect(api.uploadRecords('lists', file)).rejects.toMatchObject({
      status: 413,
      code: 'file_too_large',
      message: '文件超过 20 MB',
    });
  });

  it('turns a text answer that is not JSON into bad_response', async () => {
    const { api } = setup({ statusCode: 502, data: 'Bad Gateway' });

    await expect(api.uploadRecords('lists', file)).rejects.toMatchObject({
      code: 'bad_response',
    });
  });

  it('clears the token when an upload is refused with 401', async () => {
    const { api, tokens, unauthorized } = setup({
      statusCode: 401,
      data: '{"error":{"code":"token_expired","message":"登录已过期"}}',
    });
    tokens.set('old');

    await expect(api.uploadRecords('penalties', file)).rejects.toThrow();
    expect(tokens.get()).toBeNull();
    expect(unauthorized).toHaveLength(1);
  });
});
