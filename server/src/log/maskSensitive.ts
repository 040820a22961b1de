// Masks personal data and credentials inside any text before it is written
// to a log line. Key-based redaction (logger.ts) catches fields we know;
// this catches the same data when it hides in a message, an error or a URL.

// An 18-character resident ID (17 digits and a digit or X), not part of a
// longer run of digits or letters.
const idNumber = /(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[0-9Xx])(?![0-9A-Za-z])/g;
// A mainland mobile number, not part of a longer number.
const phone = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
// A JWT (three base64url parts, the first one a JSON header).
const jwt = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g;
// A bearer credential in a header value.
const bearer = /(Bearer\s+)[^\s",]+/gi;
// Credentials in a query string, e.g. a code2session URL in an error.
const queryCredential =
  /([?&](?:secret|js_code|code|token|session_key)=)[^&\s"]+/gi;

// One scan for all of them first: nearly every line, a request line among
// them, holds none and so is scanned once instead of five times.
const mayHoldSensitive = new RegExp(
  [idNumber, phone, jwt, bearer, queryCredential]
    .map((pattern) => pattern.source)
    .join('|'),
  'i',
);

export function maskSensitive(text: string): string {
  if (!mayHoldSensitive.test(text)) return text;
  return text
    .replace(idNumber, '$1**********$2')
    .replace(phone, '$1****$2')
    .replace(bearer, '$1[redacted]')
    .replace(queryCredential, '$1[redacted]')
    .replace(jwt, '[redacted]');
}
