// One jest run, two storage modes: SQLite and the in-process cache by
// default; MariaDB and Redis when TEST_DATABASE_URL / TEST_REDIS_URL are set
// (test/support reads them). The shared package is mapped to its source so
// tests never depend on a stale build.
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  moduleNameMapper: {
    '^@creditplus/shared$': '<rootDir>/../packages/shared/src/index.ts',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
};
