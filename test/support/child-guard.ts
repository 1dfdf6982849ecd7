import { spawn, type ChildProcess } from 'node:child_process';

/**
 * A child process started by a test never outlives the test process: on a normal exit a handler
 * kills it; when the test process itself is killed (a CI timeout), a detached watchdog does.
 */
export function killWithTestProcess(child: ChildProcess): void {
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  const watchdog = spawn(
    '/bin/sh',
    ['-c', `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${child.pid} 2>/dev/null; do sleep 1; done; kill -9 ${child.pid} 2>/dev/null`],
    { stdio: 'ignore', detached: true },
  );
  watchdog.unref();
}
