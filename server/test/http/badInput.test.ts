import { Readable } from 'node:stream';
import type { Response } from 'supertest';

import { AppError } from '../../src/errors';
import { captureLog } from '../support/logCapture';
import { createTestApp, useTestApp, type TestApp } from '../support/app';

// No error body may carry a stack trace or a file path.
function expectNoStack(response: Response): void {
  expect(response.text).not.toMatch(/\bat .+\(|\.ts:\d+|node_modules/);
}

function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.body.error).toMatchObject({ code });
  expect(typeof response.body.error.message).toBe('string');
  expect(response.body.error.requestId).toBe(response.get('X-Request-Id'));
  expectNoStack(response);
}

describe('bad input on /api', () => {
  const testApp = useTestApp();

  it('answers invalid_json for a malformed JSON body', async () => {
    const response = await testApp()
      .request()
      .post('/api/auth/dev')
      .set('Content-Type', 'application/json')
      .send('{"login": "citizen",');

    expectError(response, 400, 'invalid_json');
  });

  it('answers invalid_json for a JSON body that is not an object', async () => {
    const response = await testApp()
      .request()
      .post('/api/auth/dev')
      .set('Content-Type', 'application/json')
      .send('"citizen"');

    expectError(response, 400, 'invalid_json');
  });

  it('answers body_too_large for a JSON body over 1 MB', async () => {
    const body = JSON.stringify({ login: 'x'.repeat(1024 * 1024 + 1) });

    const response = await testApp()
      .request()
      .post('/api/auth/dev')
      .set('Content-Type', 'application/json')
      .send(body);

    expectError(response, 413, 'body_too_large');
  });

  it('answers bad_url_encoding for a broken percent-encoding', async () => {
    const response = await testApp().request().get('/api/offers/%E0%A4%A');

    expectError(response, 400, 'bad_url_encoding');
  });

  it('answers bad_url_encoding outside /api too', async () => {
    const response = await testApp().request().get('/%E0%A4%A.html');

    expectError(response, 400, 'bad_url_encoding');
  });

  it('answers unknown_field naming the field', async () => {
    const response = await testApp()
      .request()
      .post('/api/auth/dev')
      .send({ login: 'citizen', role: 'office' });

    expectError(response, 400, 'unknown_field');
    expect(response.body.error.details).toEqual({ fields: ['role'] });
  });

  it('answers validation_failed with the field path', async () => {
    const response = await testApp()
      .request()
      .post('/api/auth/wechat')
      .send({ code: 42 });

    expectError(response, 400, 'validation_failed');
    expect(response.body.error.details.fields[0].path).toBe('code');
  });

  it('answers unsupported_media_type for a form body', async () => {
    const response = await testApp()
      .request()
      .post('/api/auth/dev')
      .type('form')
      .send('login=citizen');

    expectError(response, 415, 'unsupported_media_type');
  });

  it('answers not_found in the JSON shape for an unknown /api path', async () => {
    const response = await testApp().request().get('/api/no-such-thing');

    expectError(response, 404, 'not_found');
  });

  it('answers method_not_allowed for a known path with another method', async () => {
    const response = await testApp().request().delete('/api/auth/dev');

    expectError(response, 405, 'method_not_allowed');
    expect(response.get('Allow')).toContain('POST');
  });

  it('answers not_found in the JSON shape outside /api too', async () => {
    const response = await testApp().request().get('/no-such-page.html');

    expectError(response, 404, 'not_found');
  });

  it('answers forbidden for a static path that climbs out', async () => {
    const response = await testApp()
      .request()
      .get('/js/..%2f..%2f..%2fpackage.json');

    expectError(response, 403, 'forbidden');
    expect(response.text).not.toContain('"name"');
  });

  it('reads only plain decimal ids from the path', async () => {
    const { auth } = await testApp().createUser();

    for (const id of ['0x1', '1e0', '01', '-1']) {
      const response = await testApp()
        .request()
        .post(`/api/offers/${id}/claims`)
        .set('Authorization', auth)
        .send({ idempotencyKey: 'key-0001' });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body.error.code).not.toBe('internal');
    }
  });

  it('masks an ID number sent as an unknown field name', async () => {
    const response = await testApp()
      .request()
      .post('/api/auth/dev')
      .send({ login: 'citizen', '360404196312108747': 1 });

    expectError(response, 400, 'unknown_field');
    expect(response.text).not.toContain('360404196312108747');
    expect(response.body.error.details.fields).toEqual(['3604**********8747']);
  });

  it('explains field problems in Chinese', async () => {
    const response = await testApp()
      .request()
      .post('/api/auth/dev')
      .send({ login: 42 });

    expectError(response, 400, 'validation_failed');
    expect(response.body.error.details.fields[0].message).toMatch(
      /[\u4e00-\u9fff]/,
    );
  });
});

