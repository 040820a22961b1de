import {
  gradeFor,
  gradeLabel,
  gradeRank,
  gradesOf,
  isGrade,
  meetsMinGrade,
} from '../src/grades';

describe('gradeFor', () => {
  it.each([
    [1000, 'AAA'],
    [850, 'AAA'],
    [849, 'AA'],
    [750, 'AA'],
    [749, 'A'],
    [650, 'A'],
    [649, 'B'],
    [550, 'B'],
    [549, 'C'],
    [450, 'C'],
    [449, 'D'],
    [0, 'D'],
  ])('gives a person scoring %i the grade %s', (score, grade) => {
    expect(gradeFor('person', score)).toBe(grade);
  });

  it.each([
    [1000, 'A'],
    [800, 'A'],
    [799, 'B'],
    [600, 'B'],
    [599, 'C'],
    [450, 'C'],
    [449, 'D'],
    [0, 'D'],
  ])('gives an organization scoring %i the grade %s', (score, grade) => {
    expect(gradeFor('organization', score)).toBe(grade);
  });

  it('refuses a score that is not a number', () => {
    expect(() => gradeFor('person', Number.NaN)).toThrow(RangeError);
  });
});

describe('gradeLabel', () => {
  it('names the person grades', () => {
    expect(gradesOf('person').map((g) => gradeLabel('person', g))).toEqual([
      '极好',
      '优秀',
      '良好',
      '一般',
      '较差',
      '差',
    ]);
  });

  it('names the organization grades', () => {
    expect(
      gradesOf('organization').map((g) => gradeLabel('organization', g)),
    ).toEqual(['诚信优良', '基本诚信', '失信观察', '严重失信']);
  });

  it('refuses a grade the kind does not have', () => {
    expect(() => gradeLabel('organization', 'AAA')).toThrow(RangeError);
  });
});

describe('grade order', () => {
  it('lists the grades best first', () => {
    expect(gradesOf('person')).toEqual(['AAA', 'AA', 'A', 'B', 'C', 'D']);
    expect(gradesOf('organization')).toEqual(['A', 'B', 'C', 'D']);
  });

  it('ranks the worst grade 0 and the best highest', () => {
    expect(gradeRank('person', 'D')).toBe(0);
    expect(gradeRank('person', 'AAA')).toBe(5);
    expect(gradeRank('organization', 'A')).toBe(3);
  });

  it('tells whether a grade meets a minimum', () => {
    expect(meetsMinGrade('person', 'AA', 'A')).toBe(true);
    expect(meetsMinGrade('person', 'A', 'A')).toBe(true);
    expect(meetsMinGrade('person', 'B', 'A')).toBe(false);
    expect(meetsMinGrade('organization', 'A', 'B')).toBe(true);
    expect(meetsMinGrade('organization', 'C', 'B')).toBe(false);
  });

  it('lets any grade through when there is no minimum', () => {
    expect(meetsMinGrade('person', 'D', null)).toBe(true);
  });

  it('refuses to compare grades of the wrong kind', () => {
    expect(() => meetsMinGrade('organization', 'A', 'AA')).toThrow(RangeError);
  });

  it('recognises the grades of each kind', () => {
    expect(isGrade('person', 'AAA')).toBe(true);
    expect(isGrade('organization', 'AAA')).toBe(false);
    expect(isGrade('organization', 'a')).toBe(false);
  });
});
