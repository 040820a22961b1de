// A local stand-in for api.weixin.qq.com speaking the real code2session
// protocol, so the WeChat client is tested over HTTP rather than stubbed.
// Special codes trigger each documented errcode; any other code succeeds
// once (a reused code gets 40163, as WeChat answers). The openid is derived
// from the code up to a '#', so 'alice#1' and 'alice#2' are two logins of
// one WeChat user.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const fakeAppId = 'wx-fake-appid';
export const fakeSecret = 'fake-app-secret';

/** Codes that make the fake answer something other than success. */
export const wechatCodes = {
  invalid: 'code-invalid', // 40029
  busy: 'code-busy', // -1
  rateLimited: 'code-rate-limited', // 45011
  otherError: 'code-other-error', // 40226, a risky user
  slow: 'code-slow', // answers after slowMs
  notJson: 'code-not-json',
  serverError: 'code-http-500',
} as const;

export interface FakeWechatServer {
  apiBase: string;
  /** How many code2session requests carried this code. */
  calls(code: string): number;
  openidFor(code: string): string;
  close(): Promise<void>;
}

export async function startFakeWechatServer(
  slowMs = 2000,
): Promise<FakeWechatServer> {
  const calls = new Map<string, number>();
  const used = new Set<string>();
  const openidFor = (code: string) => `openid-${code.split('#')[0]}`;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const send = (body: object) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== '/sns/jscode2session') {
      res.writeHead(404).end();
      return;
    }

    const code = url.searchParams.get('js_code') ?? '';
    calls.set(code, (calls.get(code) ?? 0) + 1);
    if (
      url.searchParams.get('appid') !== fakeAppId ||
      url.searchParams.get('secret') !== fakeSecret ||
      url.searchParams.get('grant_type') !== 'authorization_code'
    ) {
      send({ errcode: 40013, errmsg: 'invalid appid' });
      return;
    }

    switch (code) {
      case wechatCodes.invalid:
        send({ errcode: 40029, errmsg: 'invalid code' });
        return;
      case wechatCodes.busy:
        send({ errcode: -1, errmsg: 'system error' });
        return;
      case wechatCodes.rateLimited:
        send({ errcode: 45011, errmsg: 'api minute-quota reach limit' });
        return;
      case wechatCodes.otherError:
        send({ errcode: 40226, errmsg: 'high risk user' });
        return;
      case wechatCodes.slow:
        setTimeout(() => send({ errcode: -1, errmsg: 'too late' }), slowMs);
        return;
      case wechatCodes.notJson:
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<html>gateway</html>');
        return;
      case wechatCodes.serverError:
        res.writeHead(500).end();
        return;
    }

    if (used.has(code)) {
      send({ errcode: 40163, errmsg: 'code been used' });
      return;
    }
    used.add(code);
    send({
      openid: openidFor(code),
      session_key: randomBytes(16).toString('base64'),
    });
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  return {
    apiBase: `http://127.0.0.1:${port}`,
    calls: (code) => calls.get(code) ?? 0,
    openidFor,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
