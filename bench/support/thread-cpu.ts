import * as fs from 'node:fs';

/** Clock ticks per second of /proc's time fields (USER_HZ: 100 on every Linux build Node runs on). */
const TICKS_PER_SECOND = 100;

/**
 * Every thread of this process by id, with the CPU milliseconds it has used, read from
 * /proc/self/task (Linux only; an empty map elsewhere). Threads are told apart by id alone: all of
 * Node's are named "node".
 */
export function threadTimes(): Map<number, number> {
  const times = new Map<number, number>();
  let ids: string[];
  try {
    ids = fs.readdirSync('/proc/self/task');
  } catch {
    return times;
  }
  for (const id of ids) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
      // Fields after the name, which is in parentheses and may hold spaces: state is field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      times.set(Number(id), (ticks * 1000) / TICKS_PER_SECOND);
    } catch {
      // The thread ended while the folder was read.
    }
  }
  return times;
}

/**
 * CPU milliseconds spent between `before` and `after` by the main thread, by the threads in
 * `workerIds` (the import workers), and by every other thread (V8's garbage-collector and
 * compiler helpers, libuv's file threads).
 */
export function splitThreadTimes(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>, workerIds: ReadonlySet<number>): { main: number; workers: number; other: number } {
  const split = { main: 0, workers: 0, other: 0 };
  for (const [id, time] of after) {
    const spent = time - (before.get(id) ?? 0);
    if (id === process.pid) split.main += spent;
    else if (workerIds.has(id)) split.workers += spent;
    else split.other += spent;
  }
  return split;
}
