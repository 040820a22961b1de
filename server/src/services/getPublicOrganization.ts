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

// Far more than any organization of the demo city holds; a public page
// that needs more would page them.
const MAX_RECORDS = 200;
const PUBLIC_TYPES: RecordType[] = [
  'penalty',
  'license',
  'redlist',
  'blacklist',
];

export async function getPublicOrganization(
  deps: PublicQueryDeps,
  code: string,
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
  const records = await db.models.CreditRecord.findAll({
    // The rule of domain/disclosure.ts recordCounts, in SQL so the limit
    // applies to disclosed records only.
    where: {
      subjectId: subject.id,
      type: PUBLIC_TYPES,
      status: 'active',
      decisionDate: { [Op.lte]: today },
      disclosureEnd: { [Op.or]: [{ [Op.is]: null }, { [Op.gte]: today }] },
      severity: { [Op.or]: [{ [Op.is]: null }, { [Op.ne]: 'minor' }] },
    },
    order: [
      ['decisionDate', 'DESC'],
      ['id', 'DESC'],
    ],
    limit: MAX_RECORDS,
  });
  return {
    ...presentOrganization(subject, deps.dataKey),
    records: await presentRecords(db, records, today),
  };
}
