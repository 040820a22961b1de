import type { Rating } from '@creditplus/shared';
import { Transaction, UniqueConstraintError } from 'sequelize';

import { createRecord, createSubject } from '../../test/factories';
import { onServerDatabase, useTestDatabase } from '../../test/support/db';
import { listRatingHistory } from './listRatingHistory';
import { loadScoringModels } from './loadScoringModels';
import { rateSubjects } from './rateSubjects';
import { rescoreSubject } from './rescoreSubject';
import { readRatings, storeRatings } from './storeRatings';

describe('rating history', () => {
  const db = useTestDatabase();

  test('gains a point only when score, grade or version changes', async () => {
    const subject = await createSubject(db());
    await rescoreSubject(db(), subject.id);
    await rescoreSubject(db(), subject.id);
    expect(await listRatingHistory(db(), subject.id)).toEqual([
      expect.objectContaining({ score: 650, grade: 'A', modelVersion: 1 }),
    ]);

    const record = await createRecord(db(), subject, { severity: 'serious' });
    await rescoreSubject(db(), subject.id);
    await record.update({ status: 'revoked' });
    await rescoreSubject(db(), subject.id);

    const points = await listRatingHistory(db(), subject.id);
    expect(points.map((p) => [p.score, p.grade])).toEqual([
      [650, 'A'],
      [500, 'C'],
      [650, 'A'],
    ]);
  });

  test('the rating written is the one the history ends with', async () => {
    const subject = await createSubject(db(), 'organization');
    await createRecord(db(), subject, { type: 'license', severity: null });
    const rating = await rescoreSubject(db(), subject.id);
    const stored = await db().models.Rating.findOne({
      where: { subjectId: subject.id },
    });
    const points = await listRatingHistory(db(), subject.id);
    expect(stored?.score).toBe(rating.score);
    expect(points.at(-1)?.score).toBe(670);
  });
});

