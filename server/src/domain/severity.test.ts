import { severityFromMeasures, severityFromPeriod } from './severity';

describe('severityFromPeriod', () => {
  test.each([
    ['2026-01-15', '2026-01-15', 'minor'],
    ['2026-01-15', '2026-04-15', 'general'],
    ['2026-02-15', '2027-02-15', 'general'],
    ['2026-02-15', '2027-02-16', 'serious'],
    ['2026-04-15', '2029-04-15', 'serious'],
  ])('decided %s, shown until %s: %s', (decision, end, severity) => {
    expect(severityFromPeriod(decision, end)).toBe(severity);
  });
});

describe('severityFromMeasures', () => {
  test.each([
    ['警告', null, 'minor'],
    ['警告;通报批评', 0, 'minor'],
    ['警告;罚款', 50_000, 'general'],
    ['罚款', 9_999_999, 'general'],
    ['罚款', 10_000_000, 'serious'],
    ['罚款;没收违法所得', 1_500_000, 'general'],
    ['吊销许可证件', 0, 'serious'],
    ['责令停产停业;罚款', 500_000, 'serious'],
    ['限制从业', null, 'serious'],
  ])('%s with %p fen: %s', (categories, fen, severity) => {
    expect(severityFromMeasures(categories, fen)).toBe(severity);
  });
});
