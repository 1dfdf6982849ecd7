/**
 * The Node versions package.json's `engines` names: 22 from 22.22.3, 24 from 24.15, and 26 on (odd majors are not LTS).
 * NestJS 12's own dependencies (file-type, cookie, content-disposition, the CLI's angular-devkit)
 * require them, and Node 20 is past its end of life (April 2026). Plain JavaScript without
 * dependencies, so it runs before `npm install`: `node scripts/check-node.js` exits 1 with the
 * reason (.ci/run then fetches Node 24); start.js and test.js warn.
 */
function nodeProblem(version = process.versions.node) {
  const [major, minor, patch] = version.split('.').map(Number);
  const supported = (major === 22 && (minor > 22 || (minor === 22 && patch >= 3))) || (major === 24 && minor >= 15) || major >= 26;
  return supported ? null : `Node ${version} is older than this project supports: use Node 24 (24.15 or newer) or Node 22 (22.22.3 or newer).`;
}

module.exports = { nodeProblem };

if (require.main === module) {
  const problem = nodeProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
