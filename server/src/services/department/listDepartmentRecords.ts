// The records a department handed over, newest first, a page at a time,
// each with the subject it concerns. Searchable by document number, title,
// part of the subject's name, or the subject's whole code (found through
// its keyed hash, as the code itself is stored encrypted).
import {
  DepartmentRecordView,
  maskName,
  Page,
  todayInShanghai,
  toHalfWidth,
} from '@creditplus/shared';
import { Op, WhereOptions } from 'sequelize';

import type { Database } from '../../db/database';
import type { CreditRecord, Subject } from '../../db/models';
import { hashCode } from '../../domain/subjectCode';
import { toRecordView } from '../recordView';

export const RECORDS_PAGE_SIZE = 20;

export async function listDepartmentRecords(
  deps: { db: Database; dataKey: Buffer },
  departmentId: number,
  query: { q?: string; page: number },
  now: Date = new Date(),
): Promise<Page<DepartmentRecordView>> {
  const { db } = deps;
  const department = await db.models.Department.findByPk(departmentId, {
    rejectOnEmpty: true,
  });
  const where: WhereOptions<CreditRecord> = { departmentId };
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const code = toHalfWidth(query.q).trim().toUpperCase();
    const { sequelize } = db;
    const subjects = sequelize.literal(
      `(SELECT id FROM subjects WHERE name LIKE ${sequelize.escape(like)}` +
        ` OR code_hash = ${sequelize.escape(hashCode(code, deps.dataKey))})`,
    );
    Object.assign(where, {
      [Op.or]: [
        { docNumber: { [Op.like]: like } },
        { title: { [Op.like]: like } },
        { subjectId: { [Op.in]: subjects } },
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
  const subjects = await db.models.Subject.findAll({
    where: { id: [...new Set(rows.map((r) => r.subjectId))] },
  });
  const subjectOf = new Map(subjects.map((s) => [s.id, s]));
  const today = todayInShanghai(now);
  return {
    items: rows.map((r) => ({
      ...toRecordView(r, department.name, today),
      subject: presentSubject(subjectOf.get(r.subjectId)!),
    })),
    page: query.page,
    pageSize: RECORDS_PAGE_SIZE,
    total: count,
  };
}

function presentSubject(subject: Subject): DepartmentRecordView['subject'] {
  return {
    kind: subject.kind,
    name: subject.kind === 'person' ? maskName(subject.name) : subject.name,
    code: subject.codeMasked,
  };
}
