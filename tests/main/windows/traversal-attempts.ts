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
