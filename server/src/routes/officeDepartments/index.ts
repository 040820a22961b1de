// The credit office onboards the departments that hand credit data over
// and invites their staff, who then upload and push as the department.
import Router from '@koa/router';
import { z } from 'zod';

import type { AppDeps } from '../../app';
import {
  currentUser,
  requireOffice,
  requireUser,
} from '../../auth/requireUser';
import { idParam } from '../../http/idParam';
import { parseBody } from '../../http/parseBody';
import type { AppState } from '../../http/state';
import { inviteDepartmentStaff } from '../../services/inviteDepartmentStaff';
import { listDepartments } from '../../services/listDepartments';
import { registerDepartment } from '../../services/registerDepartment';

// The USCC's own check (parseUscc) tells a wrong code from an ID number.
const departmentBody = z.strictObject({
  name: z.string().trim().min(2).max(100),
  uscc: z.string().trim().min(1).max(40),
});

export function officeDepartmentsRouter(deps: AppDeps): Router<AppState> {
  const router = new Router<AppState>();
  const guard = [requireUser(deps), requireOffice()];

  router.get('/api/office/departments', ...guard, async (ctx) => {
    ctx.body = await listDepartments(deps.db);
  });

  router.post('/api/office/departments', ...guard, async (ctx) => {
    const department = await registerDepartment(
      deps.db,
      parseBody(departmentBody, ctx),
    );
    ctx.state.log.info({ departmentId: department.id }, 'department added');
    ctx.status = 201;
    ctx.body = department;
  });

  router.post('/api/office/departments/:id/invites', ...guard, async (ctx) => {
    const departmentId = idParam(ctx.params.id, 'department_not_found');
    parseBody(z.strictObject({}), ctx);
    ctx.status = 201;
    ctx.body = await inviteDepartmentStaff(
      deps.db,
      departmentId,
      currentUser(ctx).id,
    );
  });
  return router;
}
