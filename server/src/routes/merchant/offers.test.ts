import { createMerchant } from '../../../test/factories';
import { useTestApp } from '../../../test/support/app';
import {
  citizenOf,
  claim,
  officeUser,
  staffOf,
} from '../../../test/support/marketplace';

// Offers from draft to ended: the merchant edits and moves them, the
// credit office reviews them, citizens see only published ones.
describe('offer lifecycle and review over HTTP', () => {
  const testApp = useTestApp();
  const api = () => testApp().request();

  const draft = (over: object = {}) => ({
    title: '濂溪书屋免押借阅',
    description: '信用等级 A 及以上免交 100 元押金。',
    kind: 'deposit_waiver',
    scene: 'huimin',
    subjectKinds: ['person'],
    minGrade: 'A',
    quota: 20,
    perDayQuota: 5,
    valueFen: 10_000,
    validFrom: new Date(Date.now() - 3_600_000).toISOString(),
    validTo: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    voucherTtlHours: 48,
    ...over,
  });

  async function shop(status: 'approved' | 'pending' = 'approved') {
    const merchant = await createMerchant(testApp().deps.db);
    await merchant.update({ status });
    const staff = await staffOf(testApp(), merchant.id);
    return { merchant, auth: staff.auth };
  }

  async function created(auth: string, over: object = {}) {
    const res = await api()
      .post('/api/merchant/offers')
      .set('Authorization', auth)
      .send(draft(over));
    expect(res.status).toBe(201);
    return res.body.id as number;
  }

  const act = (auth: string, id: number, action: string) =>
    api()
      .post(`/api/merchant/offers/${id}/${action}`)
      .set('Authorization', auth)
      .send({});

  async function review(id: number, body: object) {
    const office = await officeUser(testApp());
    return api()
      .post(`/api/office/offers/${id}/review`)
      .set('Authorization', office.auth)
      .send(body);
  }

  test('draft → in review → refused → edited → approved → paused → resumed → ended', async () => {
    const { auth } = await shop();
    const id = await created(auth);
    const citizen = await citizenOf(testApp());
    const visible = async () =>
      (
        await api().get('/api/offers').set('Authorization', citizen.auth)
      ).body.some((o: { id: number }) => o.id === id);
    expect(await visible()).toBe(false);

    expect((await act(auth, id, 'submit')).body.status).toBe('in_review');
    const office = await officeUser(testApp());
    const queue = await api()
      .get('/api/office/offers')
      .set('Authorization', office.auth);
    expect(queue.body.map((o: { id: number }) => o.id)).toContain(id);

    const refused = await review(id, {
      decision: 'refuse',
      reason: '押金金额与门店公示不一致',
    });
    expect(refused.body).toMatchObject({
      status: 'draft',
      reviewReason: '押金金额与门店公示不一致',
    });
    const edited = await api()
      .put(`/api/merchant/offers/${id}`)
      .set('Authorization', auth)
      .send(draft({ valueFen: 20_000 }));
    expect(edited.body).toMatchObject({ status: 'draft', valueFen: 20_000 });

    await act(auth, id, 'submit');
    const approved = await review(id, { decision: 'approve' });
    expect(approved.body.status).toBe('published');
    expect(await visible()).toBe(true);

    expect((await act(auth, id, 'pause')).body.status).toBe('paused');
    const closed = await claim(testApp(), id, citizen.auth);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('offer_not_available');
    expect((await act(auth, id, 'resume')).body.status).toBe('published');
    expect((await claim(testApp(), id, citizen.auth)).status).toBe(201);
    expect((await act(auth, id, 'end')).body.status).toBe('ended');
    expect(await visible()).toBe(false);
  });

  test('wrong transitions answer 409 offer_state_conflict with the state', async () => {
    const { auth } = await shop();
    const id = await created(auth);
    const pause = await act(auth, id, 'pause');
    expect(pause.status).toBe(409);
    expect(pause.body.error).toMatchObject({
      code: 'offer_state_conflict',
      details: { status: 'draft', action: 'pause' },
    });
    expect((await review(id, { decision: 'approve' })).body.error.code).toBe(
      'offer_state_conflict',
    );

    await act(auth, id, 'submit');
    const editInReview = await api()
      .put(`/api/merchant/offers/${id}`)
      .set('Authorization', auth)
      .send(draft());
    expect(editInReview.status).toBe(409);
    expect(editInReview.body.error.details).toEqual({
      status: 'in_review',
      action: 'edit',
    });
    expect((await act(auth, id, 'submit')).status).toBe(409);
    await review(id, { decision: 'approve' });
    await act(auth, id, 'end');
    expect((await act(auth, id, 'resume')).body.error.code).toBe(
      'offer_state_conflict',
    );
    const unknownAction = await act(auth, id, 'publish');
    expect(unknownAction.status).toBe(404);
  });

  test('an unapproved merchant can draft but not submit or be published', async () => {
    const { merchant, auth } = await shop('pending');
    const id = await created(auth);
    const submit = await act(auth, id, 'submit');
    expect(submit.status).toBe(409);
    expect(submit.body.error).toMatchObject({
      code: 'merchant_not_approved',
      details: { status: 'pending' },
    });

    // Approved, submitted, then suspended before the office decides.
    await merchant.update({ status: 'approved' });
    await act(auth, id, 'submit');
    await merchant.update({ status: 'refused' });
    const approve = await review(id, { decision: 'approve' });
    expect(approve.body.error.code).toBe('merchant_not_approved');
    const stored = await testApp().deps.db.models.Offer.findByPk(id);
    expect(stored?.status).toBe('in_review');
  });

  test('a merchant sees and changes only its own offers', async () => {
    const mine = await shop();
    const other = await shop();
    const id = await created(mine.auth);
    const list = await api()
      .get('/api/merchant/offers')
      .set('Authorization', other.auth);
    expect(list.body).toEqual([]);
    const submit = await act(other.auth, id, 'submit');
    expect(submit.status).toBe(404);
    expect(submit.body.error.code).toBe('offer_not_found');
  });

  test.each([
    ['no amount on a deposit waiver', { valueFen: null }, 'valueFen'],
    [
      'both amount and percent on a discount',
      { kind: 'discount', valueFen: 500, discountPercent: 10 },
      'discountPercent',
    ],
    ['an amount on a fast track', { kind: 'fast_track' }, 'valueFen'],
    [
      'a window running backwards',
      { validTo: new Date(Date.now() - 86_400_000).toISOString() },
      'validTo',
    ],
    ['a daily quota above the total', { perDayQuota: 50 }, 'perDayQuota'],
    [
      'a person grade on an organization offer',
      { subjectKinds: ['person', 'organization'], minGrade: 'AA' },
      'minGrade',
    ],
    ['a fractional fen amount', { valueFen: 99.5 }, 'valueFen'],
    ['a region that is not digits', { regionPrefix: '36xx' }, 'regionPrefix'],
    [
      'repeated subject kinds',
      { subjectKinds: ['person', 'person'] },
      'subjectKinds',
    ],
  ])('refuses %s with validation_failed', async (_name, over, field) => {
    const { auth } = await shop();
    const res = await api()
      .post('/api/merchant/offers')
      .set('Authorization', auth)
      .send(draft(over));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(
      res.body.error.details.fields.map((f: { path: string }) => f.path),
    ).toContain(field);
  });

  test('unknown fields and non-staff are refused', async () => {
    const { auth } = await shop();
    const unknown = await api()
      .post('/api/merchant/offers')
      .set('Authorization', auth)
      .send(draft({ claimed: 0 }));
    expect(unknown.body.error).toMatchObject({
      code: 'unknown_field',
      details: { fields: ['claimed'] },
    });
    const citizen = await citizenOf(testApp());
    const notStaff = await api()
      .post('/api/merchant/offers')
      .set('Authorization', citizen.auth)
      .send(draft());
    expect(notStaff.body.error.code).toBe('not_merchant_staff');
    const bodyOnAction = await api()
      .post('/api/merchant/offers/1/submit')
      .set('Authorization', auth)
      .send({ force: true });
    expect(bodyOnAction.body.error.code).toBe('unknown_field');
  });
});
