import type { Subject } from '../db/models';
import type { CompactRating } from '../domain/ratingBreakdown';
import { personModelV1 } from '../domain/scoringModels';
import { createRecord, createSubject, createUser } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { listRatingHistory } from './listRatingHistory';
import { publishScoringModel } from './publishScoringModel';
import {
  inHistoryBlocks,
  MIN_POINTS_PER_BLOCK,
  SUBJECTS_PER_BLOCK,
} from './ratingHistoryBlocks';
import { rescoreSubject } from './rescoreSubject';
import { rescoreSubjects } from './rescoreSubjects';

function rating(subjectId: number, computedAt: string): CompactRating {
  return {
    subjectId,
    subjectKind: 'person',
    score: 650,
    grade: 'A',
    blacklisted: false,
    redlisted: false,
    modelVersion: 1,
    computedAt,
    items: [[], [], []],
  };
}

describe('splitting history points into blocks', () => {
  const at = '2026-12-05T02:00:00.000Z';
  const later = '2026-12-05T02:00:00.001Z';
  const ids = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => from + i);

  test('a block with enough points at one instant gets a row', () => {
    const full = ids(SUBJECTS_PER_BLOCK, MIN_POINTS_PER_BLOCK);
    const { blocks, rows } = inHistoryBlocks(full.map((id) => rating(id, at)));
    expect(rows).toEqual([]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].block).toBe(1);
    expect(blocks[0].ratings.map((r) => r.subjectId)).toEqual(full);
  });

  test('fewer points of a block are left as rows', () => {
    const few = ids(0, MIN_POINTS_PER_BLOCK - 1);
    const { blocks, rows } = inHistoryBlocks(few.map((id) => rating(id, at)));
    expect(blocks).toEqual([]);
    expect(rows.map((r) => r.subjectId)).toEqual(few);
  });

  test('blocks are split at their boundary and by instant', () => {
    // The last few ids of block 0, then block 1 at two instants.
    const ratings = [
      ...ids(SUBJECTS_PER_BLOCK - 3, 3).map((id) => rating(id, at)),
      ...ids(SUBJECTS_PER_BLOCK, 20).map((id) => rating(id, at)),
      ...ids(SUBJECTS_PER_BLOCK + 20, 20).map((id) => rating(id, later)),
    ];
    const { blocks, rows } = inHistoryBlocks(ratings);
    expect(rows.map((r) => r.subjectId)).toEqual(
      ids(SUBJECTS_PER_BLOCK - 3, 3),
    );
    expect(
      blocks.map((b) => [b.block, b.computedAt, b.ratings.length]),
    ).toEqual([
      [1, at, 20],
      [1, later, 20],
    ]);
  });
});

describe('history points kept by block', () => {
  const db = useTestDatabase();
  const first = new Date('2026-12-05T02:00:00Z');
  const second = new Date('2026-12-06T02:00:00Z');
  const subjects: Subject[] = [];

  beforeAll(async () => {
    // Two blocks' worth of consecutive subjects: at least one block holds
    // enough of them for a row of its own.
    for (let i = 0; i < 2 * MIN_POINTS_PER_BLOCK + 4; i += 1) {
      subjects.push(await createSubject(db()));
    }
    await db().sequelize.transaction((transaction) =>
      rescoreSubjects(
        db(),
        subjects.map((s) => s.id),
        { transaction, now: first },
      ),
    );
  });

  /** How many of these subjects share a block with enough of them. */
  function inFullBlocks(ids: number[]): number[] {
    const perBlock = new Map<number, number[]>();
    for (const id of ids) {
      const block = Math.floor(id / SUBJECTS_PER_BLOCK);
      perBlock.set(block, [...(perBlock.get(block) ?? []), id]);
    }
    return [...perBlock.values()]
      .filter((members) => members.length >= MIN_POINTS_PER_BLOCK)
      .flat();
  }

  test('points many subjects gain at once share a row per block', async () => {
    const ids = subjects.map((s) => s.id);
    const blocked = inFullBlocks(ids);
    expect(blocked.length).toBeGreaterThanOrEqual(MIN_POINTS_PER_BLOCK);

    const rows = await db().models.RatingHistory.findAll({
      where: { subjectId: ids },
    });
    expect(rows.map((r) => r.subjectId).sort((a, b) => a - b)).toEqual(
      ids.filter((id) => !blocked.includes(id)),
    );
    const blockRows = await db().models.RatingHistoryBlock.findAll();
    expect(blockRows).toHaveLength(
      new Set(blocked.map((id) => Math.floor(id / SUBJECTS_PER_BLOCK))).size,
    );

    // Every subject sees its own point, wherever it is kept.
    for (const id of ids) {
      expect(await listRatingHistory(db(), id)).toEqual([
        {
          computedAt: first.toISOString(),
          score: 650,
          grade: 'A',
          modelVersion: 1,
        },
      ]);
    }
  });

  test('a rescore that changes nothing adds no point', async () => {
    const blocksBefore = await db().models.RatingHistoryBlock.count();
    await db().sequelize.transaction((transaction) =>
      rescoreSubjects(
        db(),
        subjects.map((s) => s.id),
        { transaction, now: second },
      ),
    );
    expect(await db().models.RatingHistoryBlock.count()).toBe(blocksBefore);
    expect(await listRatingHistory(db(), subjects[0].id)).toHaveLength(1);
  });

  test("a subject's trend merges its rows and its blocks in time order", async () => {
    const subject = subjects.find((s) =>
      inFullBlocks(subjects.map((t) => t.id)).includes(s.id),
    )!;
    // A record change adds a row; a new model version then changes every
    // subject's rating at once, which adds a block row again.
    const record = await createRecord(db(), subject, { severity: 'serious' });
    await rescoreSubject(db(), subject.id, {
      now: new Date('2026-12-07T02:00:00Z'),
    });
    await record.update({ status: 'revoked' });
    const { version: _version, ...draft } = structuredClone(personModelV1);
    draft.base += 10;
    const officer = await createUser(db(), { role: 'office' });
    await publishScoringModel(db(), draft, officer.id);
    await db().sequelize.transaction((transaction) =>
      rescoreSubjects(
        db(),
        subjects.map((s) => s.id),
        { transaction, now: new Date('2026-12-08T02:00:00Z') },
      ),
    );
    const blocked = inFullBlocks(subjects.map((s) => s.id));
    expect(
      await db().models.RatingHistory.count({
        where: { subjectId: blocked },
      }),
    ).toBe(1);

    const points = await listRatingHistory(db(), subject.id);
    expect(
      points.map((p) => [p.computedAt.slice(0, 10), p.score, p.modelVersion]),
    ).toEqual([
      ['2026-12-05', 650, 1],
      ['2026-12-07', 500, 1],
      ['2026-12-08', 660, 2],
    ]);
    const neighbour = subjects.find((s) => s.id !== subject.id)!;
    expect(
      (await listRatingHistory(db(), neighbour.id)).map((p) => p.score),
    ).toEqual([650, 660]);
  });
});
