import * as fs from 'node:fs/promises';
import path from 'node:path';

/** One Timeline17 task: a source folder, its reference timeline and its articles by publication day. */
export interface TimelineTask {
  /** The folder name, `LibyaWar_reuters`. */
  name: string;
  /** The source the folder's articles come from (its suffix: cnn, bbc, guardian, reuters). */
  source: string;
  referenceFile: string;
  /** Publication day `YYYY-MM-DD` → the articles' texts, turned back into prose. */
  days: Map<string, string[]>;
}

/** Every task of a Timeline17 folder (one per source folder and reference timeline file). */
export async function loadTimelineTasks(corpusDir: string): Promise<TimelineTask[]> {
  const folders = (await fs.readdir(corpusDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const tasks: TimelineTask[] = [];
  for (const name of folders) {
    const days = new Map<string, string[]>();
    const inputDir = path.join(corpusDir, name, 'InputDocs');
    for (const day of (await fs.readdir(inputDir)).sort()) {
      const files = (await fs.readdir(path.join(inputDir, day))).sort();
      days.set(day, await Promise.all(files.map(async (file) => prose(await fs.readFile(path.join(inputDir, day, file), 'utf8')))));
    }
    for (const timeline of (await fs.readdir(path.join(corpusDir, name, 'timelines'))).filter((file) => file.endsWith('.txt')).sort()) {
      tasks.push({ name, source: name.split('_').at(-1) ?? name, referenceFile: path.join(corpusDir, name, 'timelines', timeline), days });
    }
  }
  return tasks;
}

/**
 * A Penn-Treebank-tokenised article (one sentence a line, `-LRB-`, ``` `` ```, `do n't`) as the
 * prose a reader would have saved, one sentence a paragraph. The app reads prose; the corpus
 * format is the corpus's, so it is undone here, in the benchmark, not in the app.
 */
export function prose(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/\\\*/g, '*')
        .replace(/-LRB-/g, '(')
        .replace(/-RRB-/g, ')')
        .replace(/-LSB-/g, '[')
        .replace(/-RSB-/g, ']')
        .replace(/-LCB-/g, '{')
        .replace(/-RCB-/g, '}')
        .replace(/``\s*/g, '"')
        .replace(/\s*''/g, '"')
        .replace(/\s+([,.;:?!%)\]}])/g, '$1')
        .replace(/([([{$])\s+/g, '$1')
        .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** What an import of a task's articles needs: the services' importer. */
interface Importer {
  articles: { importPaths(paths: string[], options: { defaults: { published: string; source?: string } }): Promise<unknown> };
}

/**
 * Writes a task's articles into `sourceDir`, one folder per publication day, and imports each
 * day's folder with that day as its date (and the task's source). The file's date is the
 * publication day, as a page saved that day would have: a dateline without a year ("March 3")
 * takes its year from it. `keepDay` leaves days out.
 */
export async function importTaskDays(services: Importer, sourceDir: string, task: TimelineTask, keepDay: (day: string) => boolean = () => true): Promise<void> {
  for (const [day, texts] of task.days) {
    if (!keepDay(day)) continue;
    const dayDir = path.join(sourceDir, day);
    await fs.mkdir(dayDir);
    const noon = new Date(`${day}T12:00:00Z`);
    await Promise.all(
      texts.map(async (text, index) => {
        const file = path.join(dayDir, `${index}.txt`);
        await fs.writeFile(file, text);
        await fs.utimes(file, noon, noon);
      }),
    );
    await services.articles.importPaths([dayDir], { defaults: { published: day, source: task.source } });
  }
}
