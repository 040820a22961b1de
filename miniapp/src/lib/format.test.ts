import { groupCode, maskCode, normaliseCode } from './codes';
import { daysLeft, formatDateTime, formatDay } from './dates';
import { gradeColor } from './gradeColor';
import { formatFen } from './money';

describe('formatFen', () => {
  it.each([
    [19900, '¥199'],
    [20000, '¥200'],
    [150, '¥1.50'],
    [5, '¥0.05'],
    [0, '¥0'],
    [123456700, '¥1,234,567'],
    [-2500, '-¥25'],
  ])('%i fen reads %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('refuses fractions of a fen', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('shows instants on Beijing time, crossing midnight', () => {
    expect(formatDay('2026-12-03T17:00:00.000Z')).toBe('2026-12-04');
    expect(formatDateTime('2026-12-03T05:07:00Z')).toBe('2026-12-03 13:07');
  });

  it('refuses text that is not an instant', () => {
    expect(() => formatDay('tomorrow')).toThrow(RangeError);
  });

  it('counts whole days left, none after expiry', () => {
    const now = new Date('2026-12-03T00:00:00Z');
    expect(daysLeft('2026-12-03T12:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-12-06T00:00:00Z', now)).toBe(3);
    expect(daysLeft('2026-12-02T00:00:00Z', now)).toBe(0);
  });
});

describe('voucher codes', () => {
  const code = '0123456789abcdef0123456789abcdef';

  it('groups a code by four for reading', () => {
    expect(groupCode(code)).toBe('0123 4567 89ab cdef 0123 4567 89ab cdef');
  });

  it('masks the middle of a code', () => {
    expect(maskCode(code)).toBe('0123****cdef');
    expect(maskCode('abc')).toBe('***');
  });

  it('accepts what staff type with spaces, dashes or capitals', () => {
    expect(normaliseCode(' 0123 4567-89AB ')).toBe('0123456789ab');
  });
});

describe('gradeColor', () => {
  it('gives the best and worst grades of each kind the ends of the scale', () => {
    expect(gradeColor('person', 'AAA')).toBe('#0b8043');
    expect(gradeColor('person', 'D')).toBe('#d93025');
    expect(gradeColor('organization', 'A')).toBe('#0b8043');
    expect(gradeColor('organization', 'D')).toBe('#d93025');
  });

  it('places a person A below an organization A', () => {
    expect(gradeColor('person', 'A')).not.toBe(gradeColor('organization', 'A'));
  });
});
