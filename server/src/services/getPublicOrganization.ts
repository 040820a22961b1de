// One organization's public page: its records inside their disclosure
// period (penalties, licenses, lists). Revoked, expired and minor records
// and those past their period are not disclosed, nor are record types
// outside the 双公示 and list families (an allow list, so a new private
// type stays private until someone decides otherwise).
import {
  parseUscc,
  PublicOrganizationDetail,
  RecordType,
  todayInShanghai,
} from '@creditplus/shared';
import { Op } from 'sequelize';

import { hashCode } from '../domain/subjectCode';
import { AppError } from '../errors';
import { presentRecords } from './recordView';
import { presentOrganization, PublicQueryDeps } from './searchOrganizations';

export const PUBLIC_PAGE_SIZE = 50;
const PUBLIC_TYPES: RecordType[] = [
  'penalty',
  'license',
  'redlist',
  'blacklist',
  'watchlist',
];

export async function getPublicOrganization(
  deps: PublicQueryDeps,
  code: string,
  page = 1,
  now: Date = new Date(),
): Promise<PublicOrganizationDetail> {
  const uscc = parseUscc(code);
  if (!uscc.ok) throw new AppError('invalid_uscc');
  const { db } = deps;
  const subject = await db.models.Subject.findOne({
    where: {
      kind: 'organization',
      codeHash: hashCode(uscc.value, deps.dataKey),
    },
  });
  if (subject === null) throw new AppError('not_found');

  const today = todayInShanghai(now);
  // The rule of domain/disclosure.ts recordCounts, in SQL so the page and
  // the counts take disclosed records only.
  const disclosed = {
    subjectId: subject.id,
    type: PUBLIC_TYPES,
    status: 'active',
    decisionDate: { [Op.lte]: today },
    disclosureEnd: { [Op.or]: [{ [Op.is]: null }, { [Op.gte]: today }] },
    severity: { [Op.or]: [{ [Op.is]: null }, { [Op.ne]: 'minor' }] },
  };
  const [records, byType] = await Promise.all([
    db.models.CreditRecord.findAll({
      where: disclosed,
      order: [
        ['decisionDate', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: PUBLIC_PAGE_SIZE,
      offset: (page - 1) * PUBLIC_PAGE_SIZE,
    }),
    db.models.CreditRecord.count({
      where: disclosed,
      group: ['type'],
    }) as unknown as Promise<{ type: RecordType; count: number }[]>,
  ]);
  const totals: Partial<Record<RecordType, number>> = {};
  for (const { type, count } of byType) totals[type] = Number(count);
  return {
    ...presentOrganization(subject, deps.dataKey),
    records: await presentRecords(db, records, today),
    page,
    pageSize: PUBLIC_PAGE_SIZE,
    total: Object.values(totals).reduce((sum, n) => sum + n, 0),
    totals,
  };
}
