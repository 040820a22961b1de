// A number as a spreadsheet shows it, to 15 significant digits. Excel and
// the programs that push rows compute in binary doubles: =0.1+0.2, or
// 0.1 + 0.2 in JavaScript or Python, is kept as 0.30000000000000004,
// which no amount of six decimals (万元) is, though everyone reads 0.3.
// Serial dates and whole numbers come out as typed. String() writes an
// exponent only below 1e-6 and from 1e21, where no amount or date lies.
export function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}
