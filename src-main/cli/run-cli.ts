import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { DatelineError } from '../shared/result';
import { createServices, type Services } from '../services/create-services';
import { defaultLibraryDir } from '../services/library-location';
import { openLibraryForCli } from '../services/open-library';
import { CLI_OPTIONS, type CliOptions } from './cli-options';
import { importCommand, listCommand, removeCommand, replaceCommand, showCommand, type CommandOutput } from './commands';
import { backupCommand, exportCommand, importNotesCommand, restoreCommand } from './exchange-commands';
import { noteCommand, notesCommand } from './note-commands';
import { searchCommand } from './search-command';
import { collectionCommand, tagCommand } from './tag-commands';
import { timelineTmlCommand } from './timeline-commands';
import { timelineViewCommand } from './timeline-view-commands';

/** Where the CLI writes, and the environment it reads; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** Exit codes: 0 done, 1 the command failed (a message says why), 2 it was used wrongly. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const HELP = `Usage: dateline <command> [options]

Commands:
  import <file…>   import web pages (.html), Markdown (.md) and text (.txt)
                   files, or every such file in the folders given
    [--date YYYY-MM-DD] [--source NAME]
                   the date and source of files that state none
  list             list the articles in the library
  show <id>        print one article (an id or the start of one)
  rm <id>          delete an article; its notes are kept as deleted records
  replace <id> <file>
                   replace an article with a newer version of it; its notes,
                   tags and collections move over (notes whose passage is gone
                   are listed as orphaned)
  timeline <id>    print an article's time expressions and timeline events
  timeline --all | --collection <name> | --tag <tag> [--key-dates n]
                   print the key dates and merged events of many articles
  timeline export <id> | --all | --collection <name> | --tag <tag>
      --format timelinejs|csv|ics [--out file]
                   export a timeline as TimelineJS JSON, CSV or iCalendar
  timeline-tml <folder> --out <file.jsonl>
                   tag a folder of TimeML files; write the expressions as JSON lines
  notes <id>       list an article's side notes
  note add <id> --quote "…" [--text "…"] [--color yellow|green|blue|pink|purple]
                   add a note on the passage that reads "…"
  note rm <note-id>
                   delete a note
  search <words…> [--limit n]
                   search titles, article text and notes
  tag add|rm <id> <tag>
                   tag an article, or take a tag off it
  tag list [<id>]  list the tags (of one article, or all with counts)
  collection add|rm <name> <id…>
                   put articles in a collection (made if new), or take them out
  collection list  list the collections
  export <id> | --collection <name> | --all --format md|jsonld [--out path]
                   export notes as Markdown (one file per article; --out <folder>
                   for several) or W3C Web Annotation JSON-LD (one file)
  import-notes <file.jsonld>
                   import W3C Web Annotations as notes
  backup <file.tar.gz>
                   back the whole library up into one archive
  restore <file.tar.gz> [--force]
                   restore a backup into the library folder (--force replaces a
                   library there, which is kept beside it)

Options:
  --json               print machine-readable JSON
  --library <folder>   use this library folder (default: $DATELINE_LIBRARY or ~/Dateline)
  --out <path>         where timeline-tml and export write their output
  -h, --help           show this help
  -v, --version        show the version
`;

/**
 * A command: `library` says whether it changes the library (`write`, takes the lock), only reads
 * it (`read`, read-only when the app has it open) or does not use one (`none`, services is null).
 */
type Command =
  | { library: 'write' | 'read'; run: (services: Services, args: string[], json: boolean, options: CliOptions) => Promise<CommandOutput> }
  | { library: 'none'; run: (services: null, args: string[], json: boolean, options: CliOptions) => Promise<CommandOutput> };

const COMMANDS: Record<string, Command> = {
  import: { library: 'write', run: importCommand },
  list: { library: 'read', run: listCommand },
  show: { library: 'read', run: showCommand },
  rm: { library: 'write', run: removeCommand },
  replace: { library: 'write', run: replaceCommand },
  timeline: { library: 'read', run: timelineViewCommand },
  'timeline-tml': { library: 'none', run: timelineTmlCommand },
  notes: { library: 'read', run: notesCommand },
  note: { library: 'write', run: noteCommand },
  search: { library: 'read', run: searchCommand },
  tag: { library: 'write', run: tagCommand },
  collection: { library: 'write', run: collectionCommand },
  export: { library: 'read', run: exportCommand },
  'import-notes': { library: 'write', run: importNotesCommand },
  backup: { library: 'read', run: backupCommand },
  restore: { library: 'none', run: restoreCommand },
};

/**
 * Runs one `dateline` command line and answers its exit code. Failures print one line to stderr,
 * `dateline: <what happened and what to do>`; nothing is thrown.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: CLI_OPTIONS,
    });
  } catch (error) {
    io.stderr(`dateline: ${error instanceof Error ? error.message : String(error)}. Run "dateline --help" to see the options.\n`);
    return EXIT.usage;
  }
  const [name, ...args] = parsed.positionals;
  if (parsed.values.version) {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  if (parsed.values.help || name === undefined || name === 'help') {
    (name === undefined && !parsed.values.help ? io.stderr : io.stdout)(HELP);
    return name === undefined && !parsed.values.help ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`dateline: there is no "${name}" command. Run "dateline --help" to see the commands.\n`);
    return EXIT.usage;
  }
  const libraryDir = parsed.values.library ?? defaultLibraryDir(io.env);
  let services: Services | null = null;
  try {
    let output: CommandOutput;
    if (command.library === 'none') {
      output = await command.run(null, args, parsed.values.json, { ...parsed.values, library: libraryDir });
    } else {
      services = createServices(await openLibraryForCli(libraryDir, command.library === 'write'));
      output = await command.run(services, args, parsed.values.json, parsed.values);
    }
    if (output.stdout) io.stdout(output.stdout);
    for (const line of output.errors) io.stderr(`dateline: ${line}\n`);
    return output.exitCode;
  } catch (error) {
    if (error instanceof DatelineError) {
      io.stderr(`dateline: ${error.message}\n`);
      return error.code === 'invalid-input' ? EXIT.usage : EXIT.failed;
    }
    io.stderr(`dateline: an unexpected error stopped the command: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.failed;
  } finally {
    await services?.store.close();
    // The page reader's workers: an idle one would otherwise hold the command open until it times out.
    await services?.articles.close();
  }
}
