// What a user sees of their own account: the subject they act for (its code
// only masked) and the merchant or department they work for.
import type { UserProfile } from '@creditplus/shared';

import type { Database } from '../db/database';
import type { User } from '../db/models';

export async function loadUserProfile(
  db: Database,
  user: User,
): Promise<UserProfile> {
  const departmentId = user.departmentId ?? null;
  const [subject, merchant, department] = await Promise.all([
    user.subjectId === null ? null : db.models.Subject.findByPk(user.subjectId),
    user.merchantId === null
      ? null
      : db.models.Merchant.findByPk(user.merchantId),
    departmentId === null ? null : db.models.Department.findByPk(departmentId),
  ]);

  return {
    id: user.id,
    displayName: user.displayName,
    role: user.role,
    subject: subject && {
      id: subject.id,
      kind: subject.kind,
      name: subject.name,
      codeMasked: subject.codeMasked,
    },
    merchant: merchant && { id: merchant.id, name: merchant.name },
    department: department && { id: department.id, name: department.name },
  };
}
