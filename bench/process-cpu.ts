/**
 * CPU time of a process and its children (the server's primary and its cluster workers), read
 * from /proc on Linux: how much of the machine's cores the server spent, next to what the
 * benchmark's own clients spent (process.cpuUsage). Undefined where there is no /proc.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** utime + stime in seconds (fields 14 and 15 of /proc/<pid>/stat), undefined if the process is gone. */
function ownCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** The CPU seconds the process and its direct children have used so far. */
export function treeCpuSeconds(pid: number): number | undefined {
  if (!existsSync('/proc')) return undefined;
  const own = ownCpuSeconds(pid);
  if (own === undefined) return undefined;
  let total = own;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const child = Number(name);
    if (parentOf(child) === pid) total += ownCpuSeconds(child) ?? 0;
  }
  return total;
}

/** The CPU seconds used so far by every process whose command is `name` (PostgreSQL: `postgres`). */
export function commandCpuSeconds(name: string): number | undefined {
  if (!existsSync('/proc')) return undefined;
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== name) continue;
    } catch {
      continue;
    }
    total += ownCpuSeconds(Number(entry)) ?? 0;
  }
  return total;
}

/** The machine's busy and idle CPU seconds so far, over all cores (the `cpu` line of /proc/stat). */
export function machineCpuSeconds(): { busy: number; idle: number } | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: idle and iowait are the idle part.
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const all = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: (all - idle) / 100, idle: idle / 100 };
  } catch {
    return undefined;
  }
}
