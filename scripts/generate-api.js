#!/usr/bin/env node
/**
 * `npm run generate:api`: writes the API's OpenAPI document and the TypeScript types of the web
 * page from the controllers, without PostgreSQL or Redis (apps/api/src/openapi/api-contract.ts).
 * test/e2e/api-contract fails when the committed files differ from what this writes; it runs
 * `node scripts/generate-api.js --print`, which writes nothing and prints both files as JSON (jest
 * cannot load openapi-typescript's ESM dependencies on Node 20).
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const ROOT = path.resolve(__dirname, '..');
const OUTPUT = path.join(ROOT, 'apps/web/src/api');
const { paths } = require(path.join(ROOT, 'tsconfig.json')).compilerOptions;

// The TypeScript sources are compiled on require, as jest does (jest.config.js): no build needed.
const aliases = Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [alias, path.join(ROOT, target)]));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveAlias(request, ...rest) {
  return resolveFilename.call(this, aliases[request] ?? request, ...rest);
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

async function main() {
  require('reflect-metadata');
  const { renderApiContract } = require(path.join(ROOT, 'apps/api/src/openapi/api-contract.ts'));
  const files = await renderApiContract();
  if (process.argv.includes('--print')) {
    process.stdout.write(JSON.stringify(files));
    return;
  }
  fs.mkdirSync(OUTPUT, { recursive: true });
  fs.writeFileSync(path.join(OUTPUT, 'openapi.json'), files.openApiJson);
  fs.writeFileSync(path.join(OUTPUT, 'schema.d.ts'), files.schemaTypes);
  console.log(`Wrote ${path.relative(ROOT, OUTPUT)}/openapi.json and schema.d.ts`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
