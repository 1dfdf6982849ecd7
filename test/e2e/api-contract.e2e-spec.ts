import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ApiContractFiles } from '../../apps/api/src/openapi/api-contract';

const ROOT = join(__dirname, '../..');
const API_DIRECTORY = join(ROOT, 'apps/web/src/api');
const FILE_NAMES: Record<keyof ApiContractFiles, string> = { openApiJson: 'openapi.json', schemaTypes: 'schema.d.ts' };

describe('the committed API contract of the web page', () => {
  it('openapi.json and schema.d.ts are what the controllers say now', async () => {
    // The generator itself, in its own process: jest cannot load openapi-typescript's ESM dependencies.
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/generate-api.js'), '--print'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    const rendered = JSON.parse(stdout) as ApiContractFiles;
    const keys = Object.keys(FILE_NAMES) as (keyof ApiContractFiles)[];
    const committed = Object.fromEntries(
      await Promise.all(keys.map(async (key) => [key, await readFile(join(API_DIRECTORY, FILE_NAMES[key]), 'utf8').catch(() => '')])),
    ) as ApiContractFiles;
    const stale = keys.filter((key) => committed[key] !== rendered[key]).map((key) => FILE_NAMES[key]);
    if (stale.length > 0) throw new Error(`apps/web/src/api is out of date (${stale.join(', ')}): run npm run generate:api`);
  }, 120000);
});
