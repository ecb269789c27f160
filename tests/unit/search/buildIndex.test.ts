import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../../src/search/server/buildIndex';
import {extractPage} from '../../../src/search/server/extract';
import {cut, highlight, snippetOf} from '../../../src/search/client/snippet';
import type {PageRecord} from '../../../src/search/shared/types';
import {engineFor, find} from './corpus';

const WORDS = ['Patenschaft', 'Mentoring', 'Lotsendienst', 'Bildung', 'Nachbarschaft', 'Ehrenamt', 'Sprachcafé', 'Integration', 'Ausbildung', 'Begleitung'];

/** A generated corpus: practices with one word each in the title and all words in the text. */
function generated(count: number): PageRecord[] {
  return Array.from({length: count}, (_, index) => ({
    path: `/gute-praxis/beispiel-${index}`,
    type: 'praxis' as const,
    title: `${WORDS[index % WORDS.length]} Nummer${index}`,
    description: '',
    practiceIndex: index,
    sections: [{anchor: '', heading: '', level: 1, text: `${WORDS.join(' ')} wort${index} eintrag${index % 97}`}],
  }));
}

describe('buildIndex', () => {
  it('numbers pages by type, practices first in catalogue order', () => {
    const records: PageRecord[] = [
      {path: '/meldungen/a', type: 'meldung', title: 'Meldung', description: '', sections: []},
      {path: '/gute-praxis/b', type: 'praxis', title: 'Zweite', description: '', sections: [], practiceIndex: 1},
      {path: '/programm', type: 'seite', title: 'Programm', description: '', sections: []},
      {path: '/gute-praxis/a', type: 'praxis', title: 'Erste', description: '', sections: [], practiceIndex: 0},
    ];
    const {manifest, files} = buildIndex(records);
    expect(manifest.types).toEqual([
      ['praxis', 0, 2],
      ['meldung', 2, 3],
      ['seite', 3, 4],
    ]);
    expect(manifest.practices).toBe(2);
    const fragment = files.find((file) => file.path === `${manifest.base}s/0.json`)!;
    expect(JSON.parse(fragment.content)).toMatchObject({path: '/gute-praxis/a', title: 'Erste'});
  });

  it('splits postings into shards of bounded size, so one query loads few of them', async () => {
    const {manifest, files} = buildIndex(generated(3000));
    expect(manifest.forward.length).toBeGreaterThan(3);
    const shardSizes = files.filter((file) => /\/f\.[0-9a-f]+\.json$/.test(file.path)).map((file) => file.content.length);
    // A shard closes once it passes the target; one key's postings can make it larger, never a dozen keys.
    expect(Math.max(...shardSizes)).toBeLessThan(120_000);

    const {engine} = engineFor(generated(3000));
    const loaded: string[] = [];
    const original = (engine as unknown as {load: (path: string) => Promise<unknown>}).load;
    (engine as unknown as {load: (path: string) => Promise<unknown>}).load = (path) => {
      loaded.push(path);
      return original(path);
    };
    const found = await find(engine, 'Nummer1234');
    expect(found).toEqual(['/gute-praxis/beispiel-1234']);
    expect(loaded.filter((path) => /\/[fr]\.[0-9a-f]+\.json$/.test(path)).length).toBeLessThanOrEqual(3);
  });

  it('is deterministic: the same records give the same files', () => {
    const a = buildIndex(generated(50));
    const b = buildIndex(generated(50));
    expect(a.files.map((file) => file.path)).toEqual(b.files.map((file) => file.path));
    expect((a.manifest).base).toMatch(/^\/daten\/suche\/[0-9a-f]{10}\/$/);
  });
});

describe('extractPage', () => {
  const html = `<html><body><nav>Navigation Menü</nav><main><article>
    <nav aria-label="Brotkrümel">Start › Seite</nav>
    <div class="markdown"><header><h1>Pat*innen im Quartier</h1><time>13. November 2019</time></header>
    <p>Ein <em>Pat</em>enprojekt für alle.</p>
    <aside data-search-facts><h2>Steckbrief</h2><dl><dt>Format</dt><dd>Tandem</dd></dl></aside>
    <h2 id="umsetzung">Umsetzung<a class="hash-link" href="#umsetzung">\u200b</a></h2><p>Treffen jede Woche.</p>
    <ul data-search-ignore><li>Ähnliches Projekt</li></ul>
    <img src="a.png" alt="Zwei Menschen am Tisch"><button>Kopieren</button></div>
    <footer>Diese Seite bearbeiten</footer></article></main><footer>Impressum</footer></body></html>`;

  it('reads title and sections of the article only', () => {
    const page = extractPage(html, {path: '/a', type: 'seite'})!;
    expect(page.title).toBe('Pat*innen im Quartier');
    expect(page.sections.map((section) => [section.anchor, section.heading, section.text, section.facts ?? false])).toEqual([
      ['', '', 'Ein Patenprojekt für alle.', false],
      ['', '', 'Steckbrief Format Tandem', true],
      ['umsetzung', 'Umsetzung', 'Treffen jede Woche. Zwei Menschen am Tisch', false],
    ]);
    const all = JSON.stringify(page);
    for (const outside of ['Navigation', 'Brotkrümel', 'Start ›', 'bearbeiten', 'Impressum', 'Kopieren', 'Ähnliches', '13. November']) {
      expect(all).not.toContain(outside);
    }
  });

  it('returns undefined for a page without a title', () => {
    expect(extractPage('<main><article><p>Text</p></article></main>', {path: '/x', type: 'seite'})).toBeUndefined();
  });
});

describe('snippets', () => {
  it('cuts around the first match at word boundaries and marks the matches', () => {
    const text = `${'Vorspann '.repeat(20)}Hier geht es um Mentoring für alle und noch mehr Text danach.`;
    const start = text.indexOf('Mentoring');
    const parts = cut(text, [[start, start + 'Mentoring'.length]]);
    expect(parts[0]!.text).toBe('… ');
    expect(parts.find((part) => part.mark)?.text).toBe('Mentoring');
    expect(parts.map((part) => part.text).join('')).not.toMatch(/\bVorspa$/);
  });

  it('picks the section with the most matches, never the fact box', async () => {
    const {engine} = engineFor([
      {
        path: '/p',
        type: 'praxis',
        title: 'Titel',
        description: 'Kurzbeschreibung',
        sections: [
          {anchor: '', heading: '', level: 1, text: 'Einleitung ohne das Wort.'},
          {anchor: '', heading: '', level: 1, text: 'Rolle Mentoring', facts: true},
          {anchor: 'umsetzung', heading: 'Umsetzung', level: 2, text: 'So wirkt Mentoring im Alltag.'},
        ],
      },
    ]);
    const outcome = await engine.search('Mentoring');
    const snippet = snippetOf(await engine.page(outcome.hits[0]!.id), outcome.matches);
    expect(snippet.anchor).toBe('umsetzung');
    expect(snippet.parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['Mentoring']);
    expect(highlight('Mentoring für alle', outcome.matches)[0]).toEqual({text: 'Mentoring', mark: true});
  });
});