describe('unexpected errors', () => {
  let testApp: TestApp;
  const logs = captureLog();

  beforeAll(async () => {
    testApp = await createTestApp({ log: logs.log });
    testApp.app.use(() => {
      throw new Error('lookup of 360404196312108747 failed at db.ts:12');
    });
  });

  afterAll(() => testApp.close());

  it('answer 500 internal without the message or the stack', async () => {
    const response = await testApp.request().get('/api/explode');

    expectError(response, 500, 'internal');
    expect(response.text).not.toContain('360404196312108747');
    expect(response.text).not.toContain('lookup of');
  });

  it('are logged with their stack, the ID number masked', async () => {
    await testApp.request().get('/api/explode');

    expect(logs.text()).toContain('unhandled error');
    expect(logs.text()).toContain('3604**********8747');
    expect(logs.text()).toMatch(/"stack":"Error: lookup/);
    expect(logs.text()).not.toContain('360404196312108747');
  });

  it('keep an AppError thrown downstream as it is', async () => {
    const local = await createTestApp({}, testApp.deps.db);
    local.app.use(() => {
      throw new AppError('forbidden');
    });

    const response = await local.request().get('/api/forbidden-thing');

    expectError(response, 403, 'forbidden');
    await local.close();
  });
});

describe('a response stream that fails', () => {
  it('is logged through the masking logger', async () => {
    const logs = captureLog();
    const testApp = await createTestApp({ log: logs.log });
    testApp.app.use((ctx) => {
      ctx.type = 'text/plain';
      ctx.body = new Readable({
        read() {
          this.destroy(new Error('disk read of 360404196312108747 failed'));
        },
      });
    });

    await testApp
      .request()
      .get('/stream')
      .catch(() => undefined);

    expect(logs.text()).toContain('response failed');
    expect(logs.text()).not.toContain('360404196312108747');
    await testApp.close();
  });
});

describe('request ids and request logs', () => {
  const logs = captureLog();
  const testApp = useTestApp({ log: logs.log });

  it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
    const sane = await testApp()
      .request()
      .get('/health')
      .set('X-Request-Id', 'lb-1234.abc');
    const unsafe = await testApp()
      .request()
      .get('/health')
      .set('X-Request-Id', 'x'.repeat(65));
    const personal = await testApp()
      .request()
      .get('/health')
      .set('X-Request-Id', '360404196312108747');

    expect(sane.get('X-Request-Id')).toBe('lb-1234.abc');
    expect(unsafe.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(personal.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs method, path, status and time but no query values', async () => {
    await testApp()
      .request()
      .get('/api/nowhere?phone=13812345678&code=wx-secret-code')
      .set('X-Request-Id', 'req-log-test');

    const line = logs
      .text()
      .split('\n')
      .find((entry) => entry.includes('"requestId":"req-log-test"'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      msg: 'request',
      method: 'GET',
      path: '/api/nowhere',
      queryKeys: ['phone', 'code'],
      status: 404,
    });
    expect(logs.text()).not.toMatch(/13812345678|wx-secret-code/);
  });

  it('masks personal data in the path or a query name', async () => {
    // The request line is not scanned once written (requestLog): what the
    // client chose is masked as the line is made.
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
    await testApp()
      .request()
      .get(`/api/public/organizations/360404196312108747?13812345678=1`)
      .set('X-Request-Id', 'req-personal');
    const tokenId = await testApp()
      .request()
      .get('/health')
      .set('X-Request-Id', token.slice(0, 60));

    const line = logs
      .text()
      .split('\n')
      .find((entry) => entry.includes('"requestId":"req-personal"'));
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      path: '/api/public/organizations/3604**********8747',
      queryKeys: ['138****5678'],
    });
    expect(tokenId.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.text()).not.toMatch(/360404196312108747|13812345678|eyJhbGci/);
  });

  it('leaves the query names out of a line without a query', async () => {
    await testApp()
      .request()
      .get('/health')
      .set('X-Request-Id', 'req-no-query');

    const line = logs
      .text()
      .split('\n')
      .find((entry) => entry.includes('"requestId":"req-no-query"'));
    const entry = JSON.parse(line ?? '{}');
    expect(entry).toMatchObject({ msg: 'request', path: '/health' });
    expect(entry).not.toHaveProperty('queryKeys');
  });
});

describe('lines logged while answering a request', () => {
  it('carry its request id', async () => {
    const logs = captureLog();
    const testApp = await createTestApp({ log: logs.log });
    testApp.app.use((ctx) => {
      ctx.state.log.info('answering');
      ctx.body = { answered: true };
    });

    await testApp
      .request()
      .get('/api/answered')
      .set('X-Request-Id', 'req-bound');

    const line = logs
      .text()
      .split('\n')
      .find((entry) => entry.includes('"msg":"answering"'));
    expect(JSON.parse(line ?? '{}').requestId).toBe('req-bound');
    await testApp.close();
  });
});
