import {
  type PublicOrganizationDetail,
  usccCheckChar,
} from '@creditplus/shared';

import { revealCode } from '../../src/domain/subjectCode';
import { PUBLIC_PAGE_SIZE } from '../../src/services/getPublicOrganization';
import { createRecord, createSubject, fakeIdNumber } from '../factories';
import { testDataKey } from '../factories/dataKey';
import { useTestApp } from '../support/app';

describe('public query of organizations', () => {
  const testApp = useTestApp();
  let uscc: string;
  let idNumber: string;
  const records: Record<string, number> = {};

  beforeAll(async () => {
    const { db } = testApp().deps;
    const firm = await createSubject(
      db,
      'organization',
      '九江公开测试建材有限公司',
    );
    await createSubject(db, 'organization', '九江另一家贸易有限公司');
    uscc = revealCode(firm.codeCipher, testDataKey);
    const person = await createSubject(db, 'person', '公开测试市民');
    idNumber = revealCode(person.codeCipher, testDataKey);
    await createRecord(db, person, { severity: 'serious' });

    const add = async (name: string, attributes: object) => {
      records[name] = (await createRecord(db, firm, attributes)).id;
    };
    await add('general', { severity: 'general' });
    await add('license', {
      type: 'license',
      severity: null,
      disclosureEnd: null,
    });
    await add('redlist', { type: 'redlist', severity: null });
    await add('minor', { severity: 'minor', disclosureEnd: null });
    await add('past', {
      decisionDate: '2024-01-01',
      disclosureEnd: '2024-12-31',
    });
    await add('future', { decisionDate: '2099-01-01' });
    const revoked = await createRecord(db, firm, { severity: 'serious' });
    await revoked.update({ status: 'revoked' });
  });

  const search = (q: string) =>
    testApp().request().get('/api/public/organizations').query({ q });

  test('finds organizations by a part of the name without a login', async () => {
    const response = await search('公开测试');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.body).toEqual([
      {
        name: '九江公开测试建材有限公司',
        uscc,
        category: 'enterprise',
        region: '360404',
      },
    ]);
  });

  test('finds an organization by its exact USCC, full-width too', async () => {
    const exact = await search(uscc);
    expect(exact.body.map((o: { name: string }) => o.name)).toEqual([
      '九江公开测试建材有限公司',
    ]);
    const fullWidth = [...uscc]
      .map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      .join('');
    expect((await search(fullWidth)).body).toEqual(exact.body);
    expect((await search(uscc.slice(0, 16))).body).toEqual([]);
  });

  test('never finds a person, by ID number or by name', async () => {
    const byId = await search(idNumber);
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual([]);
    expect(byId.text).not.toContain(idNumber);
    expect((await search(fakeIdNumber())).body).toEqual([]);
    expect((await search('公开测试市民')).body).toEqual([]);
  });

  test('a % or _ in the query is a plain character', async () => {
    expect((await search('%%')).body).toEqual([]);
    expect((await search('__')).body).toEqual([]);
  });

  test('refuses a query too short or too long without echoing it', async () => {
    for (const q of ['', '九', 'x'.repeat(51)]) {
      const response = await search(q);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
    const missing = await testApp().request().get('/api/public/organizations');
    expect(missing.status).toBe(400);
  });

  test('shows only the records inside their disclosure period', async () => {
    const response = await testApp()
      .request()
      .get(`/api/public/organizations/${uscc}`);
    expect(response.status).toBe(200);
    const detail = response.body as PublicOrganizationDetail;
    expect(detail).toMatchObject({ name: '九江公开测试建材有限公司', uscc });
    expect(detail.records.map((r) => r.id).sort()).toEqual(
      [records.general, records.license, records.redlist].sort(),
    );
    expect(detail.records.every((r) => r.counts && r.status === 'active')).toBe(
      true,
    );
    expect(detail).toMatchObject({
      page: 1,
      total: 3,
      totals: { penalty: 1, license: 1, redlist: 1 },
    });
  });

  test('pages the records, latest first, and counts them all', async () => {
    const { db } = testApp().deps;
    const busy = await createSubject(
      db,
      'organization',
      '九江多记录物流有限公司',
    );
    const code = revealCode(busy.codeCipher, testDataKey);
    const ids: number[] = [];
    for (let i = 0; i < PUBLIC_PAGE_SIZE + 5; i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
      const record = await createRecord(db, busy, {
        decisionDate: `2026-${month}-${day}`,
        disclosureEnd: '2099-12-31',
      });
      ids.push(record.id);
    }
    const detail = async (query: object) =>
      testApp().request().get(`/api/public/organizations/${code}`).query(query);

    const first = await detail({});
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      page: 1,
      pageSize: PUBLIC_PAGE_SIZE,
      total: PUBLIC_PAGE_SIZE + 5,
      totals: { penalty: PUBLIC_PAGE_SIZE + 5 },
    });
    const second = await detail({ page: 2 });
    const shown = [...first.body.records, ...second.body.records].map(
      (r: { id: number }) => r.id,
    );
    // Decided a day apart, in the order created: the latest first.
    expect(shown).toEqual([...ids].reverse());

    const beyond = await detail({ page: 3 });
    expect(beyond.body.records).toEqual([]);
    const bad = await detail({ page: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
  });

  test('a person ID, a bad code or an unknown USCC gets no detail', async () => {
    const person = await testApp()
      .request()
      .get(`/api/public/organizations/${idNumber}`);
    expect(person.status).toBe(400);
    expect(person.body.error.code).toBe('invalid_uscc');
    expect(person.text).not.toContain(idNumber);

    const bad = await testApp()
      .request()
      .get('/api/public/organizations/not-a-code');
    expect(bad.status).toBe(400);

    const other = uscc.slice(0, 10) + '9999999';
    const unknown = await testApp()
      .request()
      .get(`/api/public/organizations/${other}${usccCheckChar(other)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
  });
});
