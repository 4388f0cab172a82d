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
}
