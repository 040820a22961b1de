import { personModelV1 } from '../domain/scoringModels';
import { AppError } from '../errors';
import { createUser } from '../../test/factories';
import { useTestDatabase } from '../../test/support/db';
import { publishScoringModel } from './publishScoringModel';

describe('publishing a scoring model', () => {
  const db = useTestDatabase();

  function draftWithBase(base: number) {
    const { version: _version, ...draft } = structuredClone(personModelV1);
    draft.base = base;
    return draft;
  }

  test('versions published at once are dated in version order', async () => {
    const officer = await createUser(db(), { role: 'office' });
    const outcomes = await Promise.allSettled(
      [601, 602, 603, 604].map((base) =>
        publishScoringModel(db(), draftWithBase(base), officer.id),
      ),
    );
    // One database takes them one after another; another may refuse the
    // ones that raced for the same version number.
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toBeInstanceOf(AppError);
        expect((outcome.reason as AppError).code).toBe(
          'model_version_conflict',
        );
      }
    }
    const models = await db().models.ScoringModel.findAll({
      where: { subjectKind: 'person' },
      order: [['version', 'ASC']],
    });
    const published = outcomes.filter((o) => o.status === 'fulfilled');
    expect(published.length).toBeGreaterThan(0);
    expect(models.length).toBe(1 + published.length);
    const times = models.map((m) => m.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.now());
  });
});
