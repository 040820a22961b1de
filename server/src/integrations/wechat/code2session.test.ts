import { AppError } from '../../errors';
import { closedPortUrl } from '../../../test/fakes/closedPort';
import {
  fakeAppId,
  fakeSecret,
  startFakeWechatServer,
  wechatCodes,
  type FakeWechatServer,
} from '../../../test/fakes/wechatServer';
import { captureLog, type LogCapture } from '../../../test/support/logCapture';
import { createWechatClient, type WechatClient } from './code2session';

let wechat: FakeWechatServer;
let logs: LogCapture;
let client: WechatClient;

beforeAll(async () => {
  wechat = await startFakeWechatServer(1000);
});

afterAll(() => wechat.close());

beforeEach(() => {
  logs = captureLog();
  client = createWechatClient({
    appId: fakeAppId,
    secret: fakeSecret,
    apiBase: wechat.apiBase,
    timeoutMs: 200,
    log: logs.log,
  });
});

async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`no AppError: ${error}`);
  return error.code;
}

describe('code2session', () => {
  it('returns the openid and never the session key', async () => {
    const identity = await client.code2session('code-ok-1');

    expect(identity).toEqual({
      openid: wechat.openidFor('code-ok-1'),
      unionid: null,
    });
    expect(JSON.stringify(identity)).not.toContain('session_key');
  });

  it.each([
    [wechatCodes.invalid, 'wechat_code_invalid'],
    [wechatCodes.busy, 'wechat_busy'],
    [wechatCodes.rateLimited, 'wechat_rate_limited'],
    [wechatCodes.otherError, 'wechat_unavailable'],
    [wechatCodes.notJson, 'wechat_unavailable'],
    [wechatCodes.serverError, 'wechat_unavailable'],
    [wechatCodes.slow, 'wechat_unavailable'],
  ])('maps code %s to %s after exactly one call', async (code, expected) => {
    expect(await errorCodeOf(client.code2session(code))).toBe(expected);
    expect(wechat.calls(code)).toBe(1);
  });

  it('answers wechat_code_invalid for a code used twice', async () => {
    await client.code2session('code-reused');

    expect(await errorCodeOf(client.code2session('code-reused'))).toBe(
      'wechat_code_invalid',
    );
    expect(wechat.calls('code-reused')).toBe(2);
  });

  it('answers wechat_unavailable when WeChat cannot be reached', async () => {
    const unreachable = createWechatClient({
      appId: fakeAppId,
      secret: fakeSecret,
      apiBase: await closedPortUrl('http'),
      log: logs.log,
    });

    expect(await errorCodeOf(unreachable.code2session('code-x'))).toBe(
      'wechat_unavailable',
    );
  });

  it('never logs the secret or the code', async () => {
    await errorCodeOf(client.code2session(wechatCodes.slow));
    await errorCodeOf(client.code2session(wechatCodes.busy));

    expect(logs.text()).toContain('code2session');
    expect(logs.text()).not.toContain(fakeSecret);
    expect(logs.text()).not.toContain(wechatCodes.busy);
  });
});
