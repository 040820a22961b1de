// The records a department handed over, newest first, searchable by
// document number or title, a page at a time.
import { CreditRecordView, Page, todayInShanghai } from '@creditplus/shared';
import { Op, WhereOptions } from 'sequelize';

import type { Database } from '../../db/database';
import type { CreditRecord } from '../../db/models';
import { toRecordView } from '../recordView';

export const RECORDS_PAGE_SIZE = 20;

export async function listDepartmentRecords(
  db: Database,
  departmentId: number,
  query: { q?: string; page: number },
  now: Date = new Date(),
): Promise<Page<CreditRecordView>> {
  const department = await db.models.Department.findByPk(departmentId, {
    rejectOnEmpty: true,
  });
  const where: WhereOptions<CreditRecord> = { departmentId };
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    Object.assign(where, {
      [Op.or]: [
        { docNumber: { [Op.like]: like } },
        { title: { [Op.like]: like } },
      ],
    });
  }
  const { rows, count } = await db.models.CreditRecord.findAndCountAll({
    where,
    order: [
      ['decisionDate', 'DESC'],
      ['id', 'DESC'],
    ],
    limit: RECORDS_PAGE_SIZE,
    offset: (query.page - 1) * RECORDS_PAGE_SIZE,
  });
  const today = todayInShanghai(now);
  return {
    items: rows.map((r) => toRecordView(r, department.name, today)),
    page: query.page,
    pageSize: RECORDS_PAGE_SIZE,
    total: count,
  };
}
