import { parseUscc, usccCheckChar } from '../src/uscc';
import { identities } from './identities';

describe('parseUscc with the seed identities', () => {
  it.each(identities.organizations)(
    'accepts $name as $category',
    ({ uscc, region, category }) => {
      expect(parseUscc(uscc)).toEqual({
        ok: true,
        value: uscc,
        category,
        region,
      });
    },
  );

  it.each(identities.departments)('accepts $name as government', (dept) => {
    expect(parseUscc(dept.uscc)).toEqual({
      ok: true,
      value: dept.uscc,
      category: 'government',
      region: '360400',
    });
  });

  it.each(identities.publicExamples.filter((e) => e.uscc))(
    'accepts the public code of $name',
    ({ uscc }) => {
      expect(parseUscc(uscc!)).toMatchObject({
        ok: true,
        category: 'enterprise',
        region: '440300',
      });
    },
  );

  it('refuses a letter outside the alphabet', () => {
    const entry = identities.invalid.find((e) => e.why.includes('alphabet'));

    expect(parseUscc(entry!.value)).toEqual({ ok: false, reason: 'alphabet' });
  });

  it('refuses a code that is too short', () => {
    const entry = identities.invalid.find((e) => e.why.includes('too short'));

    expect(parseUscc(entry!.value)).toEqual({ ok: false, reason: 'length' });
  });

  it("refuses a person's ID number (edge case of the seed)", () => {
    const edge = identities.edgeCases.find((e) => e.as === 'organization');

    expect(parseUscc(edge!.value)).toEqual({ ok: false, reason: 'person_id' });
  });

  it.each(identities.persons)("refuses $name's ID number", ({ idNumber }) => {
    expect(parseUscc(idNumber)).toEqual({ ok: false, reason: 'person_id' });
  });
});

// A code with a correct check character, so only the part under test is
// wrong.
function withCheck(first17: string): string {
  return first17 + usccCheckChar(first17);
}

describe('parseUscc rules', () => {
  it('trims, upper-cases and reads full-width characters', () => {
    expect(parseUscc('  9144030071526726xg\n')).toMatchObject({
      ok: true,
      value: '9144030071526726XG',
    });
    expect(parseUscc('９１４４０３００１９２２０３８２１６')).toMatchObject({
      ok: true,
      value: '914403001922038216',
    });
  });

  it('refuses a wrong check character', () => {
    expect(parseUscc('914403001922038217')).toEqual({
      ok: false,
      reason: 'checksum',
    });
  });

  it.each([
    ['12', 'public_institution'],
    ['13', 'social_organization'],
    ['51', 'social_organization'],
    ['52', 'social_organization'],
    ['53', 'social_organization'],
    ['93', 'enterprise'],
    ['Y1', 'social_organization'],
    ['31', 'social_organization'],
    ['A1', 'public_institution'],
    ['N2', 'enterprise'],
  ])('derives the category of prefix %s as %s', (prefix, category) => {
    expect(parseUscc(withCheck(`${prefix}360400MA35X0Q0K`))).toMatchObject({
      ok: true,
      category,
    });
  });

  it('refuses an unknown registration authority', () => {
    expect(parseUscc(withCheck('B1360400MA35X0Q0K'))).toEqual({
      ok: false,
      reason: 'authority',
    });
  });

  it('refuses a category the authority does not register', () => {
    expect(parseUscc(withCheck('94360400MA35X0Q0K'))).toEqual({
      ok: false,
      reason: 'category',
    });
  });

  it('refuses letters in the region', () => {
    expect(parseUscc(withCheck('913604A0MA35X0Q0K'))).toEqual({
      ok: false,
      reason: 'region',
    });
  });

  it('computes the check character with the weights 3^i mod 31', () => {
    // Huawei: the weighted sum is 831, 831 mod 31 = 25, 31 - 25 = 6.
    expect(usccCheckChar('91440300192203821')).toBe('6');
  });

  it('writes a check value of 31 as 0', () => {
    // The weighted sum of this department's code is a multiple of 31.
    expect(usccCheckChar('11360400W41W59895')).toBe('0');
  });
});
