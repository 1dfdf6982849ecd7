#!/usr/bin/env node
/**
 * `npm test`: type-check, import rules, then every jest project (unit, e2e with the browser test)
 * against the real PostgreSQL, Redis and an SMTP listener started by the tests.
 */
const { spawnSync } = require('node:child_process');

function run(command, args, env = process.env) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('npx', ['tsc', '--noEmit', '-p', 'apps/web/tsconfig.json']);
run('npx', ['depcruise', 'apps/api', 'apps/worker', 'libs', '--config', '.dependency-cruiser.js']);
run('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);
run('npx', ['jest', '--ci', ...process.argv.slice(2)]);
