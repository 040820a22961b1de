// What the department routes share: the staff guard and parameters.
import { z } from 'zod';

import type { AppDeps } from '../../app';
import {
  currentUser,
  requireDepartment,
  requireUser,
} from '../../auth/requireUser';
import type { AppState } from '../../http/state';

export const staffOnly = (deps: AppDeps) => [
  requireUser(deps),
  requireDepartment(),
];

/** The department of the signed-in staff member. */
export function staffDepartmentId(ctx: { state: AppState }): number {
  return currentUser(ctx).departmentId as number;
}

export const importSource = z.enum(['penalties', 'licenses', 'lists']);
