// Browser tests against a real server process: slow, so run one at a time
// (`jest --runInBand`) with generous timeouts.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 180_000,
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@creditplus/shared$': '<rootDir>/../packages/shared/src',
  },
};
