import { daysBetween, decayedPoints } from './scoringDecay';

describe('scoring decay', () => {
  test('counts calendar days between business dates', () => {
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  test('halves the points every half-life, towards zero', () => {
    expect(decayedPoints(-60, 365, 0)).toBe(-60);
    expect(decayedPoints(-60, 365, 365)).toBe(-30);
    expect(decayedPoints(-60, 365, 730)).toBe(-15);
    expect(decayedPoints(150, 100, 50)).toBe(106);
  });

  test('leaves points alone without a half-life or for a future date', () => {
    expect(decayedPoints(-150, undefined, 900)).toBe(-150);
    expect(decayedPoints(-150, 30, -5)).toBe(-150);
  });
});
