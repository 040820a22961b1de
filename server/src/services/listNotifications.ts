// What the platform told a subject, newest first.
import type { NotificationView } from '@creditplus/shared';

import type { Database } from '../db/database';

const LIMIT = 100;

export async function listNotifications(
  db: Database,
  subjectId: number,
): Promise<NotificationView[]> {
  const rows = await db.models.Notification.findAll({
    where: { subjectId },
    order: [['id', 'DESC']],
    limit: LIMIT,
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    recordId: row.recordId,
    createdAt: row.createdAt.toISOString(),
  }));
}
