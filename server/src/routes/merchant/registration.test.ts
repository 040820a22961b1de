import { createOrganization, fakeUscc } from '../../../test/factories';
import { useTestApp } from '../../../test/support/app';
import { citizenOf, officeUser } from '../../../test/support/marketplace';

// Merchants: an enterprise agent registers, the office reviews, staff join
// by a one-time code.
describe('merchant registration, review and staff invites', () => {
  const testApp = useTestApp();
  const api = () => testApp().request();

  async function agent() {
    const { subject, uscc } = await createOrganization(testApp().deps.db);
    const { user, auth } = await testApp().createUser({
      role: 'enterprise',
      subjectId: subject.id,
    });
    return { subject, uscc, user, auth };
  }

  async function registered() {
    const who = await agent();
    const res = await api()
      .post('/api/merchants')
      .set('Authorization', who.auth)
      .send({ uscc: who.uscc, name: '濂溪书屋' });
    expect(res.status).toBe(201);
    return { ...who, merchantId: res.body.id as number };
  }

  async function review(merchantId: number, body: object) {
    const office = await officeUser(testApp());
    return api()
      .post(`/api/office/merchants/${merchantId}/review`)
      .set('Authorization', office.auth)
      .send(body);
  }

  test('an agent registers its own organization, pending, and becomes staff', async () => {
    const who = await agent();
    const res = await api()
      .post('/api/merchants')
      .set('Authorization', who.auth)
      .send({ uscc: who.uscc.toLowerCase() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: who.subject.name,
      status: 'pending',
      reviewReason: null,
      subject: { id: who.subject.id, codeMasked: who.uscc },
    });

    const mine = await api()
      .get('/api/merchant')
      .set('Authorization', who.auth);
    expect(mine.body).toMatchObject({ id: res.body.id, status: 'pending' });
    const again = await api()
      .post('/api/merchants')
      .set('Authorization', who.auth)
      .send({ uscc: who.uscc });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('merchant_exists');
  });

  test('an invalid USCC, another organization or a non-agent is refused', async () => {
    const who = await agent();
    const send = (auth: string, body: object) =>
      api().post('/api/merchants').set('Authorization', auth).send(body);

    const badChecksum =
      who.uscc.slice(0, 17) + (who.uscc[17] === '0' ? '1' : '0');
    const invalid = await send(who.auth, { uscc: badChecksum });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({
      code: 'invalid_uscc',
      details: { reason: 'checksum' },
    });

    const other = await send(who.auth, { uscc: fakeUscc() });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('uscc_not_your_organization');

    const unknown = await send(who.auth, { uscc: who.uscc, owner: 'x' });
    expect(unknown.body.error.code).toBe('unknown_field');

    const citizen = await citizenOf(testApp());
    const notAgent = await send(citizen.auth, { uscc: who.uscc });
    expect(notAgent.status).toBe(403);
    expect(notAgent.body.error.code).toBe('not_enterprise_agent');
    expect(
      await testApp().deps.db.models.Merchant.count({
        where: { subjectId: who.subject.id },
      }),
    ).toBe(0);
  });

  test('the office approves or refuses with a reason, once', async () => {
    const first = await registered();
    const queue = await api()
      .get('/api/office/merchants?status=pending')
      .set('Authorization', (await officeUser(testApp())).auth);
    expect(queue.body.map((m: { id: number }) => m.id)).toContain(
      first.merchantId,
    );

    const noReason = await review(first.merchantId, { decision: 'refuse' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('review_reason_required');

    const refused = await review(first.merchantId, {
      decision: 'refuse',
      reason: '营业执照经营范围不含图书租借',
    });
    expect(refused.body).toMatchObject({
      status: 'refused',
      reviewReason: '营业执照经营范围不含图书租借',
    });
    const twice = await review(first.merchantId, { decision: 'approve' });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({
      code: 'merchant_not_pending',
      details: { status: 'refused' },
    });

    // A refused merchant applies again and goes back to the queue.
    const again = await api()
      .post('/api/merchants')
      .set('Authorization', first.auth)
      .send({ uscc: first.uscc });
    expect(again.body).toMatchObject({ status: 'pending', reviewReason: null });
    const approved = await review(first.merchantId, { decision: 'approve' });
    expect(approved.body.status).toBe('approved');

    const missing = await review(999_999, { decision: 'approve' });
    expect(missing.body.error.code).toBe('merchant_not_found');
    const bad = await review(first.merchantId, { decision: 'maybe' });
    expect(bad.body.error.code).toBe('validation_failed');
  });

  test('only the credit office reviews', async () => {
    const { merchantId, auth } = await registered();
    const res = await api()
      .post(`/api/office/merchants/${merchantId}/review`)
      .set('Authorization', auth)
      .send({ decision: 'approve' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_office');
  });

  test('a one-time invite makes a citizen staff once, only while valid', async () => {
    const shop = await registered();
    const invite = () =>
      api()
        .post('/api/merchant/invites')
        .set('Authorization', shop.auth)
        .send({});

    const early = await invite();
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('merchant_not_approved');

    await review(shop.merchantId, { decision: 'approve' });
    const created = await invite();
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^[0-9a-f]{32}$/);
    const stored = await testApp().deps.db.models.StaffInvite.findOne({
      where: { merchantId: shop.merchantId },
    });
    expect(stored?.codeHash).not.toBe(created.body.code);

    const accept = (auth: string, code: string) =>
      api()
        .post('/api/staff-invites/accept')
        .set('Authorization', auth)
        .send({ code });
    const first = await citizenOf(testApp());
    const second = await citizenOf(testApp());
    const [a, b] = await Promise.all([
      accept(first.auth, created.body.code),
      accept(second.auth, created.body.code),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 404]);
    const winner = a.status === 200 ? a : b;
    expect(winner.body).toMatchObject({
      role: 'merchant',
      merchant: { id: shop.merchantId },
    });
    const loser = a.status === 200 ? b : a;
    expect(loser.body.error.code).toBe('invite_invalid');

    const expiring = await invite();
    await testApp().deps.db.models.StaffInvite.update(
      { expiresAt: new Date(Date.now() - 1000) },
      { where: { usedAt: null } },
    );
    const late = await citizenOf(testApp());
    const expired = await accept(late.auth, expiring.body.code);
    expect(expired.body.error.code).toBe('invite_invalid');
    const guessed = await accept(late.auth, 'f'.repeat(32));
    expect(guessed.body.error.code).toBe('invite_invalid');
    const malformed = await accept(late.auth, 'short');
    expect(malformed.body.error.code).toBe('validation_failed');
  });

  test('staff cannot invite; staff cannot join a second merchant', async () => {
    const shop = await registered();
    await review(shop.merchantId, { decision: 'approve' });
    const code = (
      await api()
        .post('/api/merchant/invites')
        .set('Authorization', shop.auth)
        .send({})
    ).body.code as string;
    const citizen = await citizenOf(testApp());
    await api()
      .post('/api/staff-invites/accept')
      .set('Authorization', citizen.auth)
      .send({ code });

    const byStaff = await api()
      .post('/api/merchant/invites')
      .set('Authorization', citizen.auth)
      .send({});
    expect(byStaff.status).toBe(403);
    expect(byStaff.body.error.code).toBe('not_enterprise_agent');

    const next = (
      await api()
        .post('/api/merchant/invites')
        .set('Authorization', shop.auth)
        .send({})
    ).body.code as string;
    const rejoin = await api()
      .post('/api/staff-invites/accept')
      .set('Authorization', citizen.auth)
      .send({ code: next });
    expect(rejoin.status).toBe(409);
    expect(rejoin.body.error.code).toBe('already_staff');
  });

  test('a citizen who joins is staff at the very next request', async () => {
    const shop = await registered();
    await review(shop.merchantId, { decision: 'approve' });
    const invite = await api()
      .post('/api/merchant/invites')
      .set('Authorization', shop.auth)
      .send({});
    const citizen = await citizenOf(testApp());
    const merchant = () =>
      api().get('/api/merchant').set('Authorization', citizen.auth);
    // The first request caches the citizen as it is before joining.
    expect((await merchant()).body.error.code).toBe('not_merchant_staff');

    const joined = await api()
      .post('/api/staff-invites/accept')
      .set('Authorization', citizen.auth)
      .send({ code: invite.body.code });
    expect(joined.status).toBe(200);

    const after = await merchant();
    expect(after.status).toBe(200);
    expect(after.body.id).toBe(shop.merchantId);
  });
});
