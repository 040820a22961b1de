// Department staff and keys for the intake tests.
import { usccCheckChar } from '@creditplus/shared';

import type { Database } from '../../src/db/database';
import type { Department, User } from '../../src/db/models';

let counter = 0;

export async function createDepartment(
  db: Database,
  name = `测试监管局${(counter += 1)}`,
): Promise<Department> {
  const first17 = `11360400MB${String((counter += 1)).padStart(7, '0')}`;
  return db.models.Department.create({
    name,
    uscc: first17 + usccCheckChar(first17),
  });
}

export async function createStaff(
  db: Database,
  department: Department,
): Promise<User> {
  return db.models.User.create({
    login: null,
    openid: null,
    displayName: `部门员工${(counter += 1)}`,
    subjectId: null,
    merchantId: null,
    departmentId: department.id,
    role: 'department',
  });
}
