import { createMerchant } from '../factories';
import { useTestApp } from '../support/app';
import { citizenOf, shopWithOffer, staffOf } from '../support/marketplace';

// A refused field says in Chinese what it must look like; it never quotes
// the pattern the server checks it against.
describe('field messages of refused bodies', () => {
  const testApp = useTestApp();
  const api = () => testApp().request();

  const problems = (res: {
    status: number;
    body: { error: { code: string; details: unknown } };
  }) => {
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    return (res.body.error.details as { fields: object[] }).fields;
  };

  test('patterned fields are explained, not quoted', async () => {
    const { offer, staff } = await shopWithOffer(testApp());
    const citizen = await citizenOf(testApp());
    const merchant = await createMerchant(testApp().deps.db);
    const other = await staffOf(testApp(), merchant.id);

    const answers = [
      await api()
        .post(`/api/offers/${offer.id}/claims`)
        .set('Authorization', citizen.auth)
        .send({ idempotencyKey: 'short' }),
      await api()
        .post('/api/merchant/redemptions')
        .set('Authorization', staff.auth)
        .send({ code: 'not-a-code' }),
      await api()
        .post('/api/staff-invites/accept')
        .set('Authorization', citizen.auth)
        .send({ code: 'zz' }),
      await api()
        .put(`/api/merchant/offers/${offer.id}`)
        .set('Authorization', other.auth)
        .send({ regionPrefix: 'x1', excludedLists: ['Watch-List'] }),
    ];
    const [claim, redeem, invite, terms] = answers.map(problems);
    expect(claim).toEqual([
      {
        path: 'idempotencyKey',
        message: '须为 8–64 位字母、数字、下划线或连字符',
      },
    ]);
    expect(redeem).toEqual([
      { path: 'code', message: '核销码须为 32 位十六进制字符' },
    ]);
    expect(invite).toEqual([
      { path: 'code', message: '邀请码须为 32 位十六进制字符' },
    ]);
    expect(terms).toEqual(
      expect.arrayContaining([
        { path: 'excludedLists.0', message: '须为 3–32 位小写字母或下划线' },
        { path: 'regionPrefix', message: '须为行政区划代码的前 2–6 位数字' },
      ]),
    );
  });
});
