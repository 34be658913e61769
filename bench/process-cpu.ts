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
