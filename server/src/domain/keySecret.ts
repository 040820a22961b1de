// Department API secrets. The server recomputes every push signature, so
// it must be able to read a secret back: secrets are sealed with
// AES-256-GCM under a key derived from DATA_KEY for this purpose alone,
// never hashed. The plain secret is shown once, when the key is created.
import {
  createCipheriv,
  createDecipheriv,
  hkdfSync,
  randomBytes,
} from 'node:crypto';

const SEAL_VERSION = 'k1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** 256 random bits, URL-safe so it pastes into any config file. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A public key id: unguessable, so listing keys reveals nothing usable. */
export function newKeyId(): string {
  return `dk_${randomBytes(12).toString('hex')}`;
}

export function sealSecret(secret: string, dataKey: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealKey(dataKey), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const packed = Buffer.concat([iv, cipher.getAuthTag(), sealed]);
  return `${SEAL_VERSION}:${packed.toString('base64')}`;
}

/** The plain secret; throws if the sealed value was altered. */
export function openSecret(sealedText: string, dataKey: Buffer): string {
  const [version, body] = sealedText.split(':');
  if (version !== SEAL_VERSION || body === undefined) {
    throw new Error(`unknown key seal version ${version}`);
  }
  const packed = Buffer.from(body, 'base64');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    sealKey(dataKey),
    packed.subarray(0, IV_BYTES),
  );
  decipher.setAuthTag(packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const sealed = packed.subarray(IV_BYTES + TAG_BYTES);
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString(
    'utf8',
  );
}

function sealKey(dataKey: Buffer): Buffer {
  if (dataKey.length !== 32) {
    throw new RangeError('the data key must be 32 bytes');
  }
  return Buffer.from(
    hkdfSync('sha256', dataKey, '', 'creditplus department key secret', 32),
  );
}
