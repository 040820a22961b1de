import {
  formatDate,
  isCalendarDate,
  todayInShanghai,
} from '../src/calendarDate';

describe('isCalendarDate', () => {
  it('knows the leap years, century rule included', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(2023, 2, 29)).toBe(false);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
  });

  it('refuses months and days out of range', () => {
    expect(isCalendarDate(2024, 13, 1)).toBe(false);
    expect(isCalendarDate(2024, 0, 1)).toBe(false);
    expect(isCalendarDate(2024, 4, 31)).toBe(false);
    expect(isCalendarDate(2024, 1, 0)).toBe(false);
    expect(isCalendarDate(2024, 12, 31)).toBe(true);
  });

  it('refuses parts that are not whole numbers', () => {
    expect(isCalendarDate(Number.NaN, 1, 1)).toBe(false);
    expect(isCalendarDate(2024, Number.NaN, 1)).toBe(false);
    expect(isCalendarDate(2024, 1, Number.NaN)).toBe(false);
  });
});

describe('formatDate', () => {
  it('pads to YYYY-MM-DD', () => {
    expect(formatDate(1963, 1, 5)).toBe('1963-01-05');
  });
});

describe('todayInShanghai', () => {
  it('is already the next day in Shanghai at 16:00 UTC', () => {
    expect(todayInShanghai(new Date('2026-12-03T15:59:59Z'))).toBe(
      '2026-12-03',
    );
    expect(todayInShanghai(new Date('2026-12-03T16:00:00Z'))).toBe(
      '2026-12-04',
    );
  });
});

describe('todayInShanghai across calls', () => {
  it('moves on at Shanghai midnight after asking within a day', () => {
    const days = [
      '2026-12-03T16:00:00Z',
      '2026-12-04T15:59:59.999Z',
      '2026-12-04T16:00:00Z',
      '2026-12-03T15:59:59.999Z',
      '1969-12-31T16:00:00Z',
      '1969-12-31T15:59:59Z',
    ].map((instant) => todayInShanghai(new Date(instant)));

    expect(days).toEqual([
      '2026-12-04',
      '2026-12-04',
      '2026-12-05',
      '2026-12-03',
      '1970-01-01',
      '1969-12-31',
    ]);
  });
});
