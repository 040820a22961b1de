// Voucher codes are 32 hex characters: long enough to be unguessable, too
// long to read out loud, so they are shown in groups of four.

/** 0123456789abcdef… → 0123 4567 89ab cdef … */
export function groupCode(code: string): string {
  return (code.match(/.{1,4}/g) ?? []).join(' ');
}

/** Keeps the ends so staff can match a code without seeing all of it. */
export function maskCode(code: string): string {
  if (code.length <= 8) return '*'.repeat(code.length);
  return `${code.slice(0, 4)}****${code.slice(-4)}`;
}

/** What staff type or scan, reduced to the canonical form. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '').toLowerCase();
}
