
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
  // file-type and its helpers ship only ES modules; Jest's CommonJS runtime needs them compiled
  // (Node 20's own require loads them as they are, so the built app does not). So does faker (the demo seed).
  transformIgnorePatterns: ['/node_modules/(?!(@faker-js/faker|file-type|strtok3|token-types|@tokenizer/inflate|uint8array-extras|@borewit/text-codec)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // file-type's exports offer only `import`/`module-sync` conditions, which Jest's resolver skips.
  moduleNameMapper: { ...moduleNameMapper, '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
  globalSetup: '<rootDir>/apps/api/test/global-setup.mjs',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.mjs',
  testTimeout: 30000,
  maxWorkers: 2,
  coverageDirectory: '<rootDir>/coverage/apps/api',
};
