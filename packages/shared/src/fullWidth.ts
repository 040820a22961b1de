// Chinese forms and spreadsheets often carry full-width characters
// (１２３, ＡＢＣ, the ideographic space); codes must compare equal to
// their half-width spelling.

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

// Any character toHalfWidth replaces. An import reads each cell through
// it, and most cells hold none, so those are returned as they are.
const REPLACED = /[\u3000\uff01-\uff5e]/;

/** Replaces full-width ASCII variants and the ideographic space. */
export function toHalfWidth(text: string): string {
  if (!REPLACED.test(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      out += String.fromCharCode(code - FULL_TO_HALF_OFFSET);
    } else if (code === IDEOGRAPHIC_SPACE) {
      out += ' ';
    } else {
      out += char;
    }
  }
  return out;
}
