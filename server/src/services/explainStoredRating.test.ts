import type { Rating } from '@creditplus/shared';

import { createMemoryCache } from '../cache/memoryCache';
import { createRecord, createSubject } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import {
  breakdownOf,
  compactRating,
  storedRating,
} from '../domain/ratingBreakdown';
import { defaultModels } from '../domain/scoringModels';
import { getRating } from './getRating';
import { rescoreSubject } from './rescoreSubject';

describe('a stored rating read back', () => {
  const db = useTestDatabase();
  // A fresh cache per read, so every read rebuilds from the database.
  const read = (subjectId: number) =>
    getRating({ db: db(), cache: createMemoryCache() }, subjectId);
  const storedText = async (subjectId: number) =>
    JSON.stringify(
      (await db().models.Rating.findOne({ where: { subjectId } }))?.breakdown,
    );

  test('answers exactly the rating computed, from a compact row', async () => {
    const person = await createSubject(db());
    await createRecord(db(), person, { severity: 'serious' });
    await createRecord(db(), person, { decisionDate: '2025-06-30' });
    await createRecord(db(), person, { type: 'redlist', severity: null });
    const company = await createSubject(db(), 'organization');
    await createRecord(db(), company, { type: 'license', severity: null });
    await createRecord(db(), company, { type: 'blacklist', severity: null });

    for (const subject of [person, company]) {
      const computed = await rescoreSubject(db(), subject.id);
      expect(computed.dimensions.flatMap((d) => d.items)).not.toHaveLength(0);
      expect(await read(subject.id)).toEqual(computed);
      const text = await storedText(subject.id);
      expect(text).not.toContain('测试违法行为');
      expect(text).not.toContain('测试部门');
    }
  });

  test('keeps in the breakdown nothing the rating has a column for', async () => {
    const subject = await createSubject(db());
    await createRecord(db(), subject, { severity: 'serious' });
    const computed = await rescoreSubject(db(), subject.id);
    const row = await db().models.Rating.findOne({
      where: { subjectId: subject.id },
      rejectOnEmpty: true,
    });
    // The subject kind, the black and red list flags and the items.
    expect(row.breakdown).toEqual([
      'person',
      0,
      0,
      compactRating(computed).items,
    ]);
    expect(row).toMatchObject({ score: computed.score, modelVersion: 1 });
    expect(await read(subject.id)).toEqual(computed);
  });

  test('a row whose breakdown repeats its verdict is answered as before', async () => {
    const subject = await createSubject(db());
    await createRecord(db(), subject, { type: 'redlist', severity: null });
    const computed = await rescoreSubject(db(), subject.id);
    const compact = compactRating(computed);
    expect(breakdownOf(compact)).not.toHaveProperty('score');
    await db().models.Rating.update(
      { breakdown: compact },
      { where: { subjectId: subject.id } },
    );
    expect(await read(subject.id)).toEqual(computed);
  });

  test('a breakdown of named fields, as written before, reads the same', async () => {
    const subject = await createSubject(db());
    await createRecord(db(), subject, { type: 'blacklist', severity: null });
    const computed = await rescoreSubject(db(), subject.id);
    const { subjectKind, blacklisted, redlisted, items } =
      compactRating(computed);
    expect(blacklisted).toBe(true);
    await db().models.Rating.update(
      { breakdown: { subjectKind, blacklisted, redlisted, items } },
      { where: { subjectId: subject.id } },
    );
    expect(await read(subject.id)).toEqual(computed);
  });

  test('a row stored whole before ratings were compact is answered as is', async () => {
    const subject = await createSubject(db());
    await createRecord(db(), subject);
    const computed = await rescoreSubject(db(), subject.id);
    const whole: Rating = { ...computed, gradeLabel: '旧的等级说明' };
    await db().models.Rating.update(
      { breakdown: whole },
      { where: { subjectId: subject.id } },
    );
    expect(await read(subject.id)).toEqual(whole);
  });

  test('a record gone since the rating was stored gets the subject rescored', async () => {
    const subject = await createSubject(db());
    const kept = await createRecord(db(), subject);
    const gone = await createRecord(db(), subject, { severity: 'serious' });
    await rescoreSubject(db(), subject.id);
    await gone.destroy();

    const rating = await read(subject.id);
    const items = rating.dimensions.flatMap((d) => d.items);
    expect(items.map((item) => item.recordId)).toEqual([kept.id]);
    const row = await db().models.Rating.findOne({
      where: { subjectId: subject.id },
      rejectOnEmpty: true,
    });
    expect(storedRating(row)).toEqual(compactRating(rating));
  });

  test('is explained by the model version it was computed under', async () => {
    const subject = await createSubject(db());
    await createRecord(db(), subject, { decisionDate: '2025-01-01' });
    const base = defaultModels.person;
    const publish = (version: number, label: string) =>
      db().models.ScoringModel.create({
        subjectKind: 'person',
        version,
        publishedAt: new Date(),
        publishedBy: null,
        definition: {
          base: base.base,
          dimensions: base.dimensions.map((d) => ({
            ...d,
            rules: d.rules.map((r) =>
              r.recordType === 'penalty'
                ? { ...r, label, halfLifeDays: 365 }
                : r,
            ),
          })),
        },
      });
    await publish(2, '第二版处罚');
    const computed = await rescoreSubject(db(), subject.id);
    await publish(3, '第三版处罚');

    const rating = await read(subject.id);
    expect(rating).toEqual(computed);
    expect(rating.modelVersion).toBe(2);
    const [item] = rating.dimensions.flatMap((d) => d.items);
    expect(item.rule).toMatch(/^第二版处罚 -\d+，半衰期 365 天，已 \d+ 天/);
  });
});
