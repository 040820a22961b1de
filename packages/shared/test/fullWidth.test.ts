import { toHalfWidth } from '../src/fullWidth';

describe('toHalfWidth', () => {
  it('turns full-width digits, letters and punctuation half-width', () => {
    expect(toHalfWidth('０１２３４５６７８９')).toBe('0123456789');
    expect(toHalfWidth('ＡＢＣｘｙｚ')).toBe('ABCxyz');
    expect(toHalfWidth('（１２．５）万元')).toBe('(12.5)万元');
  });

  it('turns the ideographic space into a plain space', () => {
    expect(toHalfWidth('吴\u3000明')).toBe('吴 明');
  });

  it('leaves Chinese text and half-width text alone', () => {
    expect(toHalfWidth('九江市 abc 123')).toBe('九江市 abc 123');
    expect(toHalfWidth('𠮷')).toBe('𠮷');
  });
});
