import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SHARED_DIR } from './support/shared-folder';

const run = promisify(execFile);

/** A timeline as tls-eval.mjs reads it: days and their summary sentences. */
export type SystemTimeline = { date: string; sentences: string[] }[];

/** What tls-eval.mjs says of one timeline: date-selection precision, recall, F1 and alignment ROUGE-1 F1. */
export interface Score {
  dateP: number;
  dateR: number;
  dateF1: number;
  ar1F1: number;
}

/** Scores a timeline against a reference file by running ../shared/tools/tls-eval.mjs on it. */
export async function scoreTimeline(referenceFile: string, timeline: SystemTimeline): Promise<Score> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-tls-'));
  try {
    const file = path.join(dir, 'system.json');
    await fs.writeFile(file, JSON.stringify(timeline));
    const { stdout } = await run(process.execPath, [path.join(SHARED_DIR, 'tools', 'tls-eval.mjs'), referenceFile, file, '--json'], { maxBuffer: 64 * 1024 * 1024 });
    const result = JSON.parse(stdout) as { date: { p: number; r: number; f: number }; align_plus_m1_r1: { f: number } };
    return { dateP: result.date.p, dateR: result.date.r, dateF1: result.date.f, ar1F1: result.align_plus_m1_r1.f };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The reference's days and its summary sentences per day, read by tls-eval.mjs itself. */
export async function readReference(referenceFile: string): Promise<Map<string, string[]>> {
  const scorer = (await import(path.join(SHARED_DIR, 'tools', 'tls-eval.mjs'))) as { parseTimelineText: (text: string, name?: string) => { timeline: Map<string, string[]> } };
  return scorer.parseTimelineText(await fs.readFile(referenceFile, 'utf8'), path.basename(referenceFile)).timeline;
}
