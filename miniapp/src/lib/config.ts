// The one place the client reads its build-time settings. Taro replaces
// `process.env.TARO_ENV` and `process.env.TARO_APP_*` with literals when it
// bundles, so these reads must stay written out in full.

export interface ClientConfig {
  platform: 'weapp' | 'h5';
  /** Origin the API lives on; '' means the page's own origin. */
  apiBase: string;
}

export interface BuildEnv {
  TARO_ENV?: string;
  TARO_APP_API_BASE?: string;
}

// WeChat DevTools with domain checks off reaches a server on this machine;
// real builds set TARO_APP_API_BASE to the HTTPS origin.
const WEAPP_DEFAULT_API_BASE = 'http://127.0.0.1:8080';

export function resolveConfig(env: BuildEnv): ClientConfig {
  const platform = env.TARO_ENV === 'weapp' ? 'weapp' : 'h5';
  const configured = (env.TARO_APP_API_BASE ?? '').trim().replace(/\/+$/, '');

  if (platform === 'h5') {
    // The server serves the h5 build itself, so same-origin unless told.
    return { platform, apiBase: configured };
  }
  const apiBase = configured || WEAPP_DEFAULT_API_BASE;
  if (!/^https?:\/\/[^/]+$/.test(apiBase)) {
    throw new Error(
      `TARO_APP_API_BASE must be an origin like https://host, got ${apiBase}`,
    );
  }
  return { platform, apiBase };
}

export const config: ClientConfig = resolveConfig({
  TARO_ENV: process.env.TARO_ENV,
  TARO_APP_API_BASE: process.env.TARO_APP_API_BASE,
});
