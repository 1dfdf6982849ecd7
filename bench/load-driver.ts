import autocannon from 'autocannon';
import { Agent, get } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
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
   * Requests per second offered at an even pace (`offer`). Without it every connection sends its next
   * request as soon as the answer is in (a closed loop, `drive`): the server is saturated, which
   * measures its throughput, and the latency then is mostly time queued behind the other connections.
   */
  rate?: number;
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

/**
 * An open loop: request i starts at `i / rate` seconds, whether or not earlier answers are in, over
 * at most `connections` kept-alive sockets. autocannon's own rate limit sends each second's quota in
 * one burst at the start of the second, which measures a burst, not a pace. Latency counts from the
 * moment a request was due, so a stalled server or client is not hidden (coordinated omission).
 */
export async function offer(server: RunningServer, target: Target, seconds: number, options: LoadOptions & { rate: number }): Promise<Slice> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let failures = 0;
  const before = await options.meter.read(server.pid, server.applicationName);
  const total = Math.round(seconds * options.rate);
  const interval = 1000 / options.rate;
  const answers: Promise<void>[] = [];
  const started = performance.now();
  for (let index = 0; index < total; index += 1) {
    const due = started + index * interval;
    const early = due - performance.now();
    if (early > 0) await sleep(early);
    const path = target.paths[index % target.paths.length];
    answers.push(
      answered(server.url + path, options.token, agent).then((ok) => {
        if (ok) latencies.push(performance.now() - due);
        else failures += 1;
      }),
    );
  }
  await Promise.all(answers);
  agent.destroy();
  const cpu = CpuMeter.difference(before, await options.meter.read(server.pid, server.applicationName));
  return {
    latencies,
    failures,
    seconds: (performance.now() - started) / 1000,
    serverCpuMilliseconds: cpu.server,
    databaseCpuMilliseconds: cpu.database,
  };
}

/** True for a 2xx answer read to its end; false for another status or a connection error. */
function answered(url: string, token: string, agent: Agent): Promise<boolean> {
  return new Promise((resolve) => {
    get(url, { agent, headers: { authorization: `Bearer ${token}` } }, (response) => {
      response.resume();
      response.on('end', () => resolve((response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300));
      response.on('error', () => resolve(false));
    }).on('error', () => resolve(false));
  });
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
