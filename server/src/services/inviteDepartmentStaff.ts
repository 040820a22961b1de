// The credit office invites a department's staff member with a one-time
// code; whoever redeems it acts for the department (acceptStaffInvite).
import type { StaffInviteView } from '@creditplus/shared';

import type { Database } from '../db/database';
import { AppError } from '../errors';
import { issueStaffInvite } from './issueStaffInvite';

export async function inviteDepartmentStaff(
  db: Database,
  departmentId: number,
  officeUserId: number,
  now: Date = new Date(),
): Promise<StaffInviteView> {
  const department = await db.models.Department.findByPk(departmentId);
  if (department === null) throw new AppError('department_not_found');
  return issueStaffInvite(db, { departmentId }, officeUserId, now);
}
