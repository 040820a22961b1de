import {
  startFakeWechatServer,
  wechatCodes,
  type FakeWechatServer,
} from '../fakes/wechatServer';
import { captureLog } from '../support/logCapture';
import { useTestApp } from '../support/app';

describe('POST /api/auth/wechat', () => {
  let wechat: FakeWechatServer;
  const logs = captureLog();

  beforeAll(async () => {
    wechat = await startFakeWechatServer(2000);
  });
  afterAll(() => wechat.close());

  const testApp = useTestApp(() => ({
    wechatApiBase: wechat.apiBase,
    log: logs.log,
  }));

  const login = (code: string) =>
    testApp().request().post('/api/auth/wechat').send({ code });

  it('creates a citizen on first login and finds it on the next', async () => {
    const first = await login('alice#1');
    const second = await login('alice#2');

    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({
      role: 'citizen',
      subject: null,
      merchant: null,
    });
    expect(second.body.user.id).toBe(first.body.user.id);
    expect(new Date(first.body.expiresAt).getTime()).toBeGreaterThan(
      Date.now(),
    );
    const stored = await testApp().deps.db.models.User.findByPk(
      first.body.user.id,
    );
    expect(stored?.openid).toBe(wechat.openidFor('alice#1'));
  });

  it('gives a token that opens /api/me', async () => {
    const { body } = await login('bob#1');

    const me = await testApp()
      .request()
      .get('/api/me')
      .set('Authorization', `Bearer ${body.token}`);

    expect(me.status).toBe(200);
    expect(me.body.id).toBe(body.user.id);
  });

  it('never returns or logs the session key or the code', async () => {
    const response = await login('carol#1');

    expect(response.text).not.toContain('session_key');
    expect(logs.text()).not.toContain('session_key');
    expect(logs.text()).not.toContain('carol#1');
  });

  it.each([
    [wechatCodes.invalid, 401, 'wechat_code_invalid'],
    [wechatCodes.rateLimited, 429, 'wechat_rate_limited'],
    [wechatCodes.busy, 503, 'wechat_busy'],
    [wechatCodes.otherError, 502, 'wechat_unavailable'],
    [wechatCodes.slow, 502, 'wechat_unavailable'],
  ])(
    'answers code %s with %i %s after exactly one call',
    async (code, status, errorCode) => {
      const response = await login(code);

      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(errorCode);
      expect(wechat.calls(code)).toBe(1);
    },
  );

  it('answers wechat_code_invalid for a code used twice', async () => {
    await login('dave#1');

    const again = await login('dave#1');

    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('wechat_code_invalid');
    expect(wechat.calls('dave#1')).toBe(2);
  });
});

describe('POST /api/auth/wechat without WeChat settings', () => {
  const testApp = useTestApp();

  it('answers wechat_not_configured, not a retryable outage', async () => {
    const response = await testApp()
      .request()
      .post('/api/auth/wechat')
      .send({ code: 'any' });

    expect(response.status).toBe(501);
    expect(response.body.error.code).toBe('wechat_not_configured');
  });
});
