// Timing summaries for the benchmarks: percentiles of a sample and the machine load beside them.
import os from "node:os";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The machine is shared: every figure is printed beside the load it ran under. */
export const loadLine = () =>
  `load average ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ")} on ${os.cpus().length} cores`;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  return `p50 ${pct(s, 50).toFixed(1)} ms  p95 ${pct(s, 95).toFixed(1)} ms  max ${s[s.length - 1].toFixed(1)} ms  (n=${s.length})`;
}
