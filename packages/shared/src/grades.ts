// Grade bands of the default scoring models (DESIGN.md). Persons have six
// grades, organizations four; 'A' means different things for each, so
// every function takes the subject kind.

import type { SubjectKind } from './api';

export type PersonGrade = 'AAA' | 'AA' | 'A' | 'B' | 'C' | 'D';
export type OrganizationGrade = 'A' | 'B' | 'C' | 'D';
export type Grade = PersonGrade | OrganizationGrade;
export type GradeOf<K extends SubjectKind> = K extends 'person'
  ? PersonGrade
  : OrganizationGrade;

interface Band<G extends Grade> {
  grade: G;
  /** Lowest score of the band; bands run up to the next band's minimum. */
  min: number;
  label: string;
}

// Best first; the last band takes every score below the one above it.
const BANDS: { [K in SubjectKind]: readonly Band<GradeOf<K>>[] } = {
  person: [
    { grade: 'AAA', min: 850, label: '极好' },
    { grade: 'AA', min: 750, label: '优秀' },
    { grade: 'A', min: 650, label: '良好' },
    { grade: 'B', min: 550, label: '一般' },
    { grade: 'C', min: 450, label: '较差' },
    { grade: 'D', min: -Infinity, label: '差' },
  ],
  organization: [
    { grade: 'A', min: 800, label: '诚信优良' },
    { grade: 'B', min: 600, label: '基本诚信' },
    { grade: 'C', min: 450, label: '失信观察' },
    { grade: 'D', min: -Infinity, label: '严重失信' },
  ],
};

/** The grades of a kind, best first. */
export function gradesOf<K extends SubjectKind>(kind: K): GradeOf<K>[] {
  return BANDS[kind].map((band) => band.grade);
}

export function isGrade<K extends SubjectKind>(
  kind: K,
  value: string,
): value is GradeOf<K> {
  return BANDS[kind].some((band) => band.grade === value);
}

export function gradeFor<K extends SubjectKind>(
  kind: K,
  score: number,
): GradeOf<K> {
  if (!Number.isFinite(score)) {
    throw new RangeError(`score must be a finite number, got ${score}`);
  }
  const band = BANDS[kind].find((b) => score >= b.min) as Band<GradeOf<K>>;
  return band.grade;
}

export function gradeLabel(kind: SubjectKind, grade: string): string {
  return bandOf(kind, grade).label;
}

/** 0 for the worst grade, rising to the best. */
export function gradeRank(kind: SubjectKind, grade: string): number {
  const grades: readonly string[] = gradesOf(kind);
  return grades.length - 1 - grades.indexOf(bandOf(kind, grade).grade);
}

/** True when grade is minGrade or better; no minimum means any grade. */
export function meetsMinGrade(
  kind: SubjectKind,
  grade: string,
  minGrade: string | null,
): boolean {
  if (minGrade === null) return true;
  return gradeRank(kind, grade) >= gradeRank(kind, minGrade);
}

// An unknown grade is a bug or bad data (an offer's minimum written for
// the other kind), never something to rank silently.
function bandOf(kind: SubjectKind, grade: string): Band<Grade> {
  const band = (BANDS[kind] as readonly Band<Grade>[]).find(
    (b) => b.grade === grade,
  );
  if (band === undefined) {
    throw new RangeError(`unknown ${kind} grade ${JSON.stringify(grade)}`);
  }
  return band;
}
