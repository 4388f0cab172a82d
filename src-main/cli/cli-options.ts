import type { ParseArgsConfig } from 'node:util';

/** Every option of the `dateline` command line, for node:util parseArgs. Commands read what they need. */
export const CLI_OPTIONS = {
  json: { type: 'boolean', default: false },
  library: { type: 'string' },
  out: { type: 'string' },
  quote: { type: 'string' },
  text: { type: 'string' },
  color: { type: 'string' },
  date: { type: 'string' },
  source: { type: 'string' },
  format: { type: 'string' },
  collection: { type: 'string' },
  all: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  limit: { type: 'string' },
  tag: { type: 'string' },
  'key-dates': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const satisfies ParseArgsConfig['options'];

/** The options as a command receives them; an option not given is undefined. */
export interface CliOptions {
  json: boolean;
  library?: string;
  /** Where `timeline-tml` writes its JSON lines. */
  out?: string;
  /** `note add`: the passage to note, as it reads in the article. */
  quote?: string;
  /** `note add`: the note's text. */
  text?: string;
  /** `note add`: the highlight colour. */
  color?: string;
  /** `import`: the publication date (YYYY-MM-DD) of files that state none. */
  date?: string;
  /** `import`: the source (agency, site) of files that state none. */
  source?: string;
  /** `export`: md or jsonld. */
  format?: string;
  /** `export`: the name of the collection to export. */
  collection?: string;
  /** `export`: every note of the library. */
  all?: boolean;
  /** `restore`: replace the library in the folder (it is kept beside it). */
  force?: boolean;
  /** `search`: how many hits to print. */
  limit?: string;
  /** `timeline --all`, `timeline export`: only the articles with this tag. */
  tag?: string;
  /** `timeline --all`: how many key dates to print. */
  'key-dates'?: string;
}
