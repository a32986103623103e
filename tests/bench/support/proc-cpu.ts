// CPU time of processes from /proc (Linux): used by benchmarks to say how the machine's CPU was
// shared between the app server, PostgreSQL, the load generator and everything else during a run.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

type TProc = { pid: number; ppid: number; comm: string; ticks: number };

function readProc(pid: number): TProc | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = text.lastIndexOf(")");
    const fields = text.slice(close + 2).split(" "); // fields[0] is the state (field 3)
    return {
      pid,
      ppid: Number(fields[1]),
      comm: text.slice(text.indexOf("(") + 1, close),
      // utime + stime, plus cutime + cstime: a PostgreSQL backend that exits during a run leaves
      // its CPU time in the postmaster's children's total, so a group's sum never goes down.
      ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return null; // gone
  }
}

function allProcs(): TProc[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is TProc => p !== null);
}

function machineTicks(): number {
  const cpu = readFileSync("/proc/stat", "utf8")
    .split("\n")[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6] + cpu[7]; // user nice system irq softirq steal (not idle, iowait)
}

export type TCpuGroups = { server: number; postgres: number; loadgen: number; machine: number };

/** CPU ticks so far of: the server and its descendants, every `postgres` process, this process, the whole machine. */
export function sampleCpu(serverPid: number): TCpuGroups {
  const procs = allProcs();
  const tree = new Set([serverPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  const sum = (pred: (p: TProc) => boolean) => procs.filter(pred).reduce((n, p) => n + p.ticks, 0);
  return {
    server: sum((p) => tree.has(p.pid)),
    postgres: sum((p) => p.comm === "postgres"),
    loadgen: sum((p) => p.pid === process.pid),
    machine: machineTicks(),
  };
}

/** "server 61% · postgres 22% · load generator 9% · other 5% · idle 3%" of the machine's capacity between two samples. */
export function cpuShares(before: TCpuGroups, after: TCpuGroups, seconds: number): string {
  const capacity = seconds * TICKS_PER_SECOND * os.cpus().length;
  const pct = (n: number) => `${Math.round((100 * n) / capacity)}%`;
  const d = {
    server: after.server - before.server,
    postgres: after.postgres - before.postgres,
    loadgen: after.loadgen - before.loadgen,
    machine: after.machine - before.machine,
  };
  const other = Math.max(0, d.machine - d.server - d.postgres - d.loadgen);
  return `next ${pct(d.server)} · postgres (all databases) ${pct(d.postgres)} · load generator ${pct(d.loadgen)} · other processes ${pct(other)} · idle ${pct(Math.max(0, capacity - d.machine))} of ${os.cpus().length} cores`;
}
