import { readFileSync } from 'node:fs';
import type { Client } from 'pg';

/**
 * CPU time spent by a server process and by its PostgreSQL backends, read from /proc (Linux).
 * Requests per second depend on what else runs on the machine; CPU milliseconds per request do
 * not, so they show where the product spends more than the bare handler even on a busy machine.
 */
const TICKS_PER_SECOND = 100;

function cpuMillisecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

export interface CpuReading {
  server: number;
  database: number;
}

export class CpuMeter {
  constructor(
    private readonly database: Client,
    private readonly databaseName: string,
  ) {}

  /** The server's own CPU and that of every backend its pool holds, keyed by pid so backends that come and go are counted. */
  async read(serverPid: number, applicationName: string): Promise<{ server: number; backends: Map<number, number> }> {
    const { rows } = await this.database.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`, [
      this.databaseName,
      applicationName,
    ]);
    return { server: cpuMillisecondsOf(serverPid), backends: new Map(rows.map((row) => [row.pid, cpuMillisecondsOf(row.pid)])) };
  }

  static difference(before: { server: number; backends: Map<number, number> }, after: { server: number; backends: Map<number, number> }): CpuReading {
    let database = 0;
    for (const [pid, value] of after.backends) database += value - (before.backends.get(pid) ?? 0);
    return { server: after.server - before.server, database };
  }
}
