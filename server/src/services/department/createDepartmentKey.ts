// Creates an API key for a department's signed pushes. The secret is in
// this answer only; the server keeps it sealed. Rotating a key is creating
// a new one, switching the sending system over, then revoking the old one.
import type { DepartmentKeyView } from '@creditplus/shared';

import type { Database } from '../../db/database';
import { newKeyId, newSecret, sealSecret } from '../../domain/keySecret';
import { toKeyView } from './departmentKeyView';

export async function createDepartmentKey(
  deps: { db: Database; dataKey: Buffer },
  departmentId: number,
  createdByUserId: number,
): Promise<DepartmentKeyView> {
  const secret = newSecret();
  const key = await deps.db.models.DepartmentKey.create({
    departmentId,
    keyId: newKeyId(),
    secretCipher: sealSecret(secret, deps.dataKey),
    createdByUserId,
    revokedAt: null,
  });
  return { ...toKeyView(key), secret };
}
