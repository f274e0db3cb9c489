/** Unit tests: node for common/, server/, scripts and the local host; jsdom for the browser side. */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const common = {
  transform,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/build/',
    '<rootDir>/target/',
    '<rootDir>/test/functional/',
    '<rootDir>/.local_host/',
    '<rootDir>/.stryker-tmp/',
  ],
  modulePathIgnorePatterns: [
    '<rootDir>/build/',
    '<rootDir>/target/',
    '<rootDir>/.local_host/',
    '<rootDir>/.stryker-tmp/',
  ],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/{common,server,scripts,cli,dev,bench,typings}/**/*.test.ts',
        '<rootDir>/test/functional_runner/**/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'browser',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/public/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/public/test_utils/setup_tests.ts'],
    },
  ],
};
