// A department's API keys, newest first, revoked ones included so staff
// can see what rotation left behind.
import type { DepartmentKeyView } from '@creditplus/shared';

import type { Database } from '../../db/database';
import { toKeyView } from './departmentKeyView';

export async function listDepartmentKeys(
  db: Database,
  departmentId: number,
): Promise<DepartmentKeyView[]> {
  const keys = await db.models.DepartmentKey.findAll({
    where: { departmentId },
    order: [['id', 'DESC']],
  });
  return keys.map(toKeyView);
}
