import { seedDemoIfEmpty } from '../../src/services/seedDemo';
import { testDataKey } from '../factories/dataKey';
import { useTestApp } from '../support/app';

describe('the department-market demo login', () => {
  const testApp = useTestApp();

  beforeAll(
    () => seedDemoIfEmpty(testApp().deps.db, { dataKey: testDataKey }),
    30_000,
  );

  it('signs in as staff of the market regulation bureau', async () => {
    const login = await testApp()
      .request()
      .post('/api/auth/dev')
      .send({ login: 'department-market' });

    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({
      role: 'department',
      department: { name: '九江市市场监督管理局' },
      subject: null,
    });
    const keys = await testApp()
      .request()
      .get('/api/department/keys')
      .set('Authorization', `Bearer ${login.body.token}`);
    expect(keys.body).toEqual([]);
  });
});
