// Actors of the marketplace tests, built through the real app: citizens
// with a subject, staff of a merchant, the credit office. Each call makes
// fresh ones, so tests do not share state.
import type { Offer } from '../../src/db/models';
import { createMerchant, createOffer, createSubject } from '../factories';
import type { TestApp } from './app';

export async function citizenOf(testApp: TestApp, name = '测试市民') {
  const subject = await createSubject(testApp.deps.db, 'person', name);
  const { user, auth } = await testApp.createUser({ subjectId: subject.id });
  return { subject, user, auth };
}

export async function staffOf(testApp: TestApp, merchantId: number) {
  return testApp.createUser({ role: 'merchant', merchantId });
}

export async function officeUser(testApp: TestApp) {
  return testApp.createUser({ role: 'office' });
}

/** A published offer of a fresh approved merchant, with one staff login. */
export async function shopWithOffer(
  testApp: TestApp,
  attributes: Partial<Offer['_creationAttributes']> = {},
) {
  const merchant = await createMerchant(testApp.deps.db);
  const offer = await createOffer(testApp.deps.db, {
    ...attributes,
    merchantId: merchant.id,
  });
  const staff = await staffOf(testApp, merchant.id);
  return { merchant, offer, staff };
}

let taps = 0;

/** A claim with a fresh idempotency key. */
export function claim(testApp: TestApp, offerId: number, auth: string) {
  taps += 1;
  return testApp
    .request()
    .post(`/api/offers/${offerId}/claims`)
    .set('Authorization', auth)
    .send({ idempotencyKey: `tap-${process.pid}-${taps}` });
}
