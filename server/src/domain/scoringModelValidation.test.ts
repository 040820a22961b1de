import { checkScoringModel, ScoringModelDraft } from './scoringModelValidation';
import { organizationModelV1, personModelV1 } from './scoringModels';

function draftOf(
  model: typeof personModelV1,
  change: (draft: ScoringModelDraft) => void = () => undefined,
): ScoringModelDraft {
  const { version: _version, ...rest } = structuredClone(model);
  const draft: ScoringModelDraft = rest;
  change(draft);
  return draft;
}

function problemsOf(draft: ScoringModelDraft) {
  const result = checkScoringModel(draft);
  return result.ok ? [] : result.problems;
}

describe('checkScoringModel', () => {
  test('accepts both default models', () => {
    expect(problemsOf(draftOf(personModelV1))).toEqual([]);
    expect(problemsOf(draftOf(organizationModelV1))).toEqual([]);
  });

  test('accepts a rule with a half-life', () => {
    const draft = draftOf(personModelV1, (d) => {
      d.dimensions[2].rules[0].halfLifeDays = 365;
    });
    expect(checkScoringModel(draft).ok).toBe(true);
  });

  test.each(['__proto__', 'toString', 'constructor'])(
    'refuses %j as a subject kind',
    (kind) => {
      const draft = draftOf(personModelV1, (d) => {
        d.subjectKind = kind;
      });
      expect(problemsOf(draft).map((p) => p.path)).toEqual(['subjectKind']);
    },
  );

  test('lists every problem of a bad model with its place', () => {
    const draft = draftOf(personModelV1, (d) => {
      d.subjectKind = 'robot';
      d.base = 1200;
      d.dimensions[1].key = 'bad_conduct';
      d.dimensions[0].cap = { min: 10, max: 50 };
      d.dimensions[2].rules[0].recordType = 'parking';
      d.dimensions[2].rules[1].points = -700;
      d.dimensions[2].rules[2].halfLifeDays = 0;
    });
    expect(problemsOf(draft).map((p) => p.path)).toEqual([
      'subjectKind',
      'base',
      'dimensions.0.cap',
      'dimensions.2.key',
      'dimensions.2.rules.0.recordType',
      'dimensions.2.rules.1.points',
      'dimensions.2.rules.2.halfLifeDays',
    ]);
    for (const problem of problemsOf(draft)) {
      expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test('refuses points outside the cap and a zero or fractional point', () => {
    const draft = draftOf(organizationModelV1, (d) => {
      d.dimensions[0].rules[0].points = 150;
      d.dimensions[1].rules[0].points = 0;
      d.dimensions[2].rules[0].points = -80.5;
    });
    expect(problemsOf(draft).map((p) => p.path)).toEqual([
      'dimensions.0.rules.0.points',
      'dimensions.1.rules.0.points',
      'dimensions.2.rules.0.points',
    ]);
  });

  test('takes a watch list only as a deduction', () => {
    // In good conduct, whose cap allows a bonus, or in bad conduct.
    const rule = (dimension: 1 | 2, points: number) =>
      draftOf(personModelV1, (d) => {
        d.dimensions[dimension].rules.push({
          recordType: 'watchlist',
          points,
          label: '重点关注名单',
        });
      });
    expect(problemsOf(rule(2, -50))).toEqual([]);
    expect(problemsOf(rule(1, 50))).toEqual([
      { path: 'dimensions.1.rules.2.points', message: '重点关注名单不能加分' },
    ]);
  });

  test('refuses a record scored by two rules', () => {
    const draft = draftOf(organizationModelV1, (d) => {
      d.dimensions[3].rules.push({
        recordType: 'penalty',
        points: -50,
        label: '行政处罚',
      });
    });
    expect(problemsOf(draft)).toEqual([
      {
        path: 'dimensions.3.rules.0',
        message: '与 dimensions.2.rules.0 重复计分同一类记录',
      },
    ]);
  });

  test('refuses severities on non-penalties and on minor penalties', () => {
    const draft = draftOf(personModelV1, (d) => {
      d.dimensions[1].rules[0].severity = 'serious';
      d.dimensions[2].rules[0].severity = 'minor';
    });
    expect(problemsOf(draft).map((p) => p.path)).toEqual([
      'dimensions.1.rules.0.severity',
      'dimensions.2.rules.0.severity',
    ]);
  });

  test('a model can never reward a blacklisting or punish a red list', () => {
    const draft = draftOf(personModelV1, (d) => {
      d.dimensions[1].rules.push({
        recordType: 'blacklist',
        points: 10,
        label: '名单',
      });
      d.dimensions[2].rules = d.dimensions[2].rules.filter(
        (r) => r.recordType !== 'blacklist',
      );
      d.dimensions[2].rules.push({
        recordType: 'redlist',
        points: -10,
        label: '名单',
      });
      d.dimensions[1].rules.shift();
    });
    expect(problemsOf(draft).map((p) => p.path)).toEqual([
      'dimensions.1.rules.1.points',
      'dimensions.2.rules.3.points',
    ]);
  });

  test('refuses a model without dimensions and empty labels', () => {
    expect(
      problemsOf(draftOf(personModelV1, (d) => (d.dimensions = []))),
    ).toEqual([{ path: 'dimensions', message: '模型至少要有一个维度' }]);
    const unlabelled = draftOf(personModelV1, (d) => {
      d.dimensions[0].label = ' ';
    });
    expect(problemsOf(unlabelled).map((p) => p.path)).toEqual([
      'dimensions.0.label',
    ]);
  });
});
