import autocannon from 'autocannon';
import type { Measurement } from './bench-report';
import type { RunningServer } from './bench-servers';
import { CpuMeter } from './process-cpu';

export interface Target {
  request: string;
  /** One path, or several that the connections take in turn. */
  paths: string[];
}

export interface Slice {
  latencies: number[];
  failures: number;
  seconds: number;
  serverCpuMilliseconds: number;
  databaseCpuMilliseconds: number;
}

export interface LoadOptions {
  connections: number;
  /**
   * Requests per second offered by all connections together. Without it every connection sends its
   * next request as soon as the answer is in (a closed loop): the server is saturated, which measures
   * its throughput, and the latency then is mostly time queued behind the other connections.
   */
  overallRate?: number;
  token: string;
  meter: CpuMeter;
}

/** One autocannon run; every answer's latency is kept so rounds can be pooled into exact percentiles. */
export async function drive(server: RunningServer, target: Target, seconds: number, options: LoadOptions): Promise<Slice> {
  let next = 0;
  const latencies: number[] = [];
  let failures = 0;
  const before = await options.meter.read(server.pid, server.applicationName);
  const instance = autocannon({
    url: server.url,
    connections: options.connections,
    duration: seconds,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    headers: { authorization: `Bearer ${options.token}` },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: target.paths[next++ % target.paths.length] }) }],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures += 1;
  });
  const result = await instance;
  const cpu = CpuMeter.difference(before, await options.meter.read(server.pid, server.applicationName));
  return {
    latencies,
    failures: failures + result.errors,
    seconds: result.duration,
    serverCpuMilliseconds: cpu.server,
    databaseCpuMilliseconds: cpu.database,
  };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

export function pool(slices: Slice[]): Measurement {
  const sum = (value: (slice: Slice) => number) => slices.reduce((total, slice) => total + value(slice), 0);
  const latencies = slices.flatMap((slice) => slice.latencies).sort((left, right) => left - right);
  return {
    requestsPerSecond: latencies.length / sum((slice) => slice.seconds),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    failures: sum((slice) => slice.failures),
    serverCpuMillisecondsPerRequest: sum((slice) => slice.serverCpuMilliseconds) / latencies.length,
    databaseCpuMillisecondsPerRequest: sum((slice) => slice.databaseCpuMilliseconds) / latencies.length,
  };
}
