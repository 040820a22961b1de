// MerchantView bodies, with the organization behind each merchant.
import type { MerchantView } from '@creditplus/shared';

import type { Database } from '../db/database';
import type { Merchant } from '../db/models';

export async function presentMerchants(
  db: Database,
  merchants: Merchant[],
): Promise<MerchantView[]> {
  const subjects = await db.models.Subject.findAll({
    where: { id: merchants.map((m) => m.subjectId) },
  });
  const subjectOf = new Map(subjects.map((s) => [s.id, s]));
  return merchants.map((merchant) => {
    const subject = subjectOf.get(merchant.subjectId)!;
    return {
      id: merchant.id,
      name: merchant.name,
      status: merchant.status,
      reviewReason: merchant.reviewReason ?? null,
      reviewedAt: merchant.reviewedAt?.toISOString() ?? null,
      subject: {
        id: subject.id,
        kind: subject.kind,
        name: subject.name,
        codeMasked: subject.codeMasked,
      },
      createdAt: merchant.createdAt.toISOString(),
    };
  });
}
