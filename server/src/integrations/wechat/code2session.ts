// WeChat login: exchanges the code from `wx.login` for the user's openid
// through code2session. A code is single-use, so it is sent exactly once
// and never retried; a failure asks the client to log in again or wait.
// The session_key in the answer is dropped here: nothing stores, logs or
// returns it.
import { AppError } from '../../errors';
import type { Logger } from '../../log/logger';

export interface WechatIdentity {
  openid: string;
  unionid: string | null;
}

export interface WechatClient {
  code2session(code: string): Promise<WechatIdentity>;
}

export interface WechatClientOptions {
  appId: string;
  secret: string;
  /** https://api.weixin.qq.com in production; a local fake in tests. */
  apiBase: string;
  timeoutMs?: number;
  log: Logger;
}

interface SessionAnswer {
  openid?: unknown;
  unionid?: unknown;
  errcode?: unknown;
  errmsg?: unknown;
}

// WeChat's documented errcodes that the user can act on.
const errorByErrcode: Record<number, AppError['code']> = {
  40029: 'wechat_code_invalid',
  40163: 'wechat_code_invalid',
  45011: 'wechat_rate_limited',
  [-1]: 'wechat_busy',
};

export function createWechatClient(options: WechatClientOptions): WechatClient {
  const timeoutMs = options.timeoutMs ?? 5000;

  async function code2session(code: string): Promise<WechatIdentity> {
    const url = new URL('/sns/jscode2session', options.apiBase);
    url.search = new URLSearchParams({
      appid: options.appId,
      secret: options.secret,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString();

    const answer = await fetchAnswer(url, timeoutMs, options.log);
    const errcode = typeof answer.errcode === 'number' ? answer.errcode : 0;
    if (errcode !== 0) {
      options.log.warn(
        { wechatErrcode: errcode, wechatErrmsg: String(answer.errmsg) },
        'code2session refused the code',
      );
      throw new AppError(errorByErrcode[errcode] ?? 'wechat_unavailable');
    }
    if (typeof answer.openid !== 'string' || answer.openid === '') {
      options.log.warn('code2session answered without an openid');
      throw new AppError('wechat_unavailable');
    }
    return {
      openid: answer.openid,
      unionid: typeof answer.unionid === 'string' ? answer.unionid : null,
    };
  }

  return { code2session };
}

async function fetchAnswer(
  url: URL,
  timeoutMs: number,
  log: Logger,
): Promise<SessionAnswer> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    // WeChat labels its JSON text/plain at times, so the body is parsed
    // whatever the content type says.
    const text = await response.text();
    if (!response.ok) {
      log.warn({ wechatStatus: response.status }, 'code2session HTTP error');
      throw new AppError('wechat_unavailable');
    }
    const answer: unknown = JSON.parse(text);
    if (typeof answer !== 'object' || answer === null) {
      throw new SyntaxError('code2session answer is not an object');
    }
    return answer;
  } catch (error) {
    if (error instanceof AppError) throw error;
    log.warn({ err: error }, 'code2session unreachable or unreadable');
    throw new AppError('wechat_unavailable');
  }
}

/** The client when no AppID is configured (development without WeChat). */
export function unconfiguredWechatClient(): WechatClient {
  return {
    async code2session() {
      throw new AppError('wechat_not_configured');
    },
  };
}
