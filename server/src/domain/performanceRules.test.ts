import { scoreSubject, ScorableRecord } from './scoreSubject';
import { checkScoringModel } from './scoringModelValidation';
import {
  organizationModelV1,
  personModelV1,
  ScoringModel,
} from './scoringModels';

// Performance records (deposit-free deals) are scored by their category:
// returned on time +10, defaulted −50, for persons and organizations.
const now = new Date('2026-12-03T06:00:00Z');

function deal(id: number, category: string): ScorableRecord {
  return {
    id,
    type: 'performance',
    category,
    title: '免押服务',
    docNumber: `信用+履约-${id}`,
    department: '测试商户',
    decisionDate: '2026-11-01',
    disclosureEnd: '2028-11-01',
    severity: null,
    status: 'active',
  };
}

function rate(model: ScoringModel, records: ScorableRecord[]) {
  return scoreSubject({
    subjectId: 1,
    subjectKind: model.subjectKind,
    records,
    model,
    today: '2026-12-03',
    now,
  });
}

function draftOf(model: ScoringModel) {
  const { version: _version, ...rest } = structuredClone(model);
  return rest;
}

describe('performance rules of the version 1 models', () => {
  test.each([
    [personModelV1, 660, 600],
    [organizationModelV1, 660, 600],
  ])('%#: returned adds 10, defaulted takes 50', (model, up, down) => {
    expect(rate(model, [deal(1, 'returned')]).score).toBe(up);
    expect(rate(model, [deal(2, 'defaulted')]).score).toBe(down);
    const items = rate(model, [deal(3, 'returned')]).dimensions.flatMap(
      (d) => d.items,
    );
    expect(items).toEqual([
      expect.objectContaining({ recordId: 3, rule: '免押服务按时归还 +10' }),
    ]);
  });

  test('a category on another record type, or an unknown one, is refused', () => {
    const draft = draftOf(personModelV1);
    draft.dimensions[1].rules[0] = {
      ...draft.dimensions[1].rules[0],
      category: 'returned',
    };
    draft.dimensions[2].rules[3] = {
      ...draft.dimensions[2].rules[3],
      category: 'late',
    };
    const result = checkScoringModel(draft);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'dimensions.1.rules.0.category',
      'dimensions.2.rules.3.category',
    ]);
  });

  test('a performance rule without a category overlaps both categories', () => {
    const draft = draftOf(personModelV1);
    draft.dimensions[0].rules.push({
      recordType: 'performance',
      points: 5,
      label: '履约',
    });
    const result = checkScoringModel(draft);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'dimensions.1.rules.1',
      'dimensions.2.rules.3',
    ]);
  });
});
