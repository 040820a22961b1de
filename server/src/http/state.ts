// What the middlewares put on ctx.state, typed once for every handler.
import type { ParameterizedContext } from 'koa';

import type { Logger } from '../log/logger';
import type { UserRole } from '@creditplus/shared';

export interface AuthUser {
  id: number;
  role: UserRole;
  subjectId: number | null;
  merchantId: number | null;
  departmentId: number | null;
}

export interface AppState {
  requestId: string;
  /** The request's logger, bound to its request id. */
  log: Logger;
  /** Set by requireUser. */
  user?: AuthUser;
  /** Set by verifySignature: the department key a push was signed with. */
  pushKey?: { keyId: string; departmentId: number };
}

export type AppContext = ParameterizedContext<AppState>;
