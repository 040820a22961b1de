import { createMemoryCache } from '../cache/memoryCache';
import { createRecord, createSubject } from '../../test/factories';
import { writeFromAnotherProcess } from '../../test/support/anotherProcess';
import { useTestDatabase } from '../../test/support/db';
import { createLogger } from '../log/logger';
import { personModelV1 } from '../domain/scoringModels';
import { publishScoringModel } from '../services/publishScoringModel';
import { rescoreSubject } from '../services/rescoreSubject';
import { RESCORE_ALL, resumeRescoreJobs, runRescoreAll } from './rescoreAll';

// Version 2 of the person model: a general penalty costs 100, not 60.
function harsherPersonModel() {
  const { version: _version, ...draft } = structuredClone(personModelV1);
  draft.dimensions[2].rules[0].points = -100;
  return draft;
}

/** A logger that stops the job once it has logged `batches` batches. */
function stoppingAfter(batches: number) {
  const controller = new AbortController();
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    level: 'info',
    destination: {
      write(line: string) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        const progress = lines.filter((l) => l.msg === 'rescore progress');
        if (progress.length >= batches) controller.abort();
      },
    },
  });
  return { log, signal: controller.signal, lines };
}

describe('the rescore-all job', () => {
  const db = useTestDatabase();
  const cache = createMemoryCache();

  test('resumes from its cursor after a stop, redoing no subject', async () => {
    const subjects = [];
    for (let i = 0; i < 7; i += 1) {
      const subject = await createSubject(db());
      await createRecord(db(), subject, { severity: 'general' });
      await rescoreSubject(db(), subject.id);
      subjects.push(subject);
    }
    const officer = await db().models.User.create({
      role: 'office',
      login: null,
      openid: null,
      displayName: '信用办',
      subjectId: null,
      merchantId: null,
    });
    const { job } = await publishScoringModel(
      db(),
      harsherPersonModel(),
      officer.id,
    );

    const first = stoppingAfter(2);
    const firstRun = new Date('2026-12-04T01:00:00Z');
    await runRescoreAll({ db: db(), cache, log: first.log }, job.id, {
      batchSize: 3,
      signal: first.signal,
      now: () => firstRun,
    });
    await job.reload();
    expect(job).toMatchObject({ status: 'running', done: 6 });
    expect(job.cursor).toBe(subjects[5].id);
    expect(first.lines).toContainEqual(
      expect.objectContaining({ msg: 'rescore progress', done: 3 }),
    );

    // "Restart": a new process resumes what the first one left running.
    const quiet = createLogger({ level: 'silent' });
    await resumeRescoreJobs({ db: db(), cache, log: quiet }, { batchSize: 3 });
    await job.reload();
    expect(job).toMatchObject({ status: 'done', done: 7 });
    expect(job.total).toBeGreaterThanOrEqual(7);

    const ratings = await db().models.Rating.findAll({
      where: { subjectId: subjects.map((s) => s.id) },
      order: [['subjectId', 'ASC']],
    });
    expect(ratings.map((r) => [r.modelVersion, r.score])).toEqual(
      subjects.map(() => [2, 550]),
    );
    // The six done before the stop kept the first run's time.
    expect(
      ratings.map((r) => r.computedAt.getTime() === firstRun.getTime()),
    ).toEqual([true, true, true, true, true, true, false]);
  });

  test('keeps the old ratings as history', async () => {
    const subject = await db().models.Subject.findOne({
      order: [['id', 'ASC']],
    });
    const points = await db().models.RatingHistory.findAll({
      where: { subjectId: subject!.id },
      order: [['id', 'ASC']],
    });
    expect(points.map((p) => [p.modelVersion, p.score])).toEqual([
      [1, 590],
      [2, 550],
    ]);
  });

  test('a finished job is not walked again', async () => {
    const job = await db().models.Job.findOne({ order: [['id', 'DESC']] });
    const finishedAt = job!.finishedAt;
    const quiet = createLogger({ level: 'silent' });
    await runRescoreAll({ db: db(), cache, log: quiet }, job!.id);
    await job!.reload();
    expect(job!.finishedAt).toEqual(finishedAt);
  });

  describe('across processes', () => {
    async function queuedJob() {
      for (let i = 0; i < 4; i += 1) {
        const subject = await createSubject(db());
        await createRecord(db(), subject, { severity: 'general' });
        await rescoreSubject(db(), subject.id);
      }
      const job = await db().models.Job.create({
        kind: RESCORE_ALL,
        status: 'queued',
      });
      return job;
    }

    test('a job another process holds is left to it until its lease ends', async () => {
      const job = await queuedJob();
      await job.update({
        leaseOwner: 'another-process',
        leaseUntil: new Date(Date.now() + 60_000),
      });
      const quiet = createLogger({ level: 'silent' });
      await runRescoreAll({ db: db(), cache, log: quiet }, job.id);
      await job.reload();
      expect(job).toMatchObject({ status: 'queued', cursor: 0, done: 0 });

      // That process died: its lease runs out and the job is taken over.
      await job.update({ leaseUntil: new Date(Date.now() - 1000) });
      await runRescoreAll({ db: db(), cache, log: quiet }, job.id);
      await job.reload();
      expect(job).toMatchObject({ status: 'done', leaseOwner: null });
      expect(job.done).toBe(await db().models.Subject.count());
    });

    test('a run whose lease was taken stops at its next batch', async () => {
      const job = await queuedJob();
      const lines: Record<string, unknown>[] = [];
      const log = createLogger({
        level: 'info',
        destination: {
          write(line: string) {
            const entry = JSON.parse(line) as Record<string, unknown>;
            lines.push(entry);
            // After the first batch, as if this run had stalled past its
            // lease, another process takes the job, before this run goes
            // on.
            const progress = lines.filter((l) => l.msg === 'rescore progress');
            if (progress.length === 1 && entry === progress[0]) {
              writeFromAnotherProcess(
                db(),
                'UPDATE jobs SET lease_owner = ?, lease_until = ?' +
                  ' WHERE id = ?',
                ['another-process', '2099-01-01 00:00:00.000', `${job.id}`],
              );
            }
          },
        },
      });
      await runRescoreAll({ db: db(), cache, log }, job.id, { batchSize: 2 });
      await job.reload();
      expect(job).toMatchObject({
        status: 'running',
        done: 2,
        leaseOwner: 'another-process',
      });
      expect(lines.map((l) => l.msg)).toContain(
        'rescore job taken over by another process',
      );
    });
  });
});
