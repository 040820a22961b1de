// The data key of tests: the one test/support/app.ts configures.
export const testDataKey = Buffer.from(
  '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
  'hex',
);
