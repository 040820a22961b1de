// Resident identity card numbers (GB 11643-1999): 6-digit region, 8-digit
// birth date, 3-digit sequence (odd for men), and a mod-11 check character.
// Numbers issued before 1999 had 15 digits: a 2-digit year and no check.

import { formatDate, isCalendarDate, todayInShanghai } from './calendarDate';
import { toHalfWidth } from './fullWidth';
import { isProvinceCode } from './provinceCodes';

export type Gender = 'male' | 'female';

export type ResidentIdRefusal = 'format' | 'region' | 'date' | 'checksum';

export type ResidentIdResult =
  | {
      ok: true;
      /** The 18-character number, with an upper-case X. */
      value: string;
      /** YYYY-MM-DD */
      birthDate: string;
      gender: Gender;
      /** The 6-digit administrative division code. */
      region: string;
    }
  | { ok: false; reason: ResidentIdRefusal };

export interface ResidentIdOptions {
  /** YYYY-MM-DD; defaults to today in Asia/Shanghai. */
  today?: string;
}

const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1900-01-01';
const EIGHTEEN = /^\d{17}[\dX]$/;
const FIFTEEN = /^\d{15}$/;

/** The check character of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const weight = 2 ** (17 - i) % 11;
    sum += Number(first17[i]) * weight;
  }
  return CHECK_CHARS[sum % 11];
}

export function parseResidentId(
  input: string,
  options: ResidentIdOptions = {},
): ResidentIdResult {
  const text = toHalfWidth(input).trim().toUpperCase();
  let value: string;
  if (EIGHTEEN.test(text)) {
    value = text;
  } else if (FIFTEEN.test(text)) {
    // Legacy numbers only ever held births of the 1900s.
    value = text.slice(0, 6) + '19' + text.slice(6);
    value += residentIdCheckChar(value);
  } else {
    return { ok: false, reason: 'format' };
  }

  if (!isProvinceCode(value.slice(0, 2))) {
    return { ok: false, reason: 'region' };
  }

  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = formatDate(year, month, day);
  const today = options.today ?? todayInShanghai();
  if (
    !isCalendarDate(year, month, day) ||
    birthDate < EARLIEST_BIRTH_DATE ||
    birthDate > today
  ) {
    return { ok: false, reason: 'date' };
  }

  if (residentIdCheckChar(value) !== value[17]) {
    return { ok: false, reason: 'checksum' };
  }

  return {
    ok: true,
    value,
    birthDate,
    gender: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    region: value.slice(0, 6),
  };
}
