// Small factories: each test builds the data it needs. Persons get fake
// but valid ID numbers made from a counter, never real ones.
import {
  formatDate,
  residentIdCheckChar,
  RecordType,
  Severity,
  SubjectKind,
  usccCheckChar,
} from '@creditplus/shared';

import type { Database } from '../../src/db/database';
import type {
  CreditRecord,
  Merchant,
  Offer,
  Subject,
  User,
} from '../../src/db/models';
import { protectCode } from '../../src/domain/subjectCode';
import { testDataKey } from './dataKey';

let counter = 0;
const next = () => (counter += 1);

export function fakeIdNumber(): string {
  const n = next();
  const birth = formatDate(1960 + (n % 40), 1 + (n % 12), 1 + (n % 28));
  const first17 = `360404${birth.replace(/-/g, '')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export function fakeUscc(): string {
  const first17 = `91360404MA${String(next()).padStart(7, '0')}`;
  return first17 + usccCheckChar(first17);
}

export async function createSubject(
  db: Database,
  kind: SubjectKind = 'person',
  name = kind === 'person' ? '测试市民' : '测试企业有限公司',
): Promise<Subject> {
  const code = kind === 'person' ? fakeIdNumber() : fakeUscc();
  return db.models.Subject.create({
    kind,
    category: kind === 'person' ? 'person' : 'enterprise',
    name,
    region: '360404',
    ...protectCode(kind, code, testDataKey),
  });
}

export async function createRecord(
  db: Database,
  subject: Subject,
  attributes: Partial<{
    type: RecordType;
    severity: Severity | null;
    decisionDate: string;
    disclosureEnd: string | null;
  }> = {},
): Promise<CreditRecord> {
  const department = await db.models.Department.create({
    name: `测试部门${next()}`,
    uscc: null,
  });
  return db.models.CreditRecord.create({
    subjectId: subject.id,
    departmentId: department.id,
    type: 'penalty',
    docNumber: `测罚〔2026〕${next()}号`,
    title: '测试违法行为',
    category: '罚款',
    amountFen: 100_000,
    decisionDate: '2026-01-01',
    disclosureEnd: '2099-01-01',
    severity: 'general',
    status: 'active',
    payload: {},
    ...attributes,
  });
}

export async function createMerchant(db: Database): Promise<Merchant> {
  const subject = await createSubject(db, 'organization');
  return db.models.Merchant.create({
    subjectId: subject.id,
    name: subject.name,
  });
}

export async function createOffer(
  db: Database,
  attributes: Partial<Offer['_creationAttributes']> = {},
): Promise<Offer> {
  const merchantId = attributes.merchantId ?? (await createMerchant(db)).id;
  const now = Date.now();
  return db.models.Offer.create({
    title: '测试权益',
    description: '测试用',
    kind: 'deposit_waiver',
    scene: 'huimin',
    subjectKinds: ['person'],
    minGrade: 'B',
    quota: 10,
    perSubjectLimit: 1,
    valueFen: 20_000,
    validFrom: new Date(now - 86_400_000),
    validTo: new Date(now + 30 * 86_400_000),
    voucherTtlHours: 72,
    status: 'published',
    ...attributes,
    merchantId,
  });
}

export async function createUser(
  db: Database,
  attributes: Partial<User['_creationAttributes']> = {},
): Promise<User> {
  return db.models.User.create({
    login: null,
    openid: null,
    displayName: `测试用户${next()}`,
    subjectId: null,
    merchantId: null,
    role: 'citizen',
    ...attributes,
  });
}

/** An organization with its plain USCC, for tests that must type it. */
export async function createOrganization(
  db: Database,
  name = '测试商户有限公司',
): Promise<{ subject: Subject; uscc: string }> {
  const uscc = fakeUscc();
  const subject = await db.models.Subject.create({
    kind: 'organization',
    category: 'enterprise',
    name,
    region: '360404',
    ...protectCode('organization', uscc, testDataKey),
  });
  return { subject, uscc };
}
