import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { isCjkTerm, terms } from '../../../src-main/core/search-terms';
import { ARTICLE_FIELDS, ARTICLE_QUERY } from '../../../src-main/services/search-index';
import { miniSearchIndex, RankedQuery, type SearchableIndex } from '../../../src-main/services/search-query';
import { TextIndex } from '../../../src-main/services/search-text-index';

/** The article fields in a MiniSearch, tokenised as the app tokenises: the reference both indexes are held to. */
const REFERENCE_OPTIONS: Options = { fields: [...ARTICLE_FIELDS], storeFields: [], tokenize: (text) => terms(text, 'index'), processTerm: (term) => term };
const immediately = () => Promise.resolve();

const documents = [
  { id: 'a', title: 'Trade talks', meta: 'Reuters', text: 'Negotiators met again and officials said progress on trade was slow.' },
  { id: 'b', title: 'Envoys meet', meta: 'AP', text: 'Trade talks resumed. Trade talks stalled over tariffs and talks on trade, negotiations went on.' },
  { id: 'c', title: 'Markets fall', meta: 'AFP', text: 'Investors worried the trade talks would fail; tariffs and tariff threats spread.' },
  { id: 'd', title: 'Harvest', meta: 'BBC', text: 'Farmers said the harvest was late, and traders waited.' },
  { id: 'e', title: '外交部記者會', meta: 'AFP', text: '外交部發言人張漢暉說，中國將於周五與各國大使會面。' },
];

function referenceOf(docs = documents): MiniSearch {
  const index = new MiniSearch(REFERENCE_OPTIONS);
  index.addAll(docs);
  return index;
}

/** An index the ranked query reads, and how to discard one of its documents. */
interface Backend {
  index: SearchableIndex;
  discard(id: string): void;
}

/** The same documents in each kind of index a ranked query runs over. */
const BACKENDS: [string, (docs: typeof documents) => Promise<Backend>][] = [
  ['MiniSearch (the note index)', async (docs) => {
    const index = referenceOf(docs);
    return { index: miniSearchIndex(index), discard: (id) => index.discard(id) };
  }],
  ...([['all packed', 1], ['packed in two parts', 0.5], ['nothing packed yet', 0]] as const).map(([name, packedShare]): [string, (docs: typeof documents) => Promise<Backend>] => [
    `the full-text index, ${name}`,
    async (docs) => {
      const index = new TextIndex(ARTICLE_FIELDS);
      const packedUntil = Math.round(docs.length * packedShare);
      for (const [at, { id, ...fields }] of docs.entries()) {
        index.add(id, fields);
        if (at === packedUntil - 1) await index.pack(immediately);
      }
      return { index, discard: (id) => index.discard(id) };
    },
  ]),
];

/** MiniSearch's own search with the same rules: the reference the ranked query must agree with. */
function reference(index: MiniSearch, query: string): Map<string, number> {
  const results = index.search(query, {
    tokenize: (text) => terms(text, 'query'),
    combineWith: 'AND',
    prefix: (term) => term.length >= 4 || isCjkTerm(term),
    fuzzy: (term) => (term.length >= 5 && !isCjkTerm(term) ? 1 : false),
    weights: ARTICLE_QUERY.weights,
    boost: ARTICLE_QUERY.boost,
  });
  return new Map(results.map((result) => [String(result.id), result.score]));
}

function ranked(index: SearchableIndex, query: string): Map<string, number> {
  const search = new RankedQuery(index, query, ARTICLE_QUERY);
  const found = new Map<string, number>();
  search.forEachMatch((shortId, score) => found.set(search.idOf(shortId), score));
  return found;
}

describe.each(BACKENDS)('a ranked query over %s', (_name, build) => {
  it.each(['trade talks', 'talks trade talks', 'tariff', 'negotiat', 'tarifs', 'said', 'trade harvest', '張漢暉', '外', 'the', 'zeppelin', 'envoy', 'tradr'])(
    'matches the same documents with the same scores as MiniSearch itself: %s',
    async (query) => {
      const { index } = await build(documents);
      const expected = reference(referenceOf(), query);
      const actual = ranked(index, query);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [id, score] of expected) expect(actual.get(id)).toBeCloseTo(score, 9);
    },
  );

  it('agrees with MiniSearch when a rare word narrows a common one, by looking the common one up', async () => {
    const many = Array.from({ length: 12 }, (_, at) => ({ id: `m${at}`, title: `Common report ${at}`, meta: 'AP', text: at % 5 === 0 ? 'A rare common sighting.' : 'Common weather, common news.' }));
    const { index } = await build([...documents, ...many]);
    for (const query of ['rare common', 'common rare', 'sighting commons', 'common']) {
      const expected = reference(referenceOf([...documents, ...many]), query);
      const actual = ranked(index, query);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [id, score] of expected) expect(actual.get(id)).toBeCloseTo(score, 9);
    }
    expect(ranked(index, 'rare common').size).toBe(3);
  });

  it('requires every word, whichever word it starts from', async () => {
    const { index } = await build(documents);
    expect([...ranked(index, 'tariffs talks').keys()].sort()).toEqual(['b', 'c']);
    expect([...ranked(index, 'talks tariffs').keys()].sort()).toEqual(['b', 'c']);
    expect(ranked(index, 'harvest tariffs').size).toBe(0);
  });

  it('leaves out a discarded document although its postings remain until a vacuum', async () => {
    const { index, discard } = await build(documents);
    discard('b');
    expect([...ranked(index, 'talks').keys()].sort()).toEqual(['a', 'c']);
    expect([...ranked(index, 'tariffs talks').keys()]).toEqual(['c']);
  });

  it('tells which indexed words a document matched, and whether a field may be the query itself', async () => {
    const { index } = await build(documents);
    const search = new RankedQuery(index, 'trade talks', ARTICLE_QUERY);
    const shortIds: number[] = [];
    search.forEachMatch((shortId) => shortIds.push(shortId));
    const [a, b] = ['a', 'b'].map((id) => shortIds.find((shortId) => search.idOf(shortId) === id) as number);
    expect(search.matchedTerms(a as number).sort()).toEqual(['talks', 'trade']);
    expect(search.mayEqualField(a as number, 'title')).toBe(true);
    expect(search.mayEqualField(b as number, 'title')).toBe(false);
    expect(new RankedQuery(index, 'trade', ARTICLE_QUERY).mayEqualField(a as number, 'title')).toBe(false);
  });
});
