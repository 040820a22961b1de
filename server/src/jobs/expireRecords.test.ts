import { createMemoryCache } from '../cache/memoryCache';
import { createRecord, createSubject } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { getRating } from '../services/getRating';
import { ratingGeneration } from '../services/ratingCache';
import { expireRecords } from './expireRecords';

describe('expireRecords', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();

  test('ends records past their window, audits and rescores them', async () => {
    const subject = await createSubject(db(), 'organization');
    const ending = await createRecord(db(), subject, {
      decisionDate: '2026-01-05',
      disclosureEnd: '2027-01-04',
    });
    const lasting = await createRecord(db(), subject, {
      decisionDate: '2026-06-01',
      disclosureEnd: '2027-05-31',
    });
    // Beijing's 2027-01-05 starts at 16:00 UTC the day before.
    const lastDay = new Date('2027-01-04T15:59:00Z');
    const nextDay = new Date('2027-01-04T16:01:00Z');
    await getRating({ db: db(), cache }, subject.id, lastDay);
    const cachedUnder = await ratingGeneration(cache, subject.id);

    expect(await expireRecords({ db: db(), cache }, lastDay)).toEqual({
      expired: 0,
    });
    expect(await expireRecords({ db: db(), cache }, nextDay)).toEqual({
      expired: 1,
    });

    await ending.reload();
    await lasting.reload();
    expect([ending.status, lasting.status]).toEqual(['expired', 'active']);
    const audit = await db().models.RecordAudit.findOne({
      where: { recordId: ending.id },
    });
    expect(audit).toMatchObject({
      action: 'expire',
      actor: 'job:expireRecords',
      before: expect.objectContaining({ status: 'active' }),
      after: expect.objectContaining({ status: 'expired' }),
    });
    const rating = await db().models.Rating.findOne({
      where: { subjectId: subject.id },
    });
    expect(rating?.computedAt.toISOString()).toBe(nextDay.toISOString());
    expect(await ratingGeneration(cache, subject.id)).not.toBe(cachedUnder);
  });

  test('a second run finds nothing to end', async () => {
    const later = new Date('2027-01-05T00:00:00Z');
    expect(await expireRecords({ db: db(), cache }, later)).toEqual({
      expired: 0,
    });
  });
});
