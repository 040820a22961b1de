// Every setting of the server, read once from the environment and validated
// at boot. `loadConfig` never exits: it returns every problem at once so the
// operator fixes them in one go, and main.ts decides to stop. No other file
// reads process.env.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

const repoRoot = path.resolve(__dirname, '..', '..');

export type NodeEnv = 'development' | 'test' | 'production';
export type LogLevel =
  'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  nodeEnv: NodeEnv;
  isProduction: boolean;
  port: number;
  host: string;
  database: { url: string } | { sqlitePath: string };
  redisUrl: string | null;
  jwt: { secret: string; ttlSeconds: number };
  /** 32 bytes: HMAC key for ID hashes and AES-256-GCM key for ciphers. */
  dataKey: Buffer;
  wechat: { appId: string; secret: string; apiBase: string } | null;
  staticDir: string;
  logLevel: LogLevel;
  seedDemo: boolean;
}

export interface SettingDoc {
  name: string;
  default: string;
  meaning: string;
}

/** The README lists these; keep them in step with the schema below. */
export const settingDocs: SettingDoc[] = [
  {
    name: 'NODE_ENV',
    default: 'development',
    meaning: 'development, test or production (production hardens checks)',
  },
  { name: 'PORT', default: '8080', meaning: 'HTTP port to listen on' },
  { name: 'HOST', default: '0.0.0.0', meaning: 'interface to listen on' },
  {
    name: 'DATABASE_URL',
    default: '(unset: SQLite)',
    meaning: 'mysql://user:password@host:3306/db for MySQL 8 / MariaDB',
  },
  {
    name: 'SQLITE_PATH',
    default: 'data/creditplus.sqlite',
    meaning: 'SQLite file when DATABASE_URL is unset, relative to the repo',
  },
  {
    name: 'REDIS_URL',
    default: '(unset: in-process cache)',
    meaning: 'redis://host:6379 for the shared cache',
  },
  {
    name: 'JWT_SECRET',
    default: '(dev only: a fixed development secret)',
    meaning:
      'HS256 signing secret, at least 32 characters; required in production',
  },
  {
    name: 'JWT_TTL_SECONDS',
    default: '604800',
    meaning: 'lifetime of a login token in seconds',
  },
  {
    name: 'DATA_KEY',
    default: '(dev only: a fixed development key)',
    meaning:
      '32-byte key (64 hex chars or base64) hashing and encrypting ID numbers; required in production',
  },
  {
    name: 'WECHAT_APPID',
    default: '(unset: WeChat login unavailable)',
    meaning: 'mini-program AppID; required in production',
  },
  {
    name: 'WECHAT_SECRET',
    default: '(unset)',
    meaning: 'mini-program AppSecret; required with WECHAT_APPID',
  },
  {
    name: 'WECHAT_API_BASE',
    default: 'https://api.weixin.qq.com',
    meaning: 'WeChat API origin (tests point it at a local fake)',
  },
  {
    name: 'STATIC_DIR',
    default: 'miniapp/dist/h5',
    meaning: 'h5 build served at /, relative to the repo',
  },
  {
    name: 'LOG_LEVEL',
    default: 'info',
    meaning: 'fatal, error, warn, info, debug, trace or silent',
  },
  {
    name: 'SEED_DEMO',
    default: 'true (false in production)',
    meaning: 'seed the demo city into an empty database at start',
  },
];

// Fixed values so a laptop starts without setup; production refuses them.
const devJwtSecret = 'dev-only-jwt-secret-do-not-use-in-production';
const devDataKey = createHash('sha256').update('creditplus-dev-key').digest();

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const booleanText = z
  .enum(['true', 'false', '1', '0'], {
    error: 'must be true, false, 1 or 0',
  })
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'must be development, test or production',
    })
    .default('development'),
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^mysql:\/\/[^\s]+$/, 'must be a mysql:// URL')
      .optional(),
  ),
  SQLITE_PATH: z.string().min(1).default('data/creditplus.sqlite'),
  REDIS_URL: optionalText.pipe(
    z
      .string()
      .regex(/^rediss?:\/\/[^\s]+$/, 'must be a redis:// URL')
      .optional(),
  ),
  JWT_TTL_SECONDS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(60, 'must be at least 60')
    .default(7 * 24 * 3600),
  WECHAT_API_BASE: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default('https://api.weixin.qq.com'),
  STATIC_DIR: z.string().min(1).default('miniapp/dist/h5'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be fatal, error, warn, info, debug, trace or silent',
    })
    .default('info'),
  SEED_DEMO: optionalText.pipe(booleanText.optional()),
});

