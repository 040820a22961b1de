import { resolveConfig } from './config';

describe('resolveConfig', () => {
  it('calls the API on the same origin in the h5 build', () => {
    expect(resolveConfig({ TARO_ENV: 'h5' })).toEqual({
      platform: 'h5',
      apiBase: '',
    });
  });

  it('uses TARO_APP_API_BASE on weapp without a trailing slash', () => {
    const config = resolveConfig({
      TARO_ENV: 'weapp',
      TARO_APP_API_BASE: 'https://credit.example.cn/',
    });
    expect(config).toEqual({
      platform: 'weapp',
      apiBase: 'https://credit.example.cn',
    });
  });

  it('falls back to a local server on weapp when no base is set', () => {
    expect(resolveConfig({ TARO_ENV: 'weapp' }).apiBase).toBe(
      'http://127.0.0.1:8080',
    );
  });

  it('refuses a weapp base that is not an origin', () => {
    expect(() =>
      resolveConfig({ TARO_ENV: 'weapp', TARO_APP_API_BASE: 'credit/api' }),
    ).toThrow(/TARO_APP_API_BASE/);
  });
});
