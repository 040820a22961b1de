// The demo city of docs/contract.md, seeded once into an empty database:
// the departments and subjects of seed/identities.json, the records of
// seed/*.csv through the import service, merchants, offers and the demo
// logins. The files are read from the server package itself.
import fs from 'node:fs';
import path from 'node:path';
import {
  OfferKind,
  OfferScene,
  parseResidentId,
  parseUscc,
  SubjectKind,
  UserRole,
} from '@creditplus/shared';

import type { Database } from '../db/database';
import type { Subject } from '../db/models';
import type { SubjectRef } from './import/parsedRecord';
import { findOrCreateDepartment } from './findOrCreateDepartment';
import { findOrCreateSubject } from './findOrCreateSubject';
import { importRecords, ImportSource } from './importRecords';

const seedDir = path.join(__dirname, '..', '..', 'seed');

interface Identities {
  persons: { name: string; idNumber: string }[];
  organizations: { name: string; uscc: string }[];
  departments: { name: string; uscc: string }[];
}

const IMPORTS: [ImportSource, string][] = [
  ['penalties', 'penalties.csv'],
  ['penalties', 'penalties-gbk.csv'],
  ['licenses', 'licenses.csv'],
  ['lists', 'lists.csv'],
];

const MARKET_REGULATION = '九江市市场监督管理局';

const MERCHANTS = {
  bike: '九江甘湖共享单车运营有限公司',
  library: '九江濂源图书有限公司',
  hotel: '九江濂江酒店管理有限公司',
  market: MARKET_REGULATION,
};
type MerchantKey = keyof typeof MERCHANTS;

interface DemoOffer {
  merchant: MerchantKey;
  title: string;
  description: string;
  kind: OfferKind;
  scene: OfferScene;
  subjectKinds: SubjectKind[];
  minGrade: string;
  quota: number;
  valueFen: number | null;
  /** A discount is an amount off (valueFen) or a percentage off. */
  discountPercent?: number;
}

const OFFERS: DemoOffer[] = [
  {
    merchant: 'library',
    title: '图书馆免押借阅',
    description: '信用等级 B 及以上的市民免交 200 元借书押金。',
    kind: 'deposit_waiver',
    scene: 'huimin',
    subjectKinds: ['person'],
    minGrade: 'B',
    quota: 500,
    valueFen: 20_000,
  },
  {
    merchant: 'bike',
    title: '共享单车免押骑行',
    description: '信用等级 A 及以上的市民免交 199 元骑行押金。',
    kind: 'deposit_waiver',
    scene: 'huimin',
    subjectKinds: ['person'],
    minGrade: 'A',
    quota: 300,
    valueFen: 19_900,
  },
  {
    merchant: 'hotel',
    title: '酒店住宿九折',
    description: '信用等级 AA 及以上的市民入住享九折优惠。',
    kind: 'discount',
    scene: 'huishang',
    subjectKinds: ['person'],
    minGrade: 'AA',
    quota: 100,
    valueFen: null,
    discountPercent: 10,
  },
  {
    merchant: 'market',
    title: '企业开办绿色通道',
    description:
      '信用等级 B 及以上的企业办理开办、变更登记容缺受理、优先办结。',
    kind: 'fast_track',
    scene: 'huiqi',
    subjectKinds: ['organization'],
    minGrade: 'B',
    quota: 200,
    valueFen: null,
  },
];

interface DemoUser {
  login: string;
  role: UserRole;
  displayName: string;
  subject?: string;
  merchant?: MerchantKey;
  department?: string;
}

