// Who looked at a subject's grade, when and why, newest first. The staff
// member is shown masked: the subject learns which merchant looked and
// can tell colleagues apart, not their full names.
import { maskName, QueryLogEntry } from '@creditplus/shared';

import type { Database } from '../db/database';

const LIMIT = 200;

export async function listQueryLog(
  db: Database,
  subjectId: number,
): Promise<QueryLogEntry[]> {
  const { QueryLog, Merchant, User } = db.models;
  const looks = await QueryLog.findAll({
    where: { subjectId },
    order: [['id', 'DESC']],
    limit: LIMIT,
  });
  const merchants = await Merchant.findAll({
    where: { id: [...new Set(looks.map((l) => l.merchantId))] },
  });
  const viewers = await User.findAll({
    where: { id: [...new Set(looks.map((l) => l.viewerUserId))] },
  });
  const merchantOf = new Map(merchants.map((m) => [m.id, m]));
  const viewerOf = new Map(viewers.map((u) => [u.id, u]));
  return looks.map((look) => {
    const merchant = merchantOf.get(look.merchantId)!;
    const viewer = viewerOf.get(look.viewerUserId);
    return {
      id: look.id,
      merchant: { id: merchant.id, name: merchant.name },
      viewer: viewer ? maskName(viewer.displayName) : '',
      purpose: look.purpose,
      at: look.createdAt.toISOString(),
    };
  });
}
