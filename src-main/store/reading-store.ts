import * as fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ReadingStateSchema, type ReadingState } from '../shared/organisation';
import { DatelineError } from '../shared/result';
import { fileStamp } from './backups';
import { DurableJsonFile, UnreadableFileError } from './durable-file';
import type { StoreEvents } from './store-events';

/**
 * reading.json: where the reader left each article. Kept apart from library.json because it is
 * written whenever the reader scrolls: rewriting a 10,000-article index for that would make every
 * save cost what the whole library weighs.
 */
export const ReadingFileSchema = z.object({
  schemaVersion: z.literal(1),
  states: z.record(z.string(), ReadingStateSchema),
});

type ReadingFile = z.infer<typeof ReadingFileSchema>;

/**
 * Reading positions and read marks, one durable file for the library, loaded on first use and
 * created on the first save. A file that will not parse is moved aside (never overwritten).
 */
export class ReadingStore {
  private data: ReadingFile | null = null;
  private loading: Promise<ReadingFile> | null = null;
  private changes: Promise<unknown> = Promise.resolve();
  private readonly adapter: DurableJsonFile<ReadingFile>;

  /** @param libraryDir the library folder; @param readOnlyReason why writes are refused, or null; @param notices where damage is reported; @param events where saves are told */
  constructor(
    libraryDir: string,
    private readonly readOnlyReason: string | null,
    private readonly notices: string[],
    private readonly events: StoreEvents,
  ) {
    this.adapter = new DurableJsonFile<ReadingFile>(path.join(libraryDir, 'reading.json'));
  }

  /** Every article's reading state, by article id. */
  async all(): Promise<Readonly<Record<string, ReadingState>>> {
    return (await this.load()).states;
  }

  /** Saves one article's reading state, durably; the next {@link all} includes it. */
  async put(state: ReadingState): Promise<void> {
    if (this.readOnlyReason !== null) throw new DatelineError('io', this.readOnlyReason);
    const run = this.changes.then(async () => {
      const draft = structuredClone(await this.load());
      draft.states[state.articleId] = state;
      await this.adapter.write(draft);
      this.data = draft;
    });
    this.changes = run.catch(() => undefined);
    await run;
    this.events.emit({ kind: 'reading', articleId: state.articleId });
  }

  /** Waits for pending saves. */
  async flush(): Promise<void> {
    await this.changes;
  }

  private load(): Promise<ReadingFile> {
    if (this.data) return Promise.resolve(this.data);
    this.loading ??= this.read().then((data) => (this.data = data));
    return this.loading;
  }

  private async read(): Promise<ReadingFile> {
    let raw: unknown;
    try {
      raw = await this.adapter.read();
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      raw = undefined;
    }
    if (raw === null) return { schemaVersion: 1, states: {} };
    const parsed = ReadingFileSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    if (this.readOnlyReason === null) {
      const aside = `${this.adapter.file}.corrupt-${fileStamp(new Date())}`;
      await fs.rename(this.adapter.file, aside);
      this.notices.push(`Reading positions (reading.json) could not be read. The file was kept as ${path.basename(aside)}; articles open at the top until you read them again.`);
    }
    return { schemaVersion: 1, states: {} };
  }
}
