// The departments the credit office has onboarded or imports have met,
// by name, each with how many staff accounts act for it.
import type { DepartmentView } from '@creditplus/shared';
import { Op, type WhereOptions } from 'sequelize';

import type { Database } from '../db/database';
import type { Department, User } from '../db/models';

export async function listDepartments(db: Database): Promise<DepartmentView[]> {
  const departments = await db.models.Department.findAll({
    order: [['name', 'ASC']],
  });
  return presentDepartments(db, departments);
}

export async function presentDepartments(
  db: Database,
  departments: Department[],
): Promise<DepartmentView[]> {
  if (departments.length === 0) return [];
  const staff: WhereOptions<User> = {
    role: 'department',
    departmentId: { [Op.in]: departments.map((d) => d.id) },
  };
  const counts = (await db.models.User.count({
    where: staff,
    group: ['departmentId'],
  })) as unknown as { departmentId: number; count: number }[];
  const byDepartment = new Map(
    counts.map(({ departmentId, count }) => [departmentId, Number(count)]),
  );

  return departments.map((department) => ({
    id: department.id,
    name: department.name,
    uscc: department.uscc,
    staff: byDepartment.get(department.id) ?? 0,
  }));
}