const USERS: DemoUser[] = [
  {
    login: 'citizen',
    role: 'citizen',
    displayName: '吴明一',
    subject: '吴明一',
  },
  {
    login: 'citizen-blacklisted',
    role: 'citizen',
    displayName: '吕远琪',
    subject: '吕远琪',
  },
  {
    login: 'citizen-plain',
    role: 'citizen',
    displayName: '韩若晨',
    subject: '韩若晨',
  },
  {
    login: 'merchant-bike',
    role: 'merchant',
    displayName: '单车门店店员',
    merchant: 'bike',
  },
  {
    login: 'merchant-library',
    role: 'merchant',
    displayName: '图书馆馆员',
    merchant: 'library',
  },
  {
    login: 'merchant-hotel',
    role: 'merchant',
    displayName: '酒店前台',
    merchant: 'hotel',
  },
  {
    // The fast-track window redeems the enterprise's 绿色通道 vouchers.
    login: 'merchant-market',
    role: 'merchant',
    displayName: '政务服务窗口',
    merchant: 'market',
  },
  {
    login: 'enterprise',
    role: 'enterprise',
    displayName: '庐江建材经办人',
    subject: '九江庐江建材有限公司',
  },
  {
    login: 'office',
    role: 'office',
    displayName: '市信用办工作人员',
  },
  {
    login: 'department-market',
    role: 'department',
    displayName: '市场监管局数据员',
    department: MARKET_REGULATION,
  },
];

const VALIDITY_DAYS = 365;
const VOUCHER_TTL_HOURS = 72;

export async function seedDemoIfEmpty(
  db: Database,
  options: { dataKey: Buffer },
  log?: { info(message: string): void },
): Promise<boolean> {
  if ((await db.models.Subject.count()) > 0) return false;
  const identities = JSON.parse(
    fs.readFileSync(path.join(seedDir, 'identities.json'), 'utf8'),
  ) as Identities;
  const now = new Date();

  const subjects = new Map<string, Subject>();
  for (const department of identities.departments) {
    await findOrCreateDepartment(db, department);
  }
  for (const ref of subjectRefs(identities)) {
    subjects.set(ref.name, await findOrCreateSubject(db, ref, options.dataKey));
  }
  for (const [source, file] of IMPORTS) {
    const content = fs.readFileSync(path.join(seedDir, file));
    await importRecords({ db, dataKey: options.dataKey }, source, content, now);
  }

  const merchantIds = new Map<MerchantKey, number>();
  for (const [key, name] of Object.entries(MERCHANTS) as [
    MerchantKey,
    string,
  ][]) {
    const subject = subjects.get(name);
    if (subject === undefined) throw new Error(`no demo subject ${name}`);
    const merchant = await db.models.Merchant.create({
      subjectId: subject.id,
      name,
    });
    merchantIds.set(key, merchant.id);
  }

  const validTo = new Date(now.getTime() + VALIDITY_DAYS * 86_400_000);
  for (const { merchant, ...offer } of OFFERS) {
    await db.models.Offer.create({
      ...offer,
      merchantId: merchantIds.get(merchant) as number,
      perSubjectLimit: 1,
      validFrom: now,
      validTo,
      voucherTtlHours: VOUCHER_TTL_HOURS,
      status: 'published',
    });
  }

  for (const user of USERS) {
    const department = user.department
      ? await db.models.Department.findOne({ where: { name: user.department } })
      : null;
    await db.models.User.create({
      login: user.login,
      openid: null,
      displayName: user.displayName,
      role: user.role,
      subjectId: user.subject ? (subjects.get(user.subject)?.id ?? null) : null,
      merchantId: user.merchant
        ? (merchantIds.get(user.merchant) ?? null)
        : null,
      departmentId: department?.id ?? null,
    });
  }
  log?.info('seeded the demo city');
  return true;
}

// The market regulation bureau provides an offer, so it is a subject too.
function subjectRefs(identities: Identities): SubjectRef[] {
  const refs: SubjectRef[] = [];
  for (const person of identities.persons) {
    const id = parseResidentId(person.idNumber);
    if (!id.ok) throw new Error(`invalid demo ID number of ${person.name}`);
    refs.push({
      kind: 'person',
      category: 'person',
      code: id.value,
      name: person.name,
      region: id.region,
    });
  }
  const market = identities.departments.filter(
    (d) => d.name === MARKET_REGULATION,
  );
  for (const org of [...identities.organizations, ...market]) {
    const uscc = parseUscc(org.uscc);
    if (!uscc.ok) throw new Error(`invalid demo USCC of ${org.name}`);
    refs.push({
      kind: 'organization',
      category: uscc.category,
      code: uscc.value,
      name: org.name,
      region: uscc.region,
    });
  }
  return refs;
}
