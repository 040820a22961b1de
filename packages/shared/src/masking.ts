// What staff, logs and responses may show of a person. Masks never reveal
// more than a fixed few characters, whatever the input looks like.

import type { SubjectKind } from './api';
import { toHalfWidth } from './fullWidth';

const MASK = '*';

/** 360404196312108747 → 3604**********8747 */
export function maskIdNumber(idNumber: string): string {
  return keepEnds(normalise(idNumber), 4, 4, 4);
}

/** 吴明一 → 吴*一, 吴明 → 吴*, 欧阳明一 → 欧**一 */
export function maskName(name: string): string {
  // Array.from keeps rare characters outside the BMP (𠮷) whole.
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return MASK.repeat(chars.length);
  if (chars.length === 2) return chars[0] + MASK;
  return keepEnds(chars.join(''), 1, 1, 1);
}

/** 13812341234 → 138****1234 */
export function maskPhone(phone: string): string {
  return keepEnds(normalise(phone).replace(/[\s-]/g, ''), 3, 4, 4);
}

/** Persons' ID numbers are masked; a USCC is public (双公示) and shown. */
export function maskSubjectCode(kind: SubjectKind, code: string): string {
  return kind === 'person' ? maskIdNumber(code) : normalise(code);
}

function normalise(code: string): string {
  return toHalfWidth(code).trim().toUpperCase();
}

// Shows `head` and `tail` characters only when at least `minHidden` stay
// hidden; a value too short for that is masked whole.
function keepEnds(
  text: string,
  head: number,
  tail: number,
  minHidden: number,
): string {
  const chars = Array.from(text);
  const hidden = chars.length - head - tail;
  if (hidden < minHidden) {
    return MASK.repeat(chars.length);
  }
  return (
    chars.slice(0, head).join('') +
    MASK.repeat(hidden) +
    chars.slice(chars.length - tail).join('')
  );
}
