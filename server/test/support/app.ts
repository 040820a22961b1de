// Builds the real app for HTTP tests: a fresh migrated test database, the
// cache of the test mode (Redis when TEST_REDIS_URL is set, in-process
// otherwise), a silent or captured logger, and tokens for test users.
// WeChat is unreachable unless a test passes the fake server's base URL,
// so no test calls the real api.weixin.qq.com.
import type Koa from 'koa';
import supertest from 'supertest';
import type { UserRole } from '@creditplus/shared';

import { createApp, type AppDeps } from '../../src/app';
import { signToken } from '../../src/auth/jwt';
import type { Cache } from '../../src/cache/cache';
import { createMemoryCache } from '../../src/cache/memoryCache';
import { loadConfig, type Config } from '../../src/config';
import type { Database } from '../../src/db/database';
import type { User } from '../../src/db/models';
import type { AppState } from '../../src/http/state';
import {
  createWechatClient,
  unconfiguredWechatClient,
} from '../../src/integrations/wechat/code2session';
import { createLogger, type Logger } from '../../src/log/logger';
import { fakeAppId, fakeSecret } from '../fakes/wechatServer';
import { createTestDatabase } from './db';
import { createTestRedisCache } from './redis';

export interface TestAppOptions {
  /** Settings on top of the test defaults, e.g. { NODE_ENV: 'production' }. */
  env?: Record<string, string>;
  /** Base URL of a fake WeChat server; WeChat is unreachable without it. */
  wechatApiBase?: string;
  /** A cache to use instead of the test mode's one. */
  cache?: Cache;
  log?: Logger;
}

export interface TestApp {
  app: Koa<AppState>;
  deps: AppDeps;
  request(): ReturnType<typeof supertest.agent>;
  /** An Authorization header value for this user. */
  authFor(user: Pick<User, 'id'>): string;
  /** A user with a token; defaults to a citizen without a subject. */
  createUser(attributes?: Partial<TestUserAttributes>): Promise<TestUser>;
  close(): Promise<void>;
}

export interface TestUserAttributes {
  role: UserRole;
  login: string | null;
  openid: string | null;
  displayName: string;
  subjectId: number | null;
  merchantId: number | null;
}

export interface TestUser {
  user: User;
  auth: string;
}

// A valid production configuration, so a test can switch NODE_ENV alone.
const testEnv = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  JWT_SECRET: 'test-jwt-secret-that-is-long-enough-000',
  DATA_KEY: '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
  WECHAT_APPID: fakeAppId,
  WECHAT_SECRET: fakeSecret,
  STATIC_DIR: 'server/test/fakes/static',
};

export function testConfig(env: Record<string, string> = {}): Config {
  const result = loadConfig({ ...testEnv, ...env });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.config;
}

export function testCache(): Cache {
  return process.env.TEST_REDIS_URL
    ? createTestRedisCache()
    : createMemoryCache();
}

export async function createTestApp(
  options: TestAppOptions = {},
  db?: Database,
): Promise<TestApp> {
  const config = testConfig(options.env);
  const log = options.log ?? createLogger({ level: 'silent' });
  const deps: AppDeps = {
    config,
    db: db ?? (await createTestDatabase()),
    cache: options.cache ?? testCache(),
    log,
    wechat: options.wechatApiBase
      ? createWechatClient({
          appId: fakeAppId,
          secret: fakeSecret,
          apiBase: options.wechatApiBase,
          timeoutMs: 500,
          log,
        })
      : unconfiguredWechatClient(),
  };
  const app = createApp(deps);
  const server = app.callback();
  let users = 0;

  return {
    app,
    deps,
    request: () => supertest.agent(server),
    authFor: (user) => `Bearer ${signToken(user.id, config.jwt).token}`,
    async createUser(attributes = {}) {
      users += 1;
      const user = await deps.db.models.User.create({
        role: 'citizen',
        login: null,
        openid: null,
        displayName: `测试用户${users}`,
        subjectId: null,
        merchantId: null,
        ...attributes,
      });
      return { user, auth: `Bearer ${signToken(user.id, config.jwt).token}` };
    },
    async close() {
      await deps.cache.close();
      // A database passed in belongs to the caller, who closes it.
      if (!db) await deps.db.close();
    },
  };
}

/**
 * A test app for the file's hooks; call it in describe scope. Options may
 * be a function, read in beforeAll, when they depend on an earlier hook
 * (a fake server's URL).
 */
export function useTestApp(
  options: TestAppOptions | (() => TestAppOptions) = {},
): () => TestApp {
  let testApp: TestApp | undefined;
  // Creating and migrating a MariaDB database under a parallel run takes
  // longer than Jest's default 5 s hook timeout.
  beforeAll(async () => {
    testApp = await createTestApp(
      typeof options === 'function' ? options() : options,
    );
  }, 30_000);
  afterAll(async () => {
    await testApp?.close();
  });
  return () => {
    if (testApp === undefined) throw new Error('the test app is not built');
    return testApp;
  };
}
