// How a subject's code (a person's ID number or an organization's USCC) is
// kept: an HMAC to find it, an AES-256-GCM cipher to show it to its owner,
// and a mask for everyone else. The plain value is never stored.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
} from 'node:crypto';

import { maskSubjectCode, SubjectKind } from '@creditplus/shared';

export interface ProtectedCode {
  codeHash: string;
  codeCipher: string;
  codeMasked: string;
}

const CIPHER_VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Finds a subject by code; the code must already be normalised. */
export function hashCode(code: string, dataKey: Buffer): string {
  return createHmac('sha256', subKey(dataKey, 'hash'))
    .update(code)
    .digest('hex');
}

export function protectCode(
  kind: SubjectKind,
  code: string,
  dataKey: Buffer,
): ProtectedCode {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', subKey(dataKey, 'cipher'), iv);
  const sealed = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  const packed = Buffer.concat([iv, cipher.getAuthTag(), sealed]);
  return {
    codeHash: hashCode(code, dataKey),
    codeCipher: `${CIPHER_VERSION}:${packed.toString('base64')}`,
    codeMasked: maskSubjectCode(kind, code),
  };
}

/** The plain code, for its owner only; throws if the cipher was altered. */
export function revealCode(codeCipher: string, dataKey: Buffer): string {
  const [version, body] = codeCipher.split(':');
  if (version !== CIPHER_VERSION || body === undefined) {
    throw new Error(`unknown code cipher version ${version}`);
  }
  const packed = Buffer.from(body, 'base64');
  const iv = packed.subarray(0, IV_BYTES);
  const tag = packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv(
    'aes-256-gcm',
    subKey(dataKey, 'cipher'),
    iv,
  );
  decipher.setAuthTag(tag);
  const sealed = packed.subarray(IV_BYTES + TAG_BYTES);
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString(
    'utf8',
  );
}

// One configured key, two independent keys derived from it, so the hash
// and the cipher never share key material. Derived once per key: an import
// hashes tens of thousands of codes.
const derived = new WeakMap<Buffer, Record<string, Buffer>>();

function subKey(dataKey: Buffer, purpose: 'hash' | 'cipher'): Buffer {
  if (dataKey.length !== 32) {
    throw new RangeError('the data key must be 32 bytes');
  }
  const keys = derived.get(dataKey) ?? {};
  derived.set(dataKey, keys);
  keys[purpose] ??= Buffer.from(
    hkdfSync('sha256', dataKey, '', `creditplus subject code ${purpose}`, 32),
  );
  return keys[purpose];
}
