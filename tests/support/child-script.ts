import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';

/** The repository root: children run from here so `--import tsx` and relative imports resolve. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** A TypeScript script running in a child `node --import tsx`, read line by line. */
export interface ScriptChild {
  readonly child: ChildProcess;
  /** Every whole line the child has written to stdout so far. */
  readonly lines: string[];
  /** Resolves with the first line (already seen or still to come) that `accept` takes; rejects if the child exits first. */
  waitForLine(accept: (line: string) => boolean): Promise<string>;
  /** Resolves when the child has exited (and been reaped), with how. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the child wrote to stderr so far. */
  stderr(): string;
}

/** Starts `node --import tsx <script> ...args` in the repository root. */
export function spawnScript(script: string, args: readonly string[], options: SpawnOptions = {}): ScriptChild {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...options,
  });
  const lines: string[] = [];
  const waiters: { accept: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let partial = '';
  let errors = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.accept(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    // 'close' comes after 'exit' and after stdout has ended, so every line has been read.
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return {
    child,
    lines,
    exited,
    stderr: () => errors,
    waitForLine(accept) {
      const seen = lines.find(accept);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise<string>((resolve, reject) => {
        waiters.push({ accept, resolve });
        void exited.then(({ code, signal }) =>
          reject(new Error(`child exited (code ${code}, signal ${signal}) before the line came; stderr:\n${errors}`)),
        );
      });
    },
  };
}
