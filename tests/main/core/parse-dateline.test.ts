import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../src-main/core/parse-dateline';

const SEED = path.resolve(import.meta.dirname, '../../../seeds/000_63e29c006cf6ab1d.txt');

describe('parseDateline', () => {
  it('reads the seed: date 2019-02-25, source Reuters, place Beijing, and the whole first line', () => {
    const text = fs.readFileSync(SEED, 'utf8');
    const dateline = parseDateline(text);
    expect(dateline).toMatchObject({ date: { year: 2019, month: 2, day: 25 }, source: 'Reuters', place: 'Beijing' });
    expect(text.slice(dateline?.length).startsWith('China’s counterterror')).toBe(true);
  });

  it.each([
    ['BEIJING (Reuters) - China said', { date: null, source: 'Reuters', place: 'Beijing' }, 'China said'],
    ['WASHINGTON, Feb. 25 (AP) — The Senate', { date: { year: null, month: 2, day: 25 }, source: 'AP', place: 'Washington' }, 'The Senate'],
    ['Feb 25 (Reuters) - Oil prices rose', { date: { year: null, month: 2, day: 25 }, source: 'Reuters', place: null }, 'Oil prices rose'],
    [
      'LONDON, February 25, 2019 /PRNewswire/ -- Acme announced',
      { date: { year: 2019, month: 2, day: 25 }, source: 'PRNewswire', place: 'London' },
      'Acme announced',
    ],
    ['NEW YORK (AP) – Stocks fell', { date: null, source: 'AP', place: 'New York' }, 'Stocks fell'],
    ['SAN FRANCISCO, Calif., Sept. 3 (AP) — A quake', { date: { year: null, month: 9, day: 3 }, source: 'AP', place: 'San Francisco, Calif.' }, 'A quake'],
    ['RIO DE JANEIRO (Reuters) - Brazil', { date: null, source: 'Reuters', place: 'Rio de Janeiro' }, 'Brazil'],
    ['WINSTON-SALEM, N.C. (AP) — A plant', { date: null, source: 'AP', place: 'Winston-Salem, N.C.' }, 'A plant'],
    ['PARIS — The minister', { date: null, source: null, place: 'Paris' }, 'The minister'],
    ['date 2020-12-01 AFP, HONG KONG\n\nProtesters', { date: { year: 2020, month: 12, day: 1 }, source: 'AFP', place: 'Hong Kong' }, 'Protesters'],
  ])('reads %j', (text, expected, rest) => {
    const dateline = parseDateline(text);
    expect(dateline).toMatchObject(expected);
    expect(text.slice(dateline?.length)).toBe(rest);
  });

  it.each([
    ['The minister said on Friday (local time) - nothing more.'],
    ['China’s counterterror efforts should be applauded.'],
    ['I - the undersigned'],
    ['date 2019-02-30 Reuters, BEIJING'],
    ['WASHINGTON, Feb. 30 (AP) — impossible day'],
    [''],
  ])('finds no dateline in %j', (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it('accepts 29 February only when the year allows it', () => {
    expect(parseDateline('date 2020-02-29 Reuters, BERLIN')?.date).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseDateline('date 2019-02-29 Reuters, BERLIN')).toBeNull();
    expect(parseDateline('BERLIN, Feb. 29 (dpa) - Leap day')?.date).toEqual({ year: null, month: 2, day: 29 });
  });
});
