import type { RatingHistoryPoint } from '@creditplus/shared';
import { buildTrend, trendCaption, type TrendBox } from './ratingTrend';

const box: TrendBox = { width: 600, height: 200, inset: 50, maxPoints: 12 };

function point(computedAt: string, score: number, grade = 'A') {
  return { computedAt, score, grade, modelVersion: 1 } as RatingHistoryPoint;
}

describe('buildTrend', () => {
  it('draws nothing without history', () => {
    expect(buildTrend([], box)).toEqual({
      points: [],
      segments: [],
      floor: 0,
      ceiling: 0,
      change: null,
    });
  });

  it('orders by time, dates on Beijing time and tells the last change', () => {
    const trend = buildTrend(
      [
        point('2026-12-01T16:30:00Z', 700),
        point('2026-06-01T00:00:00Z', 650, 'B'),
      ],
      box,
    );

    expect(trend.points.map((p) => [p.day, p.score])).toEqual([
      ['2026-06-01', 650],
      ['2026-12-02', 700],
    ]);
    expect(trend.change).toBe(50);
  });

  it('keeps only the rescores that changed the score', () => {
    const trend = buildTrend(
      [
        point('2026-01-01T00:00:00Z', 650),
        point('2026-01-01T00:00:01Z', 650),
        point('2026-02-01T00:00:00Z', 590),
        point('2026-03-01T00:00:00Z', 590),
      ],
      box,
    );

    expect(trend.points.map((p) => p.day)).toEqual([
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(trend.change).toBe(-60);
  });

  it('fits the scores into whole steps of 50 with room around them', () => {
    const trend = buildTrend(
      [point('2026-01-01T00:00:00Z', 650), point('2026-02-01T00:00:00Z', 700)],
      box,
    );

    expect([trend.floor, trend.ceiling]).toEqual([600, 750]);
    // 650 is a third of the way up, 700 two thirds; x spans the insets.
    expect(trend.points.map((p) => [p.x, p.y])).toEqual([
      [50, 133.33],
      [550, 66.67],
    ]);
  });

  it('runs each segment from one point to the next', () => {
    const trend = buildTrend(
      [point('2026-01-01T00:00:00Z', 650), point('2026-02-01T00:00:00Z', 700)],
      { width: 300, height: 150, inset: 0, maxPoints: 12 },
    );

    // Up 50 of 150 over 300: a drop of −50 px on screen.
    expect(trend.segments).toEqual([
      { x: 0, y: 100, length: 304.14, degrees: -9.46 },
    ]);
  });

  it('centres a single rating and keeps the scale inside 0 to 1000', () => {
    const trend = buildTrend([point('2026-01-01T00:00:00Z', 990, 'AAA')], box);

    expect(trend.points[0].x).toBe(300);
    expect([trend.floor, trend.ceiling]).toEqual([950, 1000]);
    expect(trend.segments).toEqual([]);
    expect(trend.change).toBeNull();
  });

  it('shows the latest scores only, labelling the ends when crowded', () => {
    const history = Array.from({ length: 20 }, (_, i) =>
      point(`2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`, 500 + i),
    );

    const trend = buildTrend(history, box);

    expect(trend.points).toHaveLength(12);
    expect(trend.points[0].day).toBe('2026-01-09');
    expect(
      trend.points.filter((p) => p.label !== '').map((p) => p.label),
    ).toEqual(['01-09', '01-20']);
  });
});

describe('trendCaption', () => {
  it('counts the changes between the points, not the points', () => {
    const history = Array.from({ length: 10 }, (_, i) =>
      point(`2026-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`, 500 + i),
    );

    expect(trendCaption(buildTrend(history, box).points)).toBe(
      '最近 9 次分数变化',
    );
  });

  it('says since when a single score has held, and nothing without one', () => {
    const held = buildTrend([point('2026-01-01T00:00:00Z', 650)], box);

    expect(trendCaption(held.points)).toBe('自 2026-01-01 起未变');
    expect(trendCaption([])).toBe('');
  });
});
