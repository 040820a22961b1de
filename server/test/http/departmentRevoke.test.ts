import type { Department } from '../../src/db/models';
import { recordAuditTrail } from '../../src/services/recordAuditTrail';
import { revealCode } from '../../src/domain/subjectCode';
import { createOffer, createRecord, createSubject } from '../factories';
import { testDataKey } from '../factories/dataKey';
import { createDepartment, createStaff } from '../factories/department';
import { useTestApp } from '../support/app';

const header =
  '行政相对人名称,行政相对人类别,行政相对人代码_1(统一社会信用代码),行政处罚决定书文号,处罚类别,罚款金额(万元),处罚决定日期,处罚机关';
// 20 万元 without a disclosure end: a serious penalty.
const file = Buffer.from(
  `${header}\n九江撤销测试有限公司,法人及非法人组织,913604822EH5JU5RX6,撤罚〔2026〕1号,罚款,20,2026-11-02,九江市市场监督管理局\n`,
);

describe('POST /api/department/records/:id/revoke', () => {
  const testApp = useTestApp();
  let department: Department;
  let staffAuth: string;
  let agentAuth: string;
  let recordId: number;
  let offerId: number;

  beforeAll(async () => {
    const { db } = testApp().deps;
    // The department that took the decision the upload carries.
    department = await createDepartment(db, '九江市市场监督管理局');
    staffAuth = testApp().authFor(await createStaff(db, department));
    const upload = await testApp()
      .request()
      .post('/api/department/uploads')
      .set('Authorization', staffAuth)
      .field('source', 'penalties')
      .attach('file', file, 'p.csv');
    expect(upload.body.counts.created).toBe(1);
    const record = await db.models.CreditRecord.findOne({
      where: { departmentId: department.id },
    });
    recordId = record!.id;
    agentAuth = (
      await testApp().createUser({
        role: 'enterprise',
        subjectId: record!.subjectId,
      })
    ).auth;
    offerId = (
      await createOffer(db, { subjectKinds: ['organization'], minGrade: 'B' })
    ).id;
  });

  const rating = () =>
    testApp().request().get('/api/me/rating').set('Authorization', agentAuth);
  const eligibility = async () => {
    const offers = await testApp()
      .request()
      .get('/api/offers')
      .set('Authorization', agentAuth);
    return offers.body.find((o: { id: number }) => o.id === offerId).eligibility
      .eligible;
  };
  const revoke = (auth: string, id: number | string = recordId) =>
    testApp()
      .request()
      .post(`/api/department/records/${id}/revoke`)
      .set('Authorization', auth)
      .send({ reason: '行政复议撤销原处罚决定' });

  it('refuses staff of another department with 403', async () => {
    const { db } = testApp().deps;
    const other = testApp().authFor(
      await createStaff(db, await createDepartment(db)),
    );
    const response = await revoke(other);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('not_source_department');
  });

  it('shows the new score and eligibility on the very next read', async () => {
    const before = await rating();
    expect(before.body.score).toBeLessThan(650);
    expect(await eligibility()).toBe(false);

    const response = await revoke(staffAuth);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'revoked', counts: false });

    const after = await rating();
    expect(after.body.score).toBeGreaterThan(before.body.score);
    expect(await eligibility()).toBe(true);
  });

  it('audits who revoked, why, and what the record was', async () => {
    const audit = await testApp().deps.db.models.RecordAudit.findOne({
      where: { recordId, action: 'revoke' },
    });
    expect(audit).toMatchObject({
      reason: '行政复议撤销原处罚决定',
      before: expect.objectContaining({ status: 'active' }),
      after: expect.objectContaining({ status: 'revoked' }),
    });
    expect(audit?.actor).toMatch(/^user:\d+$/);
  });

  it('keeps the trail: the upload that created the record, then the revocation', async () => {
    const trail = await recordAuditTrail(testApp().deps.db, recordId);
    expect(trail).toMatchObject([
      {
        action: 'create',
        actor: expect.stringMatching(/^user:\d+$/),
        before: null,
        after: expect.objectContaining({
          status: 'active',
          amountFen: 20_000_000,
        }),
      },
      {
        action: 'revoke',
        after: expect.objectContaining({ status: 'revoked' }),
      },
    ]);
    expect(trail[0].at.getTime()).toBeLessThanOrEqual(trail[1].at.getTime());
  });

  it('answers 409 for a second revocation and 404 for no record', async () => {
    expect((await revoke(staffAuth)).body.error.code).toBe(
      'record_already_revoked',
    );
    const missing = await revoke(staffAuth, 999_999);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('record_not_found');
    // Only plain decimal ids name a record: not another spelling of it.
    for (const loose of [`0x${recordId.toString(16)}`, `${recordId}.0`]) {
      const answer = await revoke(staffAuth, loose);
      expect([answer.status, answer.body.error.code]).toEqual([
        404,
        'record_not_found',
      ]);
    }
  });

  it('lists the department’s records, searchable', async () => {
    const response = await testApp()
      .request()
      .get('/api/department/records?q=撤罚&page=1')
      .set('Authorization', staffAuth);
    expect(response.body).toMatchObject({ page: 1, pageSize: 20, total: 1 });
    expect(response.body.items[0]).toMatchObject({
      id: recordId,
      status: 'revoked',
      department: department.name,
      subject: {
        kind: 'organization',
        name: '九江撤销测试有限公司',
        code: '913604822EH5JU5RX6',
      },
    });
  });

  it('finds records by the subject’s name or whole code; persons masked', async () => {
    const { db } = testApp().deps;
    const person = await createSubject(db, 'person', '韩雨晨');
    const record = await createRecord(db, person);
    await record.update({ departmentId: department.id });
    const idNumber = revealCode(person.codeCipher, testDataKey);
    const search = async (q: string) => {
      const response = await testApp()
        .request()
        .get(`/api/department/records?q=${encodeURIComponent(q)}`)
        .set('Authorization', staffAuth);
      expect(response.status).toBe(200);
      return response.body.items.map((item: { id: number }) => item.id);
    };

    expect(await search('撤销测试')).toEqual([recordId]);
    // Lower case and full width read as the code they spell.
    expect(await search('９１３６０４８２２eh5ju5rx6')).toEqual([recordId]);
    expect(await search(idNumber)).toEqual([record.id]);
    expect(await search(idNumber.slice(0, 10))).toEqual([]);

    const [listed] = (
      await testApp()
        .request()
        .get('/api/department/records?q=雨晨')
        .set('Authorization', staffAuth)
    ).body.items;
    expect(listed.subject).toEqual({
      kind: 'person',
      name: '韩*晨',
      code: person.codeMasked,
    });
    expect(JSON.stringify(listed)).not.toContain(idNumber);
  });

  it('says which query value it refused', async () => {
    const response = await testApp()
      .request()
      .get('/api/department/records?page=0&utm_source=x')
      .set('Authorization', staffAuth);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'validation_failed',
      details: { fields: [{ path: 'page' }] },
    });
  });
});
