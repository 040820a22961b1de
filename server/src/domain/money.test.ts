import { wanYuanToFen } from './money';

describe('wanYuanToFen', () => {
  test.each([
    ['0', 0],
    ['1.5', 1_500_000],
    ['10', 10_000_000],
    ['3.333333', 3_333_333],
    ['0.12', 120_000],
    ['0.000001', 1],
    ['2.10', 2_100_000],
    ['1,000', 1_000_000_000],
    ['1,200', 1_200_000_000],
    ['1,234,567.5', 1_234_567_500_000],
    ['１.５', 1_500_000],
    ['１，２００', 1_200_000_000],
    ['0.1', 100_000],
    ['0.3', 300_000],
    ['2 万元', 2_000_000],
    ['1,200万元', 1_200_000_000],
    ['０.５　万元', 500_000],
  ])('%s 万元 is %i fen exactly', (text, fen) => {
    expect(wanYuanToFen(text)).toEqual({ ok: true, fen });
  });

  test.each(['-0', '-0.00', '－0', ' -0 '])('%j is 0, not negative', (text) => {
    expect(wanYuanToFen(text)).toEqual({ ok: true, fen: 0 });
  });

  test('an empty amount is no amount', () => {
    expect(wanYuanToFen('  ')).toEqual({ ok: true, fen: null });
  });

  test.each([
    ['-2', 'negative'],
    ['-0.000001', 'negative'],
    ['-1,200', 'negative'],
    ['-', 'format'],
    ['abc', 'format'],
    ['1.2.3', 'format'],
    ['0.0000001', 'precision'],
    ['1,2', 'format'],
    ['12,00', 'format'],
    [',100', 'format'],
    ['2 元', 'format'],
    ['万元', 'format'],
    ['2 万元 整', 'format'],
  ])('refuses %s as %s', (text, reason) => {
    expect(wanYuanToFen(text)).toEqual({ ok: false, reason });
  });
});
