import os from 'node:os';
import path from 'node:path';

/** The environment variable that points the app and the CLI at another library folder. */
export const LIBRARY_ENV = 'DATELINE_LIBRARY';

/**
 * The library folder the app and the CLI use unless told otherwise: `$DATELINE_LIBRARY`, else a
 * folder named "Dateline" in the user's home, beside their documents where they can see and back it up.
 */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[LIBRARY_ENV]?.trim();
  return configured ? path.resolve(configured) : path.join(os.homedir(), 'Dateline');
}
