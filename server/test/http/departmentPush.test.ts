import { randomBytes } from 'node:crypto';

import type { Department } from '../../src/db/models';
import { signPush } from '../../src/domain/pushSignature';
import { createDepartment, createStaff } from '../factories/department';
import { useTestApp } from '../support/app';

const PATH = '/api/department/push/penalties';

const row = (doc: string) => ({
  行政相对人名称: '九江浔泉商贸有限公司',
  行政相对人类别: '法人及非法人组织',
  '行政相对人代码_1(统一社会信用代码)': '913604822EH5JU5RX6',
  行政处罚决定书文号: doc,
  处罚类别: '罚款',
  '罚款金额(万元)': 1.5,
  处罚决定日期: '2026-02-28T16:05:00Z',
  处罚机关: '九江市市场监督管理局',
});

interface Signing {
  keyId: string;
  secret: string;
  timestamp?: number;
  nonce?: string;
  path?: string;
  /** Sent instead of the right signature. */
  signature?: string;
}

describe('signed push and department keys', () => {
  const testApp = useTestApp();
  let department: Department;
  let auth: string;

  beforeAll(async () => {
    const { db } = testApp().deps;
    department = await createDepartment(db, '九江市市场监督管理局');
    auth = testApp().authFor(await createStaff(db, department));
  });

  const createKey = async () => {
    const response = await testApp()
      .request()
      .post('/api/department/keys')
      .set('Authorization', auth)
      .send({});
    expect(response.status).toBe(201);
    return response.body as { keyId: string; secret: string };
  };

  const push = (body: unknown, signing: Signing) => {
    const text = JSON.stringify(body);
    const timestamp = String(
      signing.timestamp ?? Math.floor(Date.now() / 1000),
    );
    const nonce = signing.nonce ?? randomBytes(12).toString('hex');
    const signature =
      signing.signature ??
      signPush(
        {
          method: 'POST',
          path: signing.path ?? PATH,
          timestamp,
          nonce,
          body: Buffer.from(text),
        },
        signing.secret,
      );
    return testApp()
      .request()
      .post(PATH)
      .set('Content-Type', 'application/json')
      .set('X-Key-Id', signing.keyId)
      .set('X-Timestamp', timestamp)
      .set('X-Nonce', nonce)
      .set('X-Signature', signature)
      .send(text);
  };
  const stored = () => testApp().deps.db.models.CreditRecord.count();

  it('imports signed rows as the key’s department', async () => {
    const key = await createKey();
    const response = await push({ rows: [row('推-1')] }, key);

    expect(response.status).toBe(200);
    expect(response.body.counts).toMatchObject({ created: 1 });
    const record = await testApp().deps.db.models.CreditRecord.findOne({
      where: { docNumber: '推-1' },
    });
    expect(record).toMatchObject({
      departmentId: department.id,
      decisionDate: '2026-03-01',
    });
  });

  it('takes a row that leaves out the keys it has no value for', async () => {
    const key = await createKey();
    // A person: no USCC key at all; a row that needs one still says so.
    const person = Object.fromEntries(
      Object.entries({ ...row('推-10'), 行政相对人类别: '自然人' }).filter(
        ([column]) => column !== '行政相对人代码_1(统一社会信用代码)',
      ),
    );
    const { 处罚机关: _authority, ...noAuthority } = row('推-11');
    const response = await push(
      {
        rows: [
          {
            ...person,
            证件号码: '360430195708142130',
            行政相对人名称: '测试市民',
          },
          noAuthority,
        ],
      },
      key,
    );
    expect(response.status).toBe(200);
    expect(response.body.outcomes).toEqual(['created', 'rejected']);
    expect(response.body.problems).toEqual([
      expect.objectContaining({
        row: 2,
        code: 'missing_value',
        column: '处罚机关',
      }),
    ]);
  });

  it('refuses a replayed nonce and stores nothing', async () => {
    const key = await createKey();
    const nonce = randomBytes(16).toString('hex');
    expect(
      (await push({ rows: [row('推-2')] }, { ...key, nonce })).status,
    ).toBe(200);
    const before = await stored();

    const replay = await push({ rows: [row('推-3')] }, { ...key, nonce });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('signature_replayed');
    expect(await stored()).toBe(before);
  });

  it('refuses a timestamp more than 300 s off and stores nothing', async () => {
    const key = await createKey();
    const before = await stored();
    const stale = Math.floor(Date.now() / 1000) - 301;

    const response = await push(
      { rows: [row('推-4')] },
      { ...key, timestamp: stale },
    );
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('signature_stale');
    expect(await stored()).toBe(before);
    const nonces = await testApp().deps.db.models.PushNonce.count({
      where: { keyId: key.keyId },
    });
    expect(nonces).toBe(0);
  });

  it.each([
    ['another secret', { secret: 'not-the-secret' }],
    ['another path', { path: '/api/department/push/lists' }],
    ['an unknown key', { keyId: 'dk_000000000000000000000000' }],
  ])(
    'refuses a signature with %s and stores nothing',
    async (_name, change) => {
      const key = await createKey();
      const before = await stored();

      const response = await push(
        { rows: [row('推-5')] },
        { ...key, ...change },
      );
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('signature_invalid');
      expect(await stored()).toBe(before);
    },
  );

  it.each([
    ['a short nonce', { nonce: 'abc123' }],
    ['a nonce with a space', { nonce: 'abcdefgh ijklmnop' }],
    ['a timestamp in milliseconds', { timestamp: Date.now() }],
    ['a timestamp that is no number', { timestamp: 'yesterday' as never }],
    ['a signature that is not hex', { signature: 'z'.repeat(64) }],
    ['a signature one byte short', { signature: 'ab'.repeat(31) }],
  ])('refuses %s as malformed and stores nothing', async (_name, change) => {
    const key = await createKey();
    const before = await stored();
    const response = await push({ rows: [row('推-9')] }, { ...key, ...change });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('signature_malformed');
    expect(response.body.error.message).toContain('X-Nonce');
    expect(await stored()).toBe(before);
  });

  it('refuses a body changed after signing', async () => {
    const key = await createKey();
    const nonce = randomBytes(16).toString('hex');
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signed = JSON.stringify({ rows: [row('推-6')] });
    const signature = signPush(
      {
        method: 'POST',
        path: PATH,
        timestamp,
        nonce,
        body: Buffer.from(signed),
      },
      key.secret,
    );
    const response = await testApp()
      .request()
      .post(PATH)
      .set('Content-Type', 'application/json')
      .set('X-Key-Id', key.keyId)
      .set('X-Timestamp', timestamp)
      .set('X-Nonce', nonce)
      .set('X-Signature', signature)
      .send(signed.replace('推-6', '推-7'));
    expect(response.body.error.code).toBe('signature_invalid');
  });

  it('lists keys without secrets; a revoked key signs nothing', async () => {
    const key = await createKey();
    const revoke = await testApp()
      .request()
      .delete(`/api/department/keys/${key.keyId}`)
      .set('Authorization', auth);
    expect(revoke.status).toBe(200);
    expect(revoke.body.revokedAt).not.toBeNull();

    const listed = await testApp()
      .request()
      .get('/api/department/keys')
      .set('Authorization', auth);
    expect(listed.body[0]).toEqual({
      keyId: key.keyId,
      createdAt: expect.any(String),
      revokedAt: revoke.body.revokedAt,
    });
    expect(JSON.stringify(listed.body)).not.toContain(key.secret);
    const sealed = await testApp().deps.db.models.DepartmentKey.findOne({
      where: { keyId: key.keyId },
    });
    expect(sealed?.secretCipher).not.toContain(key.secret);

    const response = await push({ rows: [row('推-8')] }, key);
    expect(response.body.error.code).toBe('signature_invalid');
  });

  it('does not let another department revoke a key', async () => {
    const key = await createKey();
    const { db } = testApp().deps;
    const other = testApp().authFor(
      await createStaff(db, await createDepartment(db)),
    );
    const response = await testApp()
      .request()
      .delete(`/api/department/keys/${key.keyId}`)
      .set('Authorization', other);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('key_not_found');
  });
});
