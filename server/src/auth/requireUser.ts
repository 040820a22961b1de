// Guards for routes: a valid bearer token of an existing user, and on top
// of it a subject, merchant or department the user acts for, or the
// credit office. They hand on to the next middleware's promise rather
// than awaiting it: every signed-in request passes through them.
import type { Middleware, Next } from 'koa';

import type { Cache } from '../cache/cache';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import type { AppContext, AppState, AuthUser } from '../http/state';
import { authUserEntries, loadAuthUser } from './authUserCache';
import { verifyToken } from './jwt';

export interface AuthDeps {
  config: Pick<Config, 'jwt'>;
  db: Database;
  cache: Cache;
}

export function requireUser(deps: AuthDeps): Middleware<AppState> {
  const entries = authUserEntries(deps.cache);
  const admit = (ctx: AppContext, user: AuthUser | null, next: Next) => {
    // A token outliving its account (deleted user) is as good as forged.
    if (!user) throw new AppError('token_invalid');
    ctx.state.user = user;
    return next();
  };

  return (ctx, next) => {
    const userId = bearerUserId(ctx, deps.config.jwt);
    // Role and bindings come from the user row, cached, not from the
    // token: they must change at the next request, not at token expiry.
    // This process's copy, when it has one, answers without a promise.
    const near = entries.near(userId);
    if (near !== undefined) return admit(ctx, near, next);
    return loadAuthUser(deps, userId).then((user) => admit(ctx, user, next));
  };
}

/** The user id of the request's valid bearer token; throws a 401 else. */
export function bearerUserId(
  ctx: { get(field: string): string },
  settings: Config['jwt'],
): number {
  const header = ctx.get('Authorization');
  if (header === '') throw new AppError('unauthenticated');
  // An HTTP scheme name is read without regard to letter case.
  const match = /^Bearer ([^\s]+)$/i.exec(header);
  if (!match) throw new AppError('token_invalid');
  return verifyToken(match[1], settings);
}

/** After requireUser: the user must act for a subject. */
export function requireSubject(): Middleware<AppState> {
  return (ctx, next) => {
    if (ctx.state.user?.subjectId == null) throw new AppError('no_subject');
    return next();
  };
}

/** After requireUser: the user must be staff of a merchant. */
export function requireMerchant(): Middleware<AppState> {
  return (ctx, next) => {
    if (ctx.state.user?.merchantId == null) {
      throw new AppError('not_merchant_staff');
    }
    return next();
  };
}

/** After requireUser: the user must be staff of a department. */
export function requireDepartment(): Middleware<AppState> {
  return (ctx, next) => {
    if (ctx.state.user?.departmentId == null) {
      throw new AppError('not_department_staff');
    }
    return next();
  };
}

/** After requireUser: the user must work for the credit office. */
export function requireOffice(): Middleware<AppState> {
  return (ctx, next) => {
    if (ctx.state.user?.role !== 'office') throw new AppError('not_office');
    return next();
  };
}

/** The signed-in user of a route behind requireUser. */
export function currentUser(ctx: { state: AppState }): AuthUser {
  if (!ctx.state.user) throw new AppError('unauthenticated');
  return ctx.state.user;
}
