// The per-request ctx.state. Its logger is bound to the request id, but
// only made when something logs: binding a pino child costs a good part of
// a fast request, and most requests log only their request line, which
// carries the id itself.
import type { Logger } from '../log/logger';
import type { AppState, AuthUser } from './state';

export class RequestState implements AppState {
  user?: AuthUser;
  pushKey?: AppState['pushKey'];
  private bound: Logger | undefined;

  constructor(
    private readonly root: Logger,
    readonly requestId: string,
  ) {}

  get log(): Logger {
    this.bound ??= this.root.child({ requestId: this.requestId });
    return this.bound;
  }
}
