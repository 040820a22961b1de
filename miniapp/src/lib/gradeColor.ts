import { gradeRank, gradesOf, type SubjectKind } from '@creditplus/shared';

// Worst to best. Persons have six grades and organizations four, so a
// grade is placed by its share of the scale, not by its letter: 'A' is the
// best organization grade but only the fourth person grade.
const PALETTE = ['#d93025', '#e8710a', '#f2a600', '#1a73e8', '#0b8043'];

export function gradeColor(kind: SubjectKind, grade: string): string {
  const worstToBest = gradesOf(kind).length - 1;
  const share = gradeRank(kind, grade) / worstToBest;
  return PALETTE[Math.round(share * (PALETTE.length - 1))];
}
