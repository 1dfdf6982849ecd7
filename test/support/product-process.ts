import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { killWithTestProcess } from './child-guard';
import { waitUntil } from './private-redis';

const ROOT = join(__dirname, '..', '..');
const BOOT_TIMEOUT_MS = 60_000;

export type ProductKind = 'api' | 'worker';

/**
 * The API or the worker as an operator runs it, `main.ts` in a process of its own (compiled on
 * load, scripts/register-ts.js), so a fault test can SIGKILL or SIGTERM it. Its log lines
 * (pino JSON) are kept for the test to read.
 */
export class ProductProcess {
  readonly logLines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly kind: ProductKind,
    private readonly child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        this.logLines.push(...lines.filter(Boolean));
      });
    }
  }

  /** Starts `apps/<kind>/src/main.ts` with `env` and waits until it said it runs (its queue backend line). */
  static async start(kind: ProductKind, env: Record<string, string>): Promise<ProductProcess> {
    const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'register-ts.js'), join('apps', kind, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    killWithTestProcess(child);
    const product = new ProductProcess(kind, child);
    await waitUntil(
      async () => {
        if (!product.running) throw new Error(`The ${kind} exited at start:\n${product.logLines.slice(-20).join('\n')}`);
        return product.logLines.some((line) => line.includes('Queue backend'));
      },
      `the ${kind} to start`,
      BOOT_TIMEOUT_MS,
    );
    return product;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** A crash: the process is gone at once, with whatever it held. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** What an orchestrator sends to stop it; resolves with its exit code once it is gone. */
  async terminate(): Promise<number | null> {
    if (this.running) this.child.kill('SIGTERM');
    return (await this.exited).code;
  }

  /** The log entries at `level` (pino: 50 error, 40 warn) or above. */
  entriesAtLeast(level: number): { level: number; msg: string }[] {
    return this.logLines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .filter((entry) => entry.level >= level);
  }
}
