#!/usr/bin/env node
/**
 * `npm run generate:api`: writes the API's OpenAPI document and the TypeScript types of the web
 * page from the controllers, without PostgreSQL or Redis (apps/api/src/openapi/api-contract.ts).
 * test/e2e/api-contract fails when the committed files differ from what this writes; it runs
 * `node scripts/generate-api.js --print`, which writes nothing and prints both files as JSON (jest
 * cannot load openapi-typescript's ESM dependencies on Node 20).
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUTPUT = path.join(ROOT, 'apps/web/src/api');

// The TypeScript sources are compiled on require, as jest does: no build needed.
require('./register-ts');

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