export type ConfigResult =
  | { ok: true; config: Config; warnings: string[] }
  | { ok: false; problems: string[] };

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
): ConfigResult {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message}`,
      );

  // The secrets are checked even when other settings failed, so one boot
  // reports everything that is wrong.
  const warnings: string[] = [];
  const raw = rawSecrets(env);
  const jwtSecret = checkJwtSecret(raw, problems, warnings);
  const dataKey = checkDataKey(raw, problems, warnings);
  const wechat = checkWechat(raw, problems, warnings);
  if (!parsed.success || problems.length > 0) return { ok: false, problems };

  const values = parsed.data;
  const isProduction = values.NODE_ENV === 'production';
  const config: Config = {
    nodeEnv: values.NODE_ENV,
    isProduction,
    port: values.PORT,
    host: values.HOST,
    database: values.DATABASE_URL
      ? { url: values.DATABASE_URL }
      : { sqlitePath: path.resolve(repoRoot, values.SQLITE_PATH) },
    redisUrl: values.REDIS_URL ?? null,
    jwt: { secret: jwtSecret, ttlSeconds: values.JWT_TTL_SECONDS },
    dataKey,
    wechat: wechat && { ...wechat, apiBase: values.WECHAT_API_BASE },
    staticDir: path.resolve(repoRoot, values.STATIC_DIR),
    logLevel: values.LOG_LEVEL,
    seedDemo: values.SEED_DEMO ?? !isProduction,
  };
  return { ok: true, config, warnings };
}

interface RawSecrets {
  isProduction: boolean;
  jwtSecret?: string;
  dataKey?: string;
  wechatAppId?: string;
  wechatSecret?: string;
}

function rawSecrets(env: Record<string, string | undefined>): RawSecrets {
  const text = (name: string) => env[name]?.trim() || undefined;
  return {
    isProduction: text('NODE_ENV') === 'production',
    jwtSecret: text('JWT_SECRET'),
    dataKey: text('DATA_KEY'),
    wechatAppId: text('WECHAT_APPID'),
    wechatSecret: text('WECHAT_SECRET'),
  };
}

function checkJwtSecret(
  raw: RawSecrets,
  problems: string[],
  warnings: string[],
): string {
  const secret = raw.jwtSecret;
  if (secret && secret.length >= 32) return secret;
  if (secret) {
    problems.push('JWT_SECRET: must be at least 32 characters');
  } else if (raw.isProduction) {
    problems.push('JWT_SECRET: required in production');
  } else {
    warnings.push('JWT_SECRET unset: using the fixed development secret');
  }
  return devJwtSecret;
}

function checkDataKey(
  raw: RawSecrets,
  problems: string[],
  warnings: string[],
): Buffer {
  if (raw.dataKey) {
    const key = decodeKey(raw.dataKey);
    if (key) return key;
    problems.push('DATA_KEY: must be 32 bytes as 64 hex chars or base64');
  } else if (raw.isProduction) {
    problems.push('DATA_KEY: required in production');
  } else {
    warnings.push('DATA_KEY unset: using the fixed development key');
  }
  return devDataKey;
}

function decodeKey(text: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(text)) {
    const key = Buffer.from(text, 'base64');
    if (key.length === 32) return key;
  }
  return null;
}

function checkWechat(
  raw: RawSecrets,
  problems: string[],
  warnings: string[],
): { appId: string; secret: string } | null {
  const { wechatAppId: appId, wechatSecret: secret } = raw;
  if (appId && secret) return { appId, secret };
  if (appId || secret) {
    problems.push('WECHAT_APPID and WECHAT_SECRET: set both or neither');
  } else if (raw.isProduction) {
    problems.push('WECHAT_APPID and WECHAT_SECRET: required in production');
  } else {
    warnings.push('WECHAT_APPID unset: WeChat login is unavailable');
  }
  return null;
}
