// What the department routes share: the staff guard and parameters.
import { z } from 'zod';

import type { AppDeps } from '../../app';
import {
  currentUser,
  requireDepartment,
  requireUser,
} from '../../auth/requireUser';
import type { AppError } from '../../errors';
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

/** A path parameter that must be a positive integer id, or 404. */
export function idParam(text: string | undefined, notFound: AppError): number {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound;
  return id;
}
