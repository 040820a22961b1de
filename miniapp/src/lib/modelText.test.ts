import type { ScoringModelView } from '@creditplus/shared';
import {
  currentModel,
  describeCap,
  describeMatch,
  describePoints,
} from './modelText';

describe('describeMatch', () => {
  it.each([
    [{ recordType: 'penalty', severity: 'serious' }, '行政处罚（严重）'],
    [{ recordType: 'penalty' }, '行政处罚'],
    [
      { recordType: 'performance', category: 'returned' },
      '履约记录（按时归还）',
    ],
    [{ recordType: 'performance', category: 'defaulted' }, '履约记录（违约）'],
    [{ recordType: 'redlist' }, '红名单'],
    [{ recordType: 'license' }, '行政许可'],
  ])('%j reads %s', (rule, text) => {
    expect(describeMatch({ points: 1, label: 'x', ...rule } as never)).toBe(
      text,
    );
  });
});

describe('describePoints', () => {
  it('gives the points of each record with a true minus', () => {
    const rule = { recordType: 'blacklist', points: -300, label: 'x' };
    expect(describePoints(rule as never)).toBe('每条 −300 分');
  });

  it('says how fast the points fade when they do', () => {
    const rule = {
      recordType: 'redlist',
      points: 150,
      label: 'x',
      halfLifeDays: 365,
    };
    expect(describePoints(rule as never)).toBe('每条 +150 分，每 365 天减半');
  });
});

describe('describeCap', () => {
  it.each([
    [{ min: 0, max: 250 }, '最多加 250 分'],
    [{ min: -600, max: 0 }, '最多扣 600 分'],
    [{ min: -200, max: 100 }, '−200 至 +100 分'],
    [{ min: 0, max: 0 }, '不计分'],
  ])('%j reads %s', (cap, text) => {
    expect(describeCap(cap)).toBe(text);
  });
});

describe('currentModel', () => {
  const version = (
    subjectKind: ScoringModelView['subjectKind'],
    v: number,
  ): ScoringModelView => ({
    version: v,
    subjectKind,
    base: 600 + v,
    publishedAt: '2026-01-01T00:00:00.000Z',
    dimensions: [],
  });

  it('takes the highest version of the kind, in any order', () => {
    const models = [
      version('organization', 4),
      version('person', 1),
      version('person', 3),
      version('person', 2),
    ];

    expect(currentModel(models, 'person')?.version).toBe(3);
    expect(currentModel(models, 'organization')?.version).toBe(4);
  });

  it('has none for a kind never published', () => {
    expect(currentModel([version('person', 1)], 'organization')).toBeNull();
  });
});
