import jwt from 'jsonwebtoken';

import { AppError } from '../errors';
import { signToken, verifyToken } from './jwt';

const settings = {
  secret: 'a-test-secret-that-is-long-enough-1234',
  ttlSeconds: 60,
};

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return undefined;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('signToken and verifyToken', () => {
  it('round-trips the user id and reports the expiry', () => {
    const now = new Date('2026-12-03T00:00:00Z');
    const { token, expiresAt } = signToken(42, settings, now);

    expect(expiresAt.toISOString()).toBe('2026-12-03T00:01:00.000Z');
    expect(jwt.decode(token, { complete: true })?.header.alg).toBe('HS256');
    expect(verifyToken(signToken(42, settings).token, settings)).toBe(42);
  });

  it('answers token_expired for a token past its expiry', () => {
    const past = new Date(Date.now() - 3600 * 1000);
    const { token } = signToken(42, settings, past);

    expect(codeOf(() => verifyToken(token, settings))).toBe('token_expired');
  });

  it('refuses a token signed with another secret', () => {
    const other = {
      ...settings,
      secret: 'another-secret-that-is-long-enough-99',
    };
    const { token } = signToken(42, other);

    expect(codeOf(() => verifyToken(token, settings))).toBe('token_invalid');
  });

  it('refuses an unsigned alg-none token', () => {
    const exp = Math.floor(Date.now() / 1000) + 60;
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
      sub: '42',
      exp,
    })}.`;

    expect(codeOf(() => verifyToken(token, settings))).toBe('token_invalid');
  });

  it('refuses a token signed with another HMAC algorithm', () => {
    const token = jwt.sign({ sub: '42' }, settings.secret, {
      algorithm: 'HS512',
      expiresIn: 60,
    });

    expect(codeOf(() => verifyToken(token, settings))).toBe('token_invalid');
  });

  it('refuses a validly signed token that never expires', () => {
    const token = jwt.sign({ sub: '42' }, settings.secret, {
      algorithm: 'HS256',
    });

    expect(codeOf(() => verifyToken(token, settings))).toBe('token_invalid');
  });

  it('refuses a signed subject that is not a plain decimal id', () => {
    const exp = Math.floor(Date.now() / 1000) + 60;
    for (const sub of ['0x2a', '42.0', '4.2e1', ' 42', '-42', '0']) {
      const token = jwt.sign({ sub, exp }, settings.secret, {
        algorithm: 'HS256',
      });
      expect(codeOf(() => verifyToken(token, settings))).toBe('token_invalid');
    }
  });

  it('refuses a tampered payload and a token that is not a JWT', () => {
    const { token } = signToken(42, settings);
    const [header, , signature] = token.split('.');
    const exp = Math.floor(Date.now() / 1000) + 60;
    const forged = `${header}.${base64url({ sub: '1', exp })}.${signature}`;

    expect(codeOf(() => verifyToken(forged, settings))).toBe('token_invalid');
    expect(codeOf(() => verifyToken('not-a-token', settings))).toBe(
      'token_invalid',
    );
  });

  it('refuses a token verified before once it has expired', () => {
    const issued = new Date('2026-12-03T00:00:00Z');
    const { token } = signToken(42, settings, issued);
    const at = (seconds: number) => new Date(issued.getTime() + seconds * 1000);

    expect(verifyToken(token, settings, at(59))).toBe(42);
    expect(codeOf(() => verifyToken(token, settings, at(60)))).toBe(
      'token_expired',
    );
    expect(codeOf(() => verifyToken(token, settings, at(61)))).toBe(
      'token_expired',
    );
  });

  it('refuses a token verified before under another secret', () => {
    const { token } = signToken(42, settings);
    const other = {
      ...settings,
      secret: 'a-third-secret-that-is-long-enough-5678',
    };

    expect(verifyToken(token, settings)).toBe(42);
    expect(codeOf(() => verifyToken(token, other))).toBe('token_invalid');
  });
});
