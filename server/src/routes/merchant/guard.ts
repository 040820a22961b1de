import type { Middleware } from 'koa';

import type { AppState } from '../../http/state';

/** The middlewares in front of every merchant route. */
export type Guard = Middleware<AppState>[];
