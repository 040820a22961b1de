import { ScorableRecord, scoreSubject } from './scoreSubject';
import { organizationModelV1, personModelV1 } from './scoringModels';

const today = '2026-12-03';
const now = new Date('2026-12-03T06:00:00Z');
let nextId = 1;

function record(overrides: Partial<ScorableRecord>): ScorableRecord {
  return {
    id: nextId++,
    type: 'penalty',
    title: '销售不合格产品',
    docNumber: `浔市场罚〔2026〕${nextId}号`,
    department: '九江市市场监督管理局',
    decisionDate: '2026-09-16',
    disclosureEnd: '2027-03-16',
    severity: 'general',
    status: 'active',
    ...overrides,
  };
}

function rate(kind: 'person' | 'organization', records: ScorableRecord[]) {
  const model = kind === 'person' ? personModelV1 : organizationModelV1;
  return scoreSubject({
    subjectId: 1,
    subjectKind: kind,
    records,
    model,
    today,
    now,
  });
}

function dimension(rating: ReturnType<typeof rate>, key: string) {
  const found = rating.dimensions.find((d) => d.key === key);
  if (found === undefined) throw new Error(`no dimension ${key}`);
  return found;
}

describe('scoreSubject', () => {
  test('a subject without records has the base score', () => {
    const person = rate('person', []);
    expect(person).toMatchObject({ score: 650, grade: 'A', base: 650 });
    expect(person.gradeLabel).toBe('良好');
    expect(rate('organization', [])).toMatchObject({ score: 650, grade: 'B' });
  });

  test('an organization loses 80 per general and 200 per serious penalty', () => {
    const general = record({ severity: 'general' });
    const serious = record({
      severity: 'serious',
      disclosureEnd: '2029-09-16',
    });
    const rating = rate('organization', [general, serious]);

    expect(rating.score).toBe(650 - 80 - 200);
    expect(rating.grade).toBe('D');
    const items = dimension(rating, 'administration').items;
    expect(items.map((i) => [i.recordId, i.points])).toEqual([
      [general.id, -80],
      [serious.id, -200],
    ]);
    expect(items[0].rule).toBe('一般行政处罚 -80');
  });

  test('every point of the score is an item naming its record', () => {
    const rating = rate('organization', [
      record({ type: 'license', severity: null, disclosureEnd: '2030-12-31' }),
      record({ type: 'redlist', severity: null, disclosureEnd: '2027-03-31' }),
      record({}),
    ]);
    const itemTotal = rating.dimensions
      .flatMap((d) => d.items)
      .reduce((sum, i) => sum + i.points, 0);
    expect(rating.score).toBe(rating.base + itemTotal);
    expect(rating.score).toBe(650 + 20 + 100 - 80);
  });

  test('records outside their period, revoked or minor do not count', () => {
    const rating = rate('person', [
      record({ decisionDate: '2025-02-04', disclosureEnd: '2025-05-04' }),
      record({ status: 'revoked' }),
      record({ severity: 'minor', disclosureEnd: null }),
      record({ decisionDate: '2026-12-04' }),
    ]);
    expect(rating.score).toBe(650);
    expect(dimension(rating, 'bad_conduct').items).toEqual([]);
  });

  test('a dimension is held within its cap and shows the raw sum', () => {
    const licenses = Array.from({ length: 7 }, () =>
      record({ type: 'license', severity: null, disclosureEnd: null }),
    );
    const basic = dimension(rate('organization', licenses), 'basic');
    expect(basic.rawPoints).toBe(140);
    expect(basic.points).toBe(100);
  });

  test('the score never leaves 0–1000', () => {
    const many = Array.from({ length: 5 }, () =>
      record({ type: 'blacklist', severity: null, disclosureEnd: null }),
    );
    const serious = Array.from({ length: 5 }, () =>
      record({ severity: 'serious', disclosureEnd: null }),
    );
    expect(rate('organization', [...many, ...serious]).score).toBe(0);
  });

  test('a red list raises a person to AA', () => {
    const rating = rate('person', [
      record({ type: 'redlist', severity: null, disclosureEnd: '2029-06-13' }),
    ]);
    expect(rating).toMatchObject({ score: 800, grade: 'AA', redlisted: true });
  });

  test('a blacklisted subject is grade D whatever its score', () => {
    const rating = rate('person', [
      record({
        type: 'blacklist',
        severity: null,
        disclosureEnd: '2028-02-09',
      }),
      ...Array.from({ length: 2 }, () =>
        record({ type: 'redlist', severity: null, disclosureEnd: null }),
      ),
    ]);
    expect(rating.score).toBe(650 + 250 - 300);
    expect(rating).toMatchObject({ grade: 'D', blacklisted: true });
    expect(rating.gradeLabel).toBe('差');
  });

  test('refuses a model of the other subject kind', () => {
    expect(() =>
      scoreSubject({
        subjectId: 1,
        subjectKind: 'person',
        records: [],
        model: organizationModelV1,
        today,
        now,
      }),
    ).toThrow();
  });
});

describe('scoreSubject with time decay', () => {
  const decaying = {
    ...personModelV1,
    dimensions: personModelV1.dimensions.map((d) => ({
      ...d,
      rules: d.rules.map((r) =>
        r.recordType === 'penalty' ? { ...r, halfLifeDays: 100 } : r,
      ),
    })),
  };

  test('an older penalty weighs less and its item says why', () => {
    const rating = scoreSubject({
      subjectId: 1,
      subjectKind: 'person',
      records: [record({ decisionDate: '2026-08-25' })],
      model: decaying,
      today,
      now,
    });
    const [item] = dimension(rating, 'bad_conduct').items;
    expect(item.points).toBe(-30);
    expect(item.rule).toBe(
      '一般行政处罚 -60，半衰期 100 天，已 100 天，计 -30',
    );
    expect(rating.score).toBe(620);
  });
});
