import fs from 'node:fs';
import path from 'node:path';
import { usccCheckChar } from '@creditplus/shared';

import { fakeIdNumber } from '../factories';
import { useTestApp } from '../support/app';
import { citizenOf, officeUser } from '../support/marketplace';

// The market regulator of the seed files, by name and code, and one of
// its decisions: the header and the row that names it as 处罚机关.
const MARKET = { name: '九江市市场监督管理局', uscc: '11360400W41W598950' };
const [header, , marketRow] = fs
  .readFileSync(path.join(__dirname, '..', '..', 'seed', 'penalties.csv'))
  .toString('utf8')
  .split('\n');

let serial = 0;
function departmentUscc(): string {
  const first17 = `11360400MC${String((serial += 1)).padStart(7, '0')}`;
  return first17 + usccCheckChar(first17);
}

describe('the credit office onboards departments and their staff', () => {
  const testApp = useTestApp();
  const api = () => testApp().request();
  let office: string;

  beforeAll(async () => {
    office = (await officeUser(testApp())).auth;
  });

  const add = (body: object, auth = office) =>
    api().post('/api/office/departments').set('Authorization', auth).send(body);
  const invite = (id: number | string, auth = office) =>
    api()
      .post(`/api/office/departments/${id}/invites`)
      .set('Authorization', auth)
      .send({});
  const accept = (auth: string, code: string) =>
    api()
      .post('/api/staff-invites/accept')
      .set('Authorization', auth)
      .send({ code });
  const stored = () => testApp().deps.db.models.Department.count();

  test('adds a department with its USCC normalised and lists it', async () => {
    const uscc = departmentUscc();
    const created = await add({
      name: '  九江市乙部门  ',
      uscc: ` ${uscc.toLowerCase()} `,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: '九江市乙部门',
      uscc,
      staff: 0,
    });

    await add({ name: '九江市甲部门', uscc: departmentUscc() });
    const list = await api()
      .get('/api/office/departments')
      .set('Authorization', office);
    expect(list.status).toBe(200);
    const names = list.body.map((d: { name: string }) => d.name);
    expect(names).toEqual([...names].sort());
    expect(list.body).toContainEqual(created.body);
  });

  test('refuses a USCC or a name already registered with 409', async () => {
    const uscc = departmentUscc();
    await add({ name: '九江市丙部门', uscc });
    const before = await stored();

    const sameCode = await add({ name: '九江市丁部门', uscc });
    expect(sameCode.status).toBe(409);
    expect(sameCode.body.error).toMatchObject({
      code: 'department_exists',
      details: { field: 'uscc' },
    });
    const sameName = await add({
      name: '九江市丙部门',
      uscc: departmentUscc(),
    });
    expect(sameName.status).toBe(409);
    expect(sameName.body.error.details).toEqual({ field: 'name' });
    expect(await stored()).toBe(before);
  });

  test('gives a USCC to a department imports knew by name alone', async () => {
    const known = await testApp().deps.db.models.Department.create({
      name: '九江市中级人民法院',
      uscc: null,
    });
    const uscc = departmentUscc();
    const created = await add({ name: known.name, uscc });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: known.id, uscc });
  });

  test.each([
    ['a wrong check character', { uscc: '11360400W41W598951' }, 'invalid_uscc'],
    ['an ID number', { uscc: fakeIdNumber() }, 'id_number_as_uscc'],
    ['a one-letter name', { name: ' 局 ' }, 'validation_failed'],
    ['a 101-letter name', { name: '局'.repeat(101) }, 'validation_failed'],
    ['no USCC', { uscc: undefined }, 'validation_failed'],
    ['an unknown field', { owner: 'x' }, 'unknown_field'],
  ])('refuses %s with 400, storing nothing', async (_name, change, code) => {
    const before = await stored();
    const response = await add({
      name: '九江市戊部门',
      uscc: departmentUscc(),
      ...change,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await stored()).toBe(before);
  });

  test('only the credit office reaches the department routes', async () => {
    const citizen = await citizenOf(testApp());
    const department = (
      await add({ name: '九江市己部门', uscc: departmentUscc() })
    ).body.id as number;
    const staff = await testApp().createUser({ role: 'department' });
    for (const auth of [citizen.auth, staff.auth]) {
      const list = await api()
        .get('/api/office/departments')
        .set('Authorization', auth);
      const create = await add(
        { name: '九江市庚部门', uscc: departmentUscc() },
        auth,
      );
      const invited = await invite(department, auth);
      for (const response of [list, create, invited]) {
        expect(response.status).toBe(403);
        expect(response.body.error.code).toBe('not_office');
      }
    }
    const anonymous = await api().get('/api/office/departments');
    expect(anonymous.status).toBe(401);
  });

  test('an invited citizen uploads and pushes as the department', async () => {
    const department = (await add(MARKET)).body.id as number;
    const created = await invite(department);
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^[0-9a-f]{32}$/);
    expect(Date.parse(created.body.expiresAt) - Date.now()).toBeGreaterThan(
      23 * 3_600_000,
    );

    const citizen = await citizenOf(testApp());
    // The first request caches the citizen as it is before joining.
    const early = await api()
      .get('/api/department/keys')
      .set('Authorization', citizen.auth);
    expect(early.body.error.code).toBe('not_department_staff');
    const joined = await accept(citizen.auth, created.body.code);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({
      role: 'department',
      merchant: null,
      department: { id: department, name: MARKET.name },
    });

    const upload = await api()
      .post('/api/department/uploads')
      .set('Authorization', citizen.auth)
      .field('source', 'penalties')
      .attach('file', Buffer.from(`${header}\n${marketRow}\n`), 'p.csv');
    expect(upload.status).toBe(200);
    expect(upload.body.counts).toMatchObject({ created: 1, rejected: 0 });
    const records = await testApp().deps.db.models.CreditRecord.findAll({
      where: { departmentId: department },
    });
    expect(records).toHaveLength(1);

    const key = await api()
      .post('/api/department/keys')
      .set('Authorization', citizen.auth)
      .send({});
    expect(key.status).toBe(201);
    expect(key.body.secret).toEqual(expect.any(String));

    const list = await api()
      .get('/api/office/departments')
      .set('Authorization', office);
    expect(list.body).toContainEqual({ ...MARKET, id: department, staff: 1 });
  });

  test('a spent or expired code is invite_invalid', async () => {
    const department = (
      await add({ name: '九江市辛部门', uscc: departmentUscc() })
    ).body.id as number;
    const spent = (await invite(department)).body.code as string;
    expect(
      (await accept((await citizenOf(testApp())).auth, spent)).status,
    ).toBe(200);
    const late = await citizenOf(testApp());
    const again = await accept(late.auth, spent);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('invite_invalid');

    const expiring = (await invite(department)).body.code as string;
    await testApp().deps.db.models.StaffInvite.update(
      { expiresAt: new Date(Date.now() - 1000) },
      { where: { departmentId: department, usedAt: null } },
    );
    const expired = await accept(late.auth, expiring);
    expect(expired.body.error.code).toBe('invite_invalid');
  });

  test('staff of a department cannot join another', async () => {
    const first = (await add({ name: '九江市壬部门', uscc: departmentUscc() }))
      .body.id as number;
    const second = (await add({ name: '九江市癸部门', uscc: departmentUscc() }))
      .body.id as number;
    const citizen = await citizenOf(testApp());
    await accept(citizen.auth, (await invite(first)).body.code);

    const rejoin = await accept(citizen.auth, (await invite(second)).body.code);
    expect(rejoin.status).toBe(409);
    expect(rejoin.body.error.code).toBe('already_staff');
  });

  test('an unknown department has no invites', async () => {
    const invites = () => testApp().deps.db.models.StaffInvite.count();
    const before = await invites();
    for (const id of [999_999, 'x1']) {
      const response = await invite(id);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('department_not_found');
    }
    expect(await invites()).toBe(before);
  });
});
