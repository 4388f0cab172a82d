import { existsSync } from 'node:fs';

/** How to launch a Chromium: a path to its executable, or Playwright's installed-Chrome channel. */
export type BrowserChoice = { executablePath: string } | { channel: 'chrome' };

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Finds a browser the way a contributor's laptop has one: `$CHROME_PATH`, then Debian's
 * /usr/bin/chromium, then an installed Google Chrome (Playwright's `chrome` channel, which
 * Playwright itself locates). `hasChrome` says whether that last one exists.
 */
export function findBrowser(env: NodeJS.ProcessEnv, hasChrome: () => boolean): BrowserChoice {
  const configured = env.CHROME_PATH?.trim();
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROME_PATH is set to ${configured}, but there is no file there.`);
    return { executablePath: configured };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM };
  if (hasChrome()) return { channel: 'chrome' };
  throw new Error(
    'The end-to-end tests need Chromium or Google Chrome. Install one (Debian/Ubuntu: sudo apt-get install chromium; ' +
      'macOS/Windows: install Google Chrome), or set CHROME_PATH to a Chromium-based browser.',
  );
}

/** The places Google Chrome is installed by default on macOS, Windows and Linux. */
export function hasInstalledChrome(): boolean {
  const candidates = [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
    '/opt/google/chrome/chrome',
  ];
  return candidates.some((candidate) => existsSync(candidate));
}
