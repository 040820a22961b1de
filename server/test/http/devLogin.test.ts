import { useTestApp, type TestApp } from '../support/app';

async function seedDemoAccounts(testApp: TestApp) {
  const { Merchant, Subject } = testApp.deps.db.models;
  const organization = await Subject.create({
    kind: 'organization',
    category: 'enterprise',
    name: '九江濂源图书有限公司',
    codeHash: 'b'.repeat(64),
    codeCipher: 'opaque-cipher-for-this-test',
    codeMasked: '91360400MA35TEST0X',
    region: '360400',
  });
  const merchant = await Merchant.create({
    subjectId: organization.id,
    name: '九江濂源图书有限公司',
  });
  await testApp.createUser({ login: 'citizen', displayName: '吴明一' });
  await testApp.createUser({
    login: 'merchant-library',
    role: 'merchant',
    displayName: '图书馆店员',
    merchantId: merchant.id,
  });
  // A WeChat user is not a demo account.
  await testApp.createUser({ openid: 'openid-someone' });
}

describe('dev login outside production', () => {
  const testApp = useTestApp();

  beforeAll(() => seedDemoAccounts(testApp()));

  it('lists the demo accounts', async () => {
    const response = await testApp().request().get('/api/auth/dev-accounts');

    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      {
        login: 'citizen',
        role: 'citizen',
        displayName: '吴明一',
        description: '市民',
      },
      {
        login: 'merchant-library',
        role: 'merchant',
        displayName: '图书馆店员',
        description: '商户员工 · 九江濂源图书有限公司',
      },
    ]);
  });

  it('logs in as a demo account with a working token', async () => {
    const login = await testApp()
      .request()
      .post('/api/auth/dev')
      .send({ login: 'merchant-library' });

    const me = await testApp()
      .request()
      .get('/api/me')
      .set('Authorization', `Bearer ${login.body.token}`);

    expect(login.status).toBe(200);
    expect(login.body.user.merchant.name).toBe('九江濂源图书有限公司');
    expect(me.body.role).toBe('merchant');
  });

  it('answers unknown_account for a login that does not exist', async () => {
    const response = await testApp()
      .request()
      .post('/api/auth/dev')
      .send({ login: 'nobody' });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('unknown_account');
  });
});

describe('dev login in production', () => {
  const testApp = useTestApp({ env: { NODE_ENV: 'production' } });

  beforeAll(() => seedDemoAccounts(testApp()));

  it('hides the demo accounts', async () => {
    const response = await testApp().request().get('/api/auth/dev-accounts');

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('dev_login_disabled');
  });

  it('refuses to log in as a demo account', async () => {
    const response = await testApp()
      .request()
      .post('/api/auth/dev')
      .send({ login: 'citizen' });

    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('dev_login_disabled');
    expect(response.body).not.toHaveProperty('token');
  });
});
