
const { readFileSync } = require('fs');
const { join } = require('path');

const swc = JSON.parse(readFileSync(join(__dirname, '.spec.swcrc'), 'utf-8'));
swc.swcrc = false;
const { compilerOptions } = JSON.parse(readFileSync(join(__dirname, '../../tsconfig.base.json'), 'utf-8'));
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths as Record<string, string[]>).map(([alias, targets]) => [`^${alias}$`, join(__dirname, '../..', targets[0])]),
);

/** One Jest project for the API and every api lib: one embedded database, migrated once. */
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  rootDir: '../..',
  roots: ['<rootDir>/apps/api', '<rootDir>/libs/api', '<rootDir>/libs/shared'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.[tj]s$': ['@swc/jest', swc] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper,
  globalSetup: '<rootDir>/apps/api/test/global-setup.mjs',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.mjs',
  testTimeout: 30000,
  maxWorkers: 2,
  coverageDirectory: '<rootDir>/coverage/apps/api',
};
