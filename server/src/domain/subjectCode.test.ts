import { hashCode, protectCode, revealCode } from './subjectCode';

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);
const idNumber = '360404196312108747';

describe('subject codes', () => {
  test('keep no plain ID number and mask it', () => {
    const kept = protectCode('person', idNumber, key);
    expect(JSON.stringify(kept)).not.toContain(idNumber);
    expect(kept.codeMasked).toBe('3604**********8747');
    expect(kept.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('hash the same code the same way under one key only', () => {
    expect(hashCode(idNumber, key)).toBe(
      protectCode('person', idNumber, key).codeHash,
    );
    expect(hashCode(idNumber, otherKey)).not.toBe(hashCode(idNumber, key));
  });

  test('reveal the code to its owner and refuse a tampered cipher', () => {
    const { codeCipher } = protectCode('person', idNumber, key);
    expect(revealCode(codeCipher, key)).toBe(idNumber);

    const packed = Buffer.from(codeCipher.slice(3), 'base64');
    packed[packed.length - 1] ^= 1;
    expect(() => revealCode(`v1:${packed.toString('base64')}`, key)).toThrow();
    expect(() => revealCode(codeCipher, otherKey)).toThrow();
  });

  test('encrypt the same code differently each time', () => {
    const a = protectCode('person', idNumber, key).codeCipher;
    expect(protectCode('person', idNumber, key).codeCipher).not.toBe(a);
  });

  test('refuse a key that is not 32 bytes', () => {
    expect(() => hashCode(idNumber, Buffer.alloc(16))).toThrow(RangeError);
  });
});
