const { readFileSync } = require('node:fs');

const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));

const shared = {
  testEnvironment: 'node',
  // Hooks start a whole hub, and a test may run whole joint approvals; with two workers' hubs on
  // two cores, a file can take several times as long as it does alone (a clean CI run: the
  // department review 226 s, alone 30 s), so the budget is generous.
  testTimeout: 300_000,
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
};

/**
 * Two projects: `unit` (test/unit) needs nothing running (npm run test:unit); `e2e` (every other
 * test) starts PostgreSQL once for the run and hubs in its tests (npm run test:e2e). `npm test`
 * runs both.
 * @type {import('jest').Config}
 */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/test/unit', '<rootDir>/services', '<rootDir>/gateway'],
      testMatch: ['**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      // Every other test directory (e2e, integration, security, ...): a new one needs no entry here.
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/unit/'],
      globalSetup: '<rootDir>/test/kit/global-setup.ts',
      globalTeardown: '<rootDir>/test/kit/global-teardown.ts',
    },
  ],
  maxWorkers: 2,
  // A run-wide setting: jest reads testTimeout here, not from a project.
  testTimeout: shared.testTimeout,
  // V8's own coverage: nothing is instrumented, so `--coverage` costs the suite little time.
  coverageProvider: 'v8',
  collectCoverageFrom: ['services/**/*.ts', 'gateway/**/*.ts', 'scripts/**/*.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
};
