import {
  maskIdNumber,
  maskName,
  maskPhone,
  maskSubjectCode,
} from '../src/masking';
import { identities } from './identities';

describe('maskIdNumber', () => {
  it('keeps the first and last four characters', () => {
    expect(maskIdNumber('36048320000906626X')).toBe('3604**********626X');
  });

  it.each(identities.persons)('hides the birth date of $name', (person) => {
    const masked = maskIdNumber(person.idNumber);

    expect(masked).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    expect(masked).not.toContain(person.idNumber.slice(6, 14));
  });

  it('upper-cases and trims before masking', () => {
    expect(maskIdNumber(' 11010519491231002x ')).toBe('1101**********002X');
  });

  it('masks a value too short to show its ends whole', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
  });
});

describe('maskName', () => {
  it.each([
    ['吴明一', '吴*一'],
    ['吴明', '吴*'],
    ['欧阳明一', '欧**一'],
    ['吴', '*'],
    [' 吴明一 ', '吴*一'],
    ['𠮷明一', '𠮷*一'],
  ])('masks %s as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it.each(identities.persons)('keeps the middle of $name hidden', (p) => {
    expect(maskName(p.name)).toBe(`${p.name[0]}*${p.name[2]}`);
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });

  it('ignores spaces, dashes and full-width digits', () => {
    expect(maskPhone('138-1234 1234')).toBe('138****1234');
    expect(maskPhone('１３８１２３４１２３４')).toBe('138****1234');
  });

  it('masks a number too short to show its ends whole', () => {
    expect(maskPhone('12345678')).toBe('********');
  });
});

describe('maskSubjectCode', () => {
  it("masks a person's ID number", () => {
    const person = identities.persons[0];

    expect(maskSubjectCode('person', person.idNumber)).toBe(
      '3604**********8747',
    );
  });

  it("shows an organization's USCC in full, normalised", () => {
    const org = identities.organizations[0];

    expect(maskSubjectCode('organization', ` ${org.uscc.toLowerCase()} `)).toBe(
      org.uscc,
    );
  });
});
