import { fenToYuanText, parseYuan } from './yuan';

describe('parseYuan', () => {
  it.each([
    ['199', 19900],
    ['199.5', 19950],
    ['199.50', 19950],
    ['0.29', 29],
    ['0.01', 1],
    ['1.', 100],
    ['¥ 300', 30000],
    ['１２３．４５', 12345],
    ['1000000', 100_000_000],
  ])('reads %s as %i fen exactly', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it.each([
    ['', '请填写金额'],
    ['abc', '金额须为数字，最多两位小数'],
    ['1.234', '金额须为数字，最多两位小数'],
    ['-5', '金额须为数字，最多两位小数'],
    ['1e3', '金额须为数字，最多两位小数'],
    ['0', '金额须大于 0'],
    ['0.00', '金额须大于 0'],
    ['1000000.01', '金额不能超过 1000000 元'],
    ['99999999', '金额不能超过 1000000 元'],
  ])('refuses %j', (text, message) => {
    expect(parseYuan(text)).toEqual({ ok: false, message });
  });

  it('gives back every amount it printed, fen for fen', () => {
    for (let fen = 1; fen <= 1_000_000; fen += 997) {
      expect(parseYuan(fenToYuanText(fen))).toEqual({ ok: true, fen });
    }
  });
});

describe('fenToYuanText', () => {
  it.each([
    [19900, '199'],
    [19950, '199.50'],
    [5, '0.05'],
    [0, '0'],
  ])('%i fen reads %s', (fen, text) => {
    expect(fenToYuanText(fen)).toBe(text);
  });

  it('refuses fractions of a fen', () => {
    expect(() => fenToYuanText(1.5)).toThrow(RangeError);
  });
});
