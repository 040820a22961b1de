import Router from '@koa/router';

import {
  currentUser,
  requireMerchant,
  requireSubject,
  requireUser,
} from '../../src/auth/requireUser';
import type { AppState } from '../../src/http/state';
import { createTestApp, type TestApp } from '../support/app';

describe('route guards', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
    const router = new Router<AppState>();
    const signedIn = requireUser(testApp.deps);
    router.get('/api/guarded/merchant', signedIn, requireMerchant(), (ctx) => {
      ctx.body = currentUser(ctx);
    });
    router.get('/api/guarded/subject', signedIn, requireSubject(), (ctx) => {
      ctx.body = currentUser(ctx);
    });
    testApp.app.use(router.routes());
  }, 30_000);

  afterAll(() => testApp.close());

  it('lets merchant staff through with their ids on ctx.state.user', async () => {
    const { Merchant, Subject } = testApp.deps.db.models;
    const organization = await Subject.create({
      kind: 'organization',
      category: 'enterprise',
      name: '九江濂江酒店管理有限公司',
      codeHash: 'c'.repeat(64),
      codeCipher: 'opaque-cipher-for-this-test',
      codeMasked: '91360400MA35TEST1X',
      region: '360400',
    });
    const merchant = await Merchant.create({
      subjectId: organization.id,
      name: organization.name,
    });
    const { user, auth } = await testApp.createUser({
      role: 'merchant',
      merchantId: merchant.id,
    });

    const response = await testApp
      .request()
      .get('/api/guarded/merchant')
      .set('Authorization', auth);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: user.id,
      role: 'merchant',
      subjectId: null,
      merchantId: merchant.id,
      departmentId: null,
    });
  });

  it('answers not_merchant_staff for a citizen', async () => {
    const { auth } = await testApp.createUser();

    const response = await testApp
      .request()
      .get('/api/guarded/merchant')
      .set('Authorization', auth);

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('not_merchant_staff');
  });

  it('answers no_subject for a user who acts for no subject', async () => {
    const { auth } = await testApp.createUser();

    const response = await testApp
      .request()
      .get('/api/guarded/subject')
      .set('Authorization', auth);

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('no_subject');
  });

  it('checks the token before the role', async () => {
    const response = await testApp.request().get('/api/guarded/merchant');

    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
  });
});
