// Department staff upload files, list and revoke their records and manage
// API keys; the department's systems push signed rows.
import Router from '@koa/router';

import type { AppDeps } from '../../app';
import type { AppState } from '../../http/state';
import { addIntake } from './intake';
import { addDepartmentKeys } from './keys';
import { addDepartmentRecords } from './records';

export function departmentRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  addIntake(router, deps);
  addDepartmentRecords(router, deps);
  addDepartmentKeys(router, deps);
  return router;
}
