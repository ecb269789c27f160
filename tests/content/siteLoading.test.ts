/**
 * Mistakes in the content stop the build while it loads the content, before
 * any page is made, with a message that names the file (and line and field,
 * where the content check has them). Tested as Docusaurus loads a site
 * (`loadContext`, then every plugin's `loadContent` and the steps after it,
 * up to `allContentLoaded`), in this process, on a copy of the site with the
 * mistakes added: no build. Mistakes in a doc page's Markdown are found when
 * the bundler compiles the page: tested by handing the page to the loader that
 * the docs plugin gives the bundler (@docusaurus/mdx-loader with the plugin's
 * own options), in this process too.
 * Mistakes found later: tests/build/strictBuild.test.ts.
 */
import {describe, expect, it} from 'vitest';
import {loadContext} from '@docusaurus/core/lib/server/site';
import {loadPlugins} from '@docusaurus/core/lib/server/plugins/plugins';
import {siteWith} from '../support/siteWith';
import {compileErrors, errorText} from '../support/compileDocPages';

// Loaded as under `npm start` (NODE_ENV is not 'production'): the content is read and checked the same way as for
// `docusaurus build`, but no catalogue is rendered in worker threads, which would outlive each case.

const post = (front: string): string =>
  `---\ntitle: Testmeldung\ndescription: Eine Meldung mit einem Fehler.\n${front}---\n\nText.\n\n<!-- truncate -->\n\nMehr Text.\n`;


/** Loads a copy of the site with `files` added as `docusaurus build` does first; the error with its causes, as text. */
async function loadingError(files: Record<string, string>): Promise<string | undefined> {
  try {
    await loadPlugins(await loadContext({siteDir: siteWith(files), locale: 'de'}));
    return undefined;
  } catch (error) {
    return errorText(error);
  }
}

// Each case loads the whole site: seconds on a busy machine.
describe('loading the site stops on', {timeout: 60_000}, () => {
  it.each([
    [
      'a practice with an unknown carrier, a congress material whose file is missing and a report of an unknown working group (all three named)',
      {
        'docs/gute-praxis/kaputt.md':
          '---\ntitle: Kaputt\ndescription: Test.\ncarrier: awo-bundesverbnd\ntopics: [bildung]\naudiences: [kinder]\nroles: [patenschaft]\nformats: [tandem]\nstates: [berlin]\n---\n\nText.\n',
        'docs/fachkongress/2019/programm.yml':
          '- day: 2019-11-13\n  start: "10:00"\n  end: "11:00"\n  title: Eröffnung\n  type: keynote\n  materials:\n    - file: /dateien/gibt-es-nicht.pdf\n      title: Folien\n',
        'docs/arbeitsgruppen/digitalisierung/2020-01-01-test.md':
          '---\ntitle: Test\ndescription: Test.\ngroup: digitalisirung\nmeetingDate: 2020-01-01\n---\n\nText.\n',
      },
      [
        /docs\/gute-praxis\/kaputt\.md:4:\d+ – carrier: »awo-bundesverbnd« ist keine bekannte Träger-ID/,
        /docs\/fachkongress\/2019\/programm\.yml:7:\d+ – \[0\]\.materials\.0\.file: Die Datei »\/dateien\/gibt-es-nicht\.pdf« fehlt/,
        /2020-01-01-test\.md:4:\d+ – group: »digitalisirung« ist keine bekannte Arbeitsgruppe\. Meinten Sie »digitalisierung«\?/,
      ],
    ],
    [
      'a group of one word in the editors’ search terms (read with the graph, as by the content check)',
      {'src/data/suchbegriffe.yml': 'gleichwertig:\n  - [Geflüchtete, Flüchtlinge]\n  - [Lotsen]\n'},
      [/src\/data\/suchbegriffe\.yml:3:\d+ – gleichwertig\[1\]: Die Gruppe hat nur ein Wort \(»Lotsen«\)/],
    ],
    [
      'a news tag that tags.yml does not declare',
      {'blog/2020-01-01-test.md': post('authors: [redaktion]\ntags: [erfunden]\n')},
      [/erfunden/, /2020-01-01-test\.md/],
    ],
    [
      'an author that authors.yml does not declare',
      {'blog/2020-01-01-test.md': post('authors: [niemand]\ntags: [arbeitsgruppen]\n')},
      [/niemand/],
    ],
    [
      'a news post with an unclosed block',
      {
        'blog/2020-01-01-test.md':
          '---\ntitle: Testmeldung\ndescription: Offen.\nauthors: [redaktion]\ntags: [arbeitsgruppen]\n---\n\nText.\n\n<!-- truncate -->\n\n:::warning[Achtung]\n\nMehr Text.\n',
      },
      [/blog\/2020-01-01-test\.md:12:1 – Hinweiskasten: Der Block »:::warning« wird nicht geschlossen/],
    ],
    [
      'a news post without a truncation marker',
      {
        'blog/2020-01-01-test.md':
          '---\ntitle: Testmeldung\ndescription: Ohne Marker.\nauthors: [redaktion]\ntags: [arbeitsgruppen]\n---\n\nText.\n',
      },
      [/truncat/i, /2020-01-01-test\.md/],
    ],
  ] as const)('%s', async (_name, files, messages) => {
    const error = await loadingError(files);
    expect(error, 'loading the site did not fail').toBeDefined();
    for (const message of messages) expect(error).toMatch(message);
  });

  it('nothing, when the copy has no mistake (so the failures above come from the mistakes)', async () => {
    expect(await loadingError({})).toBeUndefined();
  });
});

describe('compiling a doc page stops on', {timeout: 60_000}, () => {
  const files = {
    'docs/mitmachen/kaputt.md': '---\ntitle: Testseite\ndescription: Eine Seite mit einem Fehler.\n---\n\nSiehe [diese Datei](./fehlt.md).\n',
    'docs/mitmachen/titel.md': '---\ntitle: Testseite\ndescription: Eine Seite mit einem Fehler.\n---\n\n:::tip Gut zu wissen\n\nText.\n\n:::\n',
    'docs/mitmachen/in-ordnung.md': '---\ntitle: Testseite\ndescription: Eine Seite ohne Fehler.\n---\n\nSiehe [Betrieb](./betrieb.md) und [Kontakt](/kontakt).\n\n:::tip[Gut zu wissen]\n\nText.\n\n:::\n',
  };

  it('a Markdown link to a missing file, and the version-2 admonition title, which Docusaurus 3 would show as text (each named); not on the page without them', async () => {
    const errors = await compileErrors(files, Object.keys(files));
    expect(Object.keys(errors).sort()).toEqual(['docs/mitmachen/kaputt.md', 'docs/mitmachen/titel.md']);
    // The content check's message (src/markdown/links.ts), not Docusaurus' English one.
    expect(errors['docs/mitmachen/kaputt.md']).toMatch(/docs\/mitmachen\/kaputt\.md:6:7 – Link: Der Link »\.\/fehlt\.md« zeigt auf eine Datei, die es nicht gibt \(docs\/mitmachen\/fehlt\.md\)/);
    expect(errors['docs/mitmachen/titel.md']).toMatch(
      /docs\/mitmachen\/titel\.md:6:1 – Hinweiskasten: Der Titel eines Hinweiskastens steht in eckigen Klammern: »:::tip\[Gut zu wissen\]«/,
    );
  });
});
