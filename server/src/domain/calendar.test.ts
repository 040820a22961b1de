import { addMonths, parseBusinessDate } from './calendar';

describe('addMonths', () => {
  test.each([
    ['2025-02-04', 3, '2025-05-04'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-12-15', 36, '2029-12-15'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('parseBusinessDate', () => {
  test.each([
    ['2025/2/4', '2025-02-04'],
    ['2025-09-16', '2025-09-16'],
    ['2025年2月4日', '2025-02-04'],
    [' 2025.12.01 ', '2025-12-01'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseBusinessDate(text)).toBe(expected);
  });

  test.each(['2025-02-30', '2025-13-01', '', '20250204', '2025-02'])(
    'refuses %j',
    (text) => {
      expect(parseBusinessDate(text)).toBeNull();
    },
  );
});
