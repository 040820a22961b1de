import path from 'node:path';

import { loadConfig, settingDocs } from './config';

const strongSecret = 'x'.repeat(32);
const hexKey = 'ab'.repeat(32);
const productionEnv = {
  NODE_ENV: 'production',
  JWT_SECRET: strongSecret,
  DATA_KEY: hexKey,
  WECHAT_APPID: 'wx-appid',
  WECHAT_SECRET: 'wx-secret',
};

function problemsOf(env: Record<string, string>): string[] {
  const result = loadConfig(env);
  return result.ok ? [] : result.problems;
}

describe('loadConfig', () => {
  it('starts in development with defaults and warnings', () => {
    const result = loadConfig({});

    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.config).toMatchObject({
      nodeEnv: 'development',
      port: 8080,
      redisUrl: null,
      seedDemo: true,
      wechat: null,
      database: {
        sqlitePath: path.resolve(__dirname, '../../data/creditplus.sqlite'),
      },
    });
    expect(result.config.dataKey).toHaveLength(32);
    expect(result.warnings).toEqual(
      expect.arrayContaining([expect.stringMatching(/^JWT_SECRET unset/)]),
    );
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'postgres://db/credit',
      LOG_LEVEL: 'loud',
      JWT_SECRET: 'short',
      DATA_KEY: 'not-a-key',
    });

    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^DATABASE_URL: must be a mysql/),
        expect.stringMatching(/^LOG_LEVEL: /),
        expect.stringMatching(/^JWT_SECRET: must be at least 32/),
        expect.stringMatching(/^DATA_KEY: must be 32 bytes/),
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('accepts a complete production configuration', () => {
    const result = loadConfig({
      ...productionEnv,
      DATABASE_URL: 'mysql://credit:pw@db:3306/credit',
      REDIS_URL: 'redis://cache:6379',
      DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    });

    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.config).toMatchObject({
      isProduction: true,
      seedDemo: false,
      database: { url: 'mysql://credit:pw@db:3306/credit' },
      redisUrl: 'redis://cache:6379',
      wechat: { appId: 'wx-appid', apiBase: 'https://api.weixin.qq.com' },
    });
    expect(result.config.dataKey.equals(Buffer.alloc(32, 7))).toBe(true);
  });

  it('refuses a weak or missing JWT_SECRET in production', () => {
    expect(
      problemsOf({ ...productionEnv, JWT_SECRET: 'x'.repeat(31) }),
    ).toEqual(['JWT_SECRET: must be at least 32 characters']);
    const { JWT_SECRET: _unused, ...withoutSecret } = productionEnv;
    expect(problemsOf(withoutSecret)).toEqual([
      'JWT_SECRET: required in production',
    ]);
  });

  it('refuses production without DATA_KEY or WeChat settings', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      JWT_SECRET: strongSecret,
    });

    expect(problems).toEqual([
      'DATA_KEY: required in production',
      'WECHAT_APPID and WECHAT_SECRET: required in production',
    ]);
  });

  it('refuses half of the WeChat settings', () => {
    expect(problemsOf({ WECHAT_APPID: 'wx-appid' })).toEqual([
      'WECHAT_APPID and WECHAT_SECRET: set both or neither',
    ]);
  });

  it('reads SEED_DEMO as a boolean', () => {
    const off = loadConfig({ SEED_DEMO: 'false' });
    const on = loadConfig({ ...productionEnv, SEED_DEMO: '1' });

    expect(off.ok && off.config.seedDemo).toBe(false);
    expect(on.ok && on.config.seedDemo).toBe(true);
    expect(problemsOf({ SEED_DEMO: 'yes' })).toEqual([
      'SEED_DEMO: must be true, false, 1 or 0',
    ]);
  });

  it('documents every setting it reads', () => {
    const read = new Set<string>();
    const env = new Proxy<Record<string, string | undefined>>(
      {},
      {
        get: (_target, key) => {
          if (typeof key === 'string') read.add(key);
          return undefined;
        },
      },
    );

    loadConfig(env);

    const documented = settingDocs.map((setting) => setting.name);
    expect([...read].sort()).toEqual([...documented].sort());
  });
});
