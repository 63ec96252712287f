import fs from 'node:fs';

/** Resident memory of a process in MiB, from /proc (Linux only), or NaN when unreadable. */
export function rssMiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

// Linux reports CPU time in clock ticks; 100 per second on every common configuration.
const TICKS_PER_SECOND = 100;

/** CPU seconds a process has used so far (user + system). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces; fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/**
 * Busy and total CPU time of the whole machine, to tell how saturated both cores were, and the
 * time the hypervisor gave our virtual CPUs to someone else (steal).
 */
export function machineCpu(): { busy: number; total: number; steal: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  // user nice system idle iowait irq softirq steal guest guest_nice; guest time is already in user.
  const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total, steal: values[7] ?? 0 };
}

/** Samples a process's RSS while a measurement runs; `stop()` gives the peak and the last value. */
export function sampleRss(pid: number, everyMs = 200) {
  let peak = rssMiB(pid);
  let last = peak;
  const timer = setInterval(() => {
    last = rssMiB(pid);
    if (last > peak) peak = last;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      last = rssMiB(pid);
      return { peak: Math.max(peak, last), last };
    },
  };
}

/** CPU seconds used so far by each of these processes that still exists. */
export function cpuSecondsOf(pids: Iterable<number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    const seconds = cpuSeconds(pid);
    if (!Number.isNaN(seconds)) out.set(pid, seconds);
  }
  return out;
}
