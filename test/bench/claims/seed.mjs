// The data of the claims benchmark, written in bulk: citizens with stored
// ratings (as the nightly rescore leaves them), one login each with a
// signed token, a merchant and the offers they rush.
import { createHash } from 'node:crypto';
import mysql from 'mysql2/promise';

import { insertChunked, serverModule } from '../lib.mjs';

const DAY = 86_400_000;

/** Person subjects 1..count, user i+1 acting for subject i+1. */
export async function seedCitizens(url, count) {
  const conn = await mysql.createConnection(url);
  const now = new Date();
  await insertChunked(
    conn,
    'subjects',
    ['id', 'kind', 'category', 'name', 'code_hash', 'code_cipher'].concat([
      'code_masked',
      'region',
      'created_at',
    ]),
    count,
    (i) => [
      i + 1,
      'person',
      'person',
      `压测市民${i + 1}`,
      createHash('sha256').update(`bench-${i}`).digest('hex'),
      'bench:not-a-cipher',
      '3604**********000X',
      '360404',
      now,
    ],
  );
  await insertChunked(
    conn,
    'users',
    ['id', 'role', 'display_name', 'subject_id', 'created_at'],
    count,
    (i) => [i + 1, 'citizen', `压测市民${i + 1}`, i + 1, now],
  );
  await conn.end();
}

/** Rates every subject with the server's own scoring, in batches. */
export async function rateAll(db, count) {
  const { loadScoringModels } = serverModule('services/loadScoringModels');
  const { rateSubjects } = serverModule('services/rateSubjects');
  const { storeRatings } = serverModule('services/storeRatings');
  const models = await loadScoringModels(db);
  const now = new Date();
  for (let start = 1; start <= count; start += 2000) {
    const subjects = [];
    for (let id = start; id < Math.min(count + 1, start + 2000); id += 1) {
      subjects.push({ id, kind: 'person' });
    }
    await db.sequelize.transaction(async (transaction) => {
      const ratings = await rateSubjects(db, subjects, models, {
        transaction,
        now,
      });
      await storeRatings(db, ratings, new Map(), transaction);
    });
  }
}

export function signTokens(jwt, count) {
  const { signToken } = serverModule('auth/jwt');
  return Array.from(
    { length: count },
    (_, i) => `Bearer ${signToken(i + 1, jwt).token}`,
  );
}

/** A merchant, and a published offer of `quota` per title given. */
export async function createOffers(db, quotas) {
  const { Subject, Merchant, Offer } = db.models;
  const shop = await Subject.create({
    kind: 'organization',
    category: 'enterprise',
    name: '压测共享单车有限公司',
    codeHash: createHash('sha256').update('bench-shop').digest('hex'),
    codeCipher: 'bench:not-a-cipher',
    codeMasked: '91360404MA*******X',
    region: '360404',
  });
  const merchant = await Merchant.create({
    subjectId: shop.id,
    name: shop.name,
  });
  const now = Date.now();
  const offers = {};
  for (const [title, quota] of Object.entries(quotas)) {
    offers[title] = await Offer.create({
      merchantId: merchant.id,
      title,
      description: '压测用',
      kind: 'deposit_waiver',
      scene: 'huimin',
      subjectKinds: ['person'],
      minGrade: 'B',
      quota,
      perSubjectLimit: 1,
      valueFen: 20_000,
      validFrom: new Date(now - DAY),
      validTo: new Date(now + 30 * DAY),
      voucherTtlHours: 72,
      status: 'published',
    });
  }
  return offers;
}
