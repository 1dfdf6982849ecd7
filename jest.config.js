/**
 * Jest on Node 20 cannot require() the ESM-only NestJS packages (nor otplib's @noble and @scure, nor archiver 8 and its
 * zip packages): swc transforms them (STACK.md).
 */
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      baseUrl: path.resolve(__dirname),
      paths: require('./tsconfig.json').compilerOptions.paths,
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|content-disposition|temporal-polyfill|temporal-utils|@noble|@scure|archiver|zip-stream|compress-commons|crc32-stream|is-stream)/)',
  ],
  moduleNameMapper: Object.fromEntries(
    Object.entries(require('./tsconfig.json').compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
  ),
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  testTimeout: 60000,
  // Two files at a time: every test app has a database copied from the run's template and a queue
  // prefix of its own (names carry the worker id), SMTP listeners and private Redis servers take free
  // ports, and nothing flushes the shared Redis. More workers than cores only slows the e2e tests down.
  maxWorkers: 2,
};
