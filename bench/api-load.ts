/**
 * One measured load of bench:api: autocannon POSTs a list of bodies in turn, and the CPU time
 * of the GraphQL server, of Neo4j and of everything else on the machine is read from /proc over
 * the run, so a run disturbed by other work can be told apart (and repeated).
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import autocannon from 'autocannon';

/** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

export interface LoadResult {
  label: string;
  connections: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  requests: number;
  failures: number;
  /** CPU milliseconds per request of the GraphQL server process and of Neo4j (null when not local). */
  serverCpuMs: number;
  neo4jCpuMs: number | null;
  /** Share of all CPUs that other processes used during the run, 0 to 1. */
  otherLoad: number;
}

function machineBusyMs(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: everything but idle and iowait is work.
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return (user + nice + system + irq + softirq + steal) * TICK_MS;
}

/** CPU milliseconds a process has used so far (0 when it is gone or not given). */
export function processCpuMs(pid: number | null): number {
  if (pid === null) return 0;
  try {
    // The command name (field 2) may hold spaces; the fields after its ")" are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface LoadTarget {
  url: string;
  serverPid: number;
  neo4jPid: number | null;
}

/**
 * Waits until the given processes (the servers and Neo4j) are idle together, under a tenth of a
 * core for half a second, at most `maxMs`: requests a finished load left in flight, on either
 * server, must not count against the next load.
 */
export async function settle(pids: Array<number | null>, maxMs = 60_000): Promise<void> {
  const used = (): number => pids.reduce<number>((sum, pid) => sum + processCpuMs(pid), 0);
  const deadline = performance.now() + maxMs;
  while (performance.now() < deadline) {
    const before = used();
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (used() - before < 50) return;
  }
}

export async function runLoad(
  target: LoadTarget,
  label: string,
  bodies: string[],
  connections: number,
  durationS: number,
): Promise<LoadResult> {
  let next = 0;
  let graphqlErrors = 0;
  const before = {
    machine: machineBusyMs(),
    server: processCpuMs(target.serverPid),
    neo4j: processCpuMs(target.neo4jPid),
    own: ownCpuMs(),
    at: performance.now(),
  };
  const result = await autocannon({
    url: target.url,
    connections,
    duration: durationS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  const server = processCpuMs(target.serverPid) - before.server;
  const neo4j = processCpuMs(target.neo4jPid) - before.neo4j;
  const own = ownCpuMs() - before.own;
  const machine = machineBusyMs() - before.machine;
  const elapsed = performance.now() - before.at;
  const requests = Math.max(1, result.requests.total);
  return {
    label,
    connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.errors + result.non2xx + graphqlErrors,
    serverCpuMs: server / requests,
    neo4jCpuMs: target.neo4jPid === null ? null : neo4j / requests,
    otherLoad: Math.max(0, machine - server - neo4j - own) / (elapsed * cpus().length),
  };
}
