/**
 * Jest for mutation testing (`npm run test:mutation`): the node tests of the code Stryker mutates, in one project,
 * since Stryker's per-test coverage wraps a single test environment. The CLI's tests spawn the compiled command,
 * which never sees a mutant, so they are left out.
 */
const base = require('./jest.config.js');

const node = base.projects.find((project) => project.displayName === 'node');

module.exports = {
  ...node,
  displayName: undefined,
  testMatch: ['<rootDir>/{common,server}/**/*.test.ts'],
};
