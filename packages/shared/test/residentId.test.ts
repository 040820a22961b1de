import { parseResidentId, residentIdCheckChar } from '../src/residentId';
import { identities } from './identities';

const TODAY = { today: '2026-12-03' };

describe('parseResidentId with the seed identities', () => {
  it.each(identities.persons)('accepts $name', ({ idNumber, region }) => {
    const result = parseResidentId(idNumber, TODAY);
    const digits = idNumber.slice(6, 14);

    expect(result).toEqual({
      ok: true,
      value: idNumber,
      birthDate: digits.replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3'),
      gender: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
      region,
    });
  });

  it('accepts the GB 11643 sample and reads its birth date and gender', () => {
    const sample = identities.publicExamples.find((e) => e.idNumber);

    expect(parseResidentId(sample!.idNumber!, TODAY)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
      region: '110105',
    });
  });

  it('refuses a wrong check digit', () => {
    const entry = identities.invalid.find((e) => e.why === 'ID checksum');

    expect(parseResidentId(entry!.value, TODAY)).toEqual({
      ok: false,
      reason: 'checksum',
    });
  });

  it('refuses month 13 as a bad date', () => {
    const entry = identities.invalid.find((e) => e.why.includes('month 13'));

    expect(parseResidentId(entry!.value, TODAY)).toEqual({
      ok: false,
      reason: 'date',
    });
  });

  it('upper-cases a lower-case x (edge case of the seed)', () => {
    const edge = identities.edgeCases.find((e) =>
      e.expect.includes('valid ID'),
    );
    const result = parseResidentId(edge!.value, TODAY);

    expect(result.ok && result.value).toBe('11010519491231002X');
  });
});

// Builds a number with a correct check character so that only the part a
// test is about can be wrong.
function withCheck(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

describe('parseResidentId dates', () => {
  it('accepts 29 February of a leap year', () => {
    expect(parseResidentId(withCheck('36040420000229123'), TODAY).ok).toBe(
      true,
    );
    expect(parseResidentId(withCheck('36040419960229123'), TODAY).ok).toBe(
      true,
    );
  });

  it('refuses 29 February of a common year, 1900 included', () => {
    for (const first17 of ['36040420010229123', '36040419000229123']) {
      expect(parseResidentId(withCheck(first17), TODAY)).toEqual({
        ok: false,
        reason: 'date',
      });
    }
  });

  it('refuses day 31 of a 30-day month and day 00', () => {
    for (const first17 of ['36040419800431123', '36040419800400123']) {
      expect(parseResidentId(withCheck(first17), TODAY)).toEqual({
        ok: false,
        reason: 'date',
      });
    }
  });

  it('refuses a birth before 1900 or after today', () => {
    const before1900 = withCheck('36040418991231123');
    const tomorrow = withCheck('36040420261204123');
    const today = withCheck('36040420261203123');

    expect(parseResidentId(before1900, TODAY)).toEqual({
      ok: false,
      reason: 'date',
    });
    expect(parseResidentId(tomorrow, TODAY)).toEqual({
      ok: false,
      reason: 'date',
    });
    expect(parseResidentId(today, TODAY).ok).toBe(true);
  });

  it('compares with the real date when no today is given', () => {
    expect(parseResidentId(withCheck('36040420991231123')).ok).toBe(false);
  });
});

describe('parseResidentId formats', () => {
  it('converts a 15-digit number with a valid date to 18 characters', () => {
    // 360404 631210 874 is the seed's 吴明一 in the pre-1999 form.
    const result = parseResidentId('360404631210874', TODAY);

    expect(result).toEqual({
      ok: true,
      value: '360404196312108747',
      birthDate: '1963-12-10',
      gender: 'female',
      region: '360404',
    });
  });

  it('refuses a 15-digit number with an impossible date', () => {
    expect(parseResidentId('360404630230874', TODAY)).toEqual({
      ok: false,
      reason: 'date',
    });
  });

  it('trims whitespace and reads full-width digits', () => {
    const result = parseResidentId(
      '\u3000 ３６０４０４１９６３１２１０８７４７\t',
      TODAY,
    );

    expect(result.ok && result.value).toBe('360404196312108747');
  });

  it('reads a full-width lower-case x', () => {
    const result = parseResidentId('11010519491231002ｘ', TODAY);

    expect(result.ok && result.value).toBe('11010519491231002X');
  });

  it.each([
    ['too short', '36040419631210874'],
    ['too long', '3604041963121087470'],
    ['16 digits', '3604041963121087'],
    ['a letter inside', '3604041963121A8747'],
    ['X not last', '36040419631210X747'],
    ['empty', ''],
  ])('refuses %s as a format error', (_, input) => {
    expect(parseResidentId(input, TODAY)).toEqual({
      ok: false,
      reason: 'format',
    });
  });

  it('refuses a province that does not exist', () => {
    for (const first17 of ['00040419631210874', '99040419631210874']) {
      expect(parseResidentId(withCheck(first17), TODAY)).toEqual({
        ok: false,
        reason: 'region',
      });
    }
  });

  it('computes the check character with the weights 2^(17-i) mod 11', () => {
    // 7·1+9·1+10·0+5·1+8·0+4·5+2·1+1·9+6·4+3·9+7·1+9·2+10·3+5·1+8·0+4·0+2·2
    // = 167, 167 mod 11 = 2 → 'X'
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });
});
