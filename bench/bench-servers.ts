import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface RunningServer {
  name: 'product' | 'bare';
  url: string;
  pid: number;
  /** The application_name its database pool shows in pg_stat_activity. */
  applicationName: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * Forks one of the compiled server scripts beside this file and waits for the `{ port }` it
 * sends when listening. `execArgv` lets a run add `--cpu-prof` to see where the time goes.
 */
export function startServer(
  name: RunningServer['name'],
  script: string,
  applicationName: string,
  environment: NodeJS.ProcessEnv,
  execArgv: string[] = [],
): Promise<RunningServer> {
  // Standard output holds the request log when BENCH_LOG_LEVEL asks for one; errors go to stderr.
  const child = fork(join(__dirname, script), [], { env: environment, execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before listening`));
    });
    child.once('message', (message: { port?: number }) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      if (!message.port) return reject(new Error(`${name} sent no port`));
      resolve({ name, url: `http://127.0.0.1:${message.port}`, pid: child.pid as number, applicationName, stop: () => stopChild(child) });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // SIGTERM first, so a --cpu-prof run writes its profile on the way out.
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