describe('ratings stored while other changes may commit (keepNewer)', () => {
  const db = useTestDatabase();

  test('a rating still missing is inserted with its history point', async () => {
    const subject = await createSubject(db());
    await createRecord(db(), subject, { severity: 'general' });
    const now = new Date('2026-12-05T02:00:00Z');

    const [rating] = await db().sequelize.transaction(async (transaction) => {
      const before = await readRatings(db(), [subject.id], {
        transaction,
        lock: 'keys',
      });
      const models = await loadScoringModels(db(), transaction);
      const ratings = await rateSubjects(db(), [subject], models, {
        transaction,
        now,
      });
      await storeRatings(db(), ratings, before, {
        transaction,
        keepNewer: true,
      });
      return ratings;
    });

    const stored = await db().models.Rating.findByPk(subject.id);
    expect(stored).toMatchObject({
      score: 590,
      grade: rating.grade,
      modelVersion: 1,
      computedAt: now,
    });
    expect(await listRatingHistory(db(), subject.id)).toEqual([
      {
        computedAt: now.toISOString(),
        score: 590,
        grade: rating.grade,
        modelVersion: 1,
      },
    ]);
  });

  // MariaDB only: on SQLite a second writer cannot commit while the first
  // transaction holds the write lock, so no rating can appear meanwhile.
  (onServerDatabase ? describe : describe.skip)('on MariaDB', () => {
    // The rescore job's batches lock runs of consecutive subjects side by
    // side, and each commits after the one before it: a batch held back
    // by the next one would wait for ever. Two transactions lock the
    // ratings of four rated subjects, the second waiting a second at most:
    // a wait is the failure looked for.
    async function lockingSideBySide(
      steps: (
        subjects: number[],
        first: Transaction,
        second: Transaction,
      ) => Promise<void>,
    ) {
      const subjects = [];
      for (let i = 0; i < 4; i += 1) {
        const subject = await createSubject(db());
        await rescoreSubject(db(), subject.id);
        subjects.push(subject.id);
      }
      const readCommitted = {
        isolationLevel: Transaction.ISOLATION_LEVELS.READ_COMMITTED,
      };
      const first = await db().sequelize.transaction(readCommitted);
      const second = await db().sequelize.transaction(readCommitted);
      const waitAtMost = (seconds: number | 'DEFAULT') =>
        db().sequelize.query(
          `SET SESSION innodb_lock_wait_timeout = ${seconds}`,
          { transaction: second },
        );
      try {
        await waitAtMost(1);
        await steps(subjects, first, second);
      } finally {
        await waitAtMost('DEFAULT').catch(() => undefined);
        await second.rollback();
        await first.rollback();
      }
    }

    /** Locks key by key: the later run first, then `earlier`. */
    const keysAfterTheRunAfter = (earlier: (ids: number[]) => number[]) =>
      lockingSideBySide(async (subjects, later, locking) => {
        await readRatings(db(), subjects.slice(2), {
          transaction: later,
          lock: 'keys',
        });
        const locked = await readRatings(db(), earlier(subjects), {
          transaction: locking,
          lock: 'keys',
        });
        expect([...locked.keys()]).toEqual(subjects.slice(0, 2));
      });

    test('locking a run of ratings holds back no run before it', async () => {
      await keysAfterTheRunAfter((subjects) => subjects.slice(0, 2));
    });

    test('nor does a long run of subjects, most not yet rated', async () => {
      // As in the first rating of everyone: ids of subjects without a
      // rating, more than MariaDB keeps as a list of keys.
      await keysAfterTheRunAfter((subjects) => [
        ...subjects.slice(0, 2),
        ...Array.from({ length: 1500 }, (_, i) => 10_000_000 + i),
      ]);
    });

    test('a range locked after the range before it waits for nothing', async () => {
      // The read of a range also locks the first rating past it for a
      // moment; at READ COMMITTED it lets go of it, so the next batch can
      // lock that rating as the first of its own range.
      await lockingSideBySide(async (subjects, earlier, later) => {
        const first = await readRatings(db(), subjects.slice(0, 2), {
          transaction: earlier,
          lock: 'range',
        });
        expect([...first.keys()]).toEqual(subjects.slice(0, 2));
        const second = await readRatings(db(), subjects.slice(2), {
          transaction: later,
          lock: 'range',
        });
        expect([...second.keys()]).toEqual(subjects.slice(2));
      });
    });

    test('a rating written meanwhile is never written over', async () => {
      const subject = await createSubject(db());
      const models = await loadScoringModels(db());
      // As a batch of the rescore job does: lock, then read the records.
      const batch = await db().sequelize.transaction({
        isolationLevel: Transaction.ISOLATION_LEVELS.READ_COMMITTED,
      });
      let fresh: Rating;
      try {
        const before = await readRatings(db(), [subject.id], {
          transaction: batch,
          lock: 'keys',
        });
        const [stale] = await rateSubjects(db(), [subject], models, {
          transaction: batch,
          now: new Date(),
        });

        // A record change commits and rates the subject: no row was there
        // for the batch to lock, so nothing holds it back.
        await createRecord(db(), subject, { severity: 'general' });
        fresh = await rescoreSubject(db(), subject.id);
        expect(fresh.score).not.toBe(stale.score);

        await expect(
          storeRatings(db(), [stale], before, {
            transaction: batch,
            keepNewer: true,
          }),
        ).rejects.toBeInstanceOf(UniqueConstraintError);
      } finally {
        await batch.rollback();
      }

      const stored = await db().models.Rating.findByPk(subject.id);
      expect(stored).toMatchObject({
        score: fresh.score,
        grade: fresh.grade,
        modelVersion: fresh.modelVersion,
        computedAt: new Date(fresh.computedAt),
      });
      expect(await listRatingHistory(db(), subject.id)).toEqual([
        {
          computedAt: fresh.computedAt,
          score: fresh.score,
          grade: fresh.grade,
          modelVersion: fresh.modelVersion,
        },
      ]);
    });
  });
});
