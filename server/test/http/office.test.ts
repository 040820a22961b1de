import type { JobView, ModelPublished } from '@creditplus/shared';

import { personModelV1 } from '../../src/domain/scoringModels';
import { rescoreSubject } from '../../src/services/rescoreSubject';
import { createRecord, createSubject } from '../factories';
import { useTestApp, type TestApp } from '../support/app';

function draftModel() {
  const { version: _version, ...draft } = structuredClone(personModelV1);
  return draft;
}

async function waitForJob(testApp: TestApp, auth: string, id: number) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const response = await testApp
      .request()
      .get(`/api/office/jobs/${id}`)
      .set('Authorization', auth);
    const job = response.body as JobView;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${id} did not finish`);
}

describe('office model publishing', () => {
  const testApp = useTestApp();
  let office: string;
  let citizen: string;
  let subjectIds: number[];

  beforeAll(async () => {
    const { db } = testApp().deps;
    office = (await testApp().createUser({ role: 'office' })).auth;
    subjectIds = [];
    for (const kind of ['person', 'person', 'organization'] as const) {
      const subject = await createSubject(db, kind);
      await createRecord(db, subject, { severity: 'general' });
      await rescoreSubject(db, subject.id);
      subjectIds.push(subject.id);
    }
    citizen = (
      await testApp().createUser({ role: 'citizen', subjectId: subjectIds[0] })
    ).auth;
  });

  const ratingRows = () =>
    testApp().deps.db.models.Rating.findAll({
      attributes: ['subjectId', 'score', 'grade', 'modelVersion'],
      order: [['subjectId', 'ASC']],
      raw: true,
    });

  test('only the credit office reaches the office routes', async () => {
    const merchant = (await testApp().createUser({ role: 'merchant' })).auth;
    for (const auth of [citizen, merchant]) {
      const list = await testApp()
        .request()
        .get('/api/office/models')
        .set('Authorization', auth);
      expect(list.status).toBe(403);
      expect(list.body.error.code).toBe('forbidden');
      const publish = await testApp()
        .request()
        .post('/api/office/models')
        .set('Authorization', auth)
        .send(draftModel());
      expect(publish.status).toBe(403);
      const job = await testApp()
        .request()
        .get('/api/office/jobs/1')
        .set('Authorization', auth);
      expect(job.status).toBe(403);
    }
    const anonymous = await testApp().request().get('/api/office/models');
    expect(anonymous.status).toBe(401);
  });

  test('lists every version of both kinds, the latest first', async () => {
    const response = await testApp()
      .request()
      .get('/api/office/models')
      .set('Authorization', office);
    expect(response.status).toBe(200);
    expect(
      response.body.map((m: { subjectKind: string; version: number }) => [
        m.subjectKind,
        m.version,
      ]),
    ).toEqual([
      // Version 2 adds the watch lists (see its migration).
      ['organization', 2],
      ['organization', 1],
      ['person', 1],
    ]);
  });

  test('an invalid model is refused with every reason and changes nothing', async () => {
    const before = await ratingRows();
    const draft = draftModel();
    draft.base = 1001;
    draft.dimensions[2].rules[0].points = -900;
    draft.dimensions[1].rules[0].recordType = 'parking' as never;

    const response = await testApp()
      .request()
      .post('/api/office/models')
      .set('Authorization', office)
      .send(draft);

    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('model_invalid');
    expect(
      response.body.error.details.reasons.map((r: { path: string }) => r.path),
    ).toEqual([
      'base',
      'dimensions.1.rules.0.recordType',
      'dimensions.2.rules.0.points',
    ]);
    const { ScoringModel, Job } = testApp().deps.db.models;
    expect(await ScoringModel.count()).toBe(3);
    expect(await Job.count()).toBe(0);
    expect(await ratingRows()).toEqual(before);
  });

  test('a model the same as the version in force is refused', async () => {
    const response = await testApp()
      .request()
      .post('/api/office/models')
      .set('Authorization', office)
      .send(draftModel());
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('model_unchanged');
    const { ScoringModel, Job } = testApp().deps.db.models;
    expect(await ScoringModel.count()).toBe(3);
    expect(await Job.count()).toBe(0);
  });

  test('a body of the wrong shape is refused before any check', async () => {
    const unknown = await testApp()
      .request()
      .post('/api/office/models')
      .set('Authorization', office)
      .send({ ...draftModel(), version: 9 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('unknown_field');

    const wrongType = await testApp()
      .request()
      .post('/api/office/models')
      .set('Authorization', office)
      .send({ ...draftModel(), base: '650' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.code).toBe('validation_failed');
  });

  test('publishing rescores everyone in a job and keeps the history', async () => {
    const draft = draftModel();
    draft.dimensions[2].rules[0].points = -100;

    const response = await testApp()
      .request()
      .post('/api/office/models')
      .set('Authorization', office)
      .send(draft);

    expect(response.status).toBe(201);
    const published = response.body as ModelPublished;
    expect(published.model).toMatchObject({
      version: 2,
      subjectKind: 'person',
      base: 650,
    });
    const job = await waitForJob(testApp(), office, published.job.id);
    expect(job).toMatchObject({ status: 'done', kind: 'rescore_all' });
    expect(job.done).toBe(job.total);

    // Persons move to version 2; organizations are rated again with their
    // own model, unchanged by this publish.
    expect(await ratingRows()).toEqual([
      { subjectId: subjectIds[0], score: 550, grade: 'B', modelVersion: 2 },
      { subjectId: subjectIds[1], score: 550, grade: 'B', modelVersion: 2 },
      { subjectId: subjectIds[2], score: 570, grade: 'C', modelVersion: 2 },
    ]);

    const history = await testApp()
      .request()
      .get('/api/me/rating/history')
      .set('Authorization', citizen);
    expect(history.status).toBe(200);
    expect(
      history.body.map((p: { score: number; modelVersion: number }) => [
        p.score,
        p.modelVersion,
      ]),
    ).toEqual([
      [590, 1],
      [550, 2],
    ]);

    const rating = await testApp()
      .request()
      .get('/api/me/rating')
      .set('Authorization', citizen);
    expect(rating.body).toMatchObject({ score: 550, modelVersion: 2 });
  });

  test('an unknown job is not found', async () => {
    for (const id of ['999', 'abc', '0x1', '1.0']) {
      const response = await testApp()
        .request()
        .get(`/api/office/jobs/${id}`)
        .set('Authorization', office);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('job_not_found');
    }
  });
});
