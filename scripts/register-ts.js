/**
 * Runs the product's TypeScript sources without a build: compiled on load by swc as jest compiles
 * them (jest.config.js), with the tsconfig path aliases (`@app/infra`, …). Required by
 * scripts/generate-api.js, and preloaded by the fault suite, which starts the API and the worker as
 * processes of their own (`node -r ./scripts/register-ts.js apps/worker/src/main.ts`). Node 20.19+
 * require()s the ESM-only NestJS packages by itself.
 */
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const ROOT = path.resolve(__dirname, '..');
const aliases = new Map(
  Object.entries(require(path.join(ROOT, 'tsconfig.json')).compilerOptions.paths).map(([alias, [target]]) => [alias, path.join(ROOT, target)]),
);

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliases.get(request) ?? request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
