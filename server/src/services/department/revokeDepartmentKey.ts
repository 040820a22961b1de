// Revokes one of the department's own keys; pushes signed with it are
// refused from then on. Revoking a revoked key changes nothing.
import type { DepartmentKeyView } from '@creditplus/shared';

import type { Database } from '../../db/database';
import { AppError } from '../../errors';
import { toKeyView } from './departmentKeyView';

export async function revokeDepartmentKey(
  db: Database,
  departmentId: number,
  keyId: string,
  now: Date = new Date(),
): Promise<DepartmentKeyView> {
  // Another department's key is answered as unknown, not as forbidden, so
  // key ids cannot be probed.
  const key = await db.models.DepartmentKey.findOne({
    where: { keyId, departmentId },
  });
  if (key === null) throw new AppError('key_not_found');
  if (key.revokedAt === null) await key.update({ revokedAt: now });
  return toKeyView(key);
}
