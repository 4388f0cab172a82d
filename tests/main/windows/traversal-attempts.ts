/**
 * Twenty ways a page could try to read outside the renderer folder through app://: plain and
 * percent-encoded `..`, double encoding, backslashes, absolute, drive-letter and UNC paths, NUL
 * bytes, broken escapes, other hosts and schemes. Shared by the resolver's tests and the protocol
 * handler's, so both face the same list.
 */
export const TRAVERSAL_ATTEMPTS = [
  'app://dateline/../../../etc/passwd',
  'app://dateline/%2e%2e/%2e%2e/etc/passwd',
  'app://dateline/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  'app://dateline/assets/..%2f..%2f..%2fetc/passwd',
  'app://dateline/%252e%252e/%252e%252e/etc/passwd',
  'app://dateline/..%5c..%5cwindows%5cwin.ini',
  'app://dateline/assets\\..\\..\\secret',
  'app://dateline/%5c%5cserver%5cshare%5cfile',
  'app://dateline//etc/passwd',
  'app://dateline/C:/Windows/win.ini',
  'app://dateline/c%3a%5cWindows%5cwin.ini',
  'app://dateline/%00index.html',
  'app://dateline/index.html%00.png',
  'app://dateline/%E0%A4%A',
  'app://other/index.html',
  'app://dateline.evil/index.html',
  'file:///etc/passwd',
  'https://dateline/index.html',
  'app://dateline/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fhome',
  'app://dateline/....//....//etc/passwd',
] as const;

/** An article id and asset name the protocol tests store, so the attempts below aim beside a real asset. */
export const ASSET_ARTICLE = '0123456789abcdef';
/** See {@link ASSET_ARTICLE}. */
export const ASSET_FILE = 'fedcba9876543210.png';

/**
 * Ways a page could try to read outside the library's assets folders through the assets path:
 * `..` in every spelling, other files of the article (its content.json, its original), other
 * folders of the library, names Dateline never gives, deeper paths, NUL bytes, backslashes.
 */
export const ASSET_TRAVERSAL_ATTEMPTS = [
  `app://dateline/library-assets/${ASSET_ARTICLE}/../content.json`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/..%2fcontent.json`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/%2e%2e%2foriginal.html`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/%252e%252e%252fcontent.json`,
  `app://dateline/library-assets/../library.json`,
  `app://dateline/library-assets/..%2f..%2flibrary.json`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/..\\..\\library.json`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/content.json`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/original.html`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/assets/${ASSET_FILE}`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/${ASSET_FILE}/`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/${ASSET_FILE}%00.png`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/FEDCBA9876543210.PNG`,
  `app://dateline/library-assets/${ASSET_ARTICLE}/fedcba9876543210.svg`,
  `app://dateline/library-assets/${ASSET_ARTICLE}//etc/passwd`,
  `app://dateline/library-assets//${ASSET_ARTICLE}/${ASSET_FILE}`,
  `app://dateline/library-assets/notes/${ASSET_FILE}`,
  `app://dateline/library-assets/${ASSET_ARTICLE}%2f..%2f..%2flibrary.json/${ASSET_FILE}`,
  `app://dateline/library-assets/C:/Windows/win.ini`,
  `app://other/library-assets/${ASSET_ARTICLE}/${ASSET_FILE}`,
  `file:///library-assets/${ASSET_ARTICLE}/${ASSET_FILE}`,
] as const;
