/**
 * The build is strict: a broken link or anchor, an unknown admonition in a
 * practice, a link to a page that does not exist behind a parameterised route
 * stops it with a message that names the file. Each case builds a copy of the
 * site with mistakes added; mistakes that the build finds at the same stage go
 * into one copy, and the build must name every one of them. The copy without
 * mistakes is the shared fixture site (tests/build/fixture/site.ts). Mistakes
 * that stop the build while it loads the content, and a doc page's Markdown
 * that does not compile (a link to a missing file, the version-2 admonition
 * title), are tested without a build: tests/content/siteLoading.test.ts.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildSite} from '../../scripts/lib/siteCopy';
import {siteWith} from '../support/siteWith';
import {FIXTURE_REPO_URL, testPage as page, WORKING_PAGE} from './fixture/site';
import {useFixtureBuild} from './servedCopy';

const build = buildSite;

const fixture = useFixtureBuild({browser: false});

describe('the build stops on', () => {
  it.each([
    [
      'a link to a page that does not exist',
      {'docs/mitmachen/kaputt.md': page('Siehe [diese Seite](/gibt-es-nicht).')},
      [/Broken link/i, /\/gibt-es-nicht/, /\/mitmachen\/kaputt/],
    ],
    [
      'a link to an anchor that does not exist',
      {'docs/mitmachen/kaputt.md': page('Siehe [Kontakt](/programm#gibt-es-nicht).')},
      [/Broken anchor/i, /#gibt-es-nicht/],
    ],
    [
      // Both found by the steps after the build (src/plugins/buildSteps.ts), which name every failed step. The same
      // check of a doc page's links into the catalogue: tests/unit/fragmentPages.test.ts, on an output in memory.
      'a practice with an unknown admonition type, and links to a practice and a post that do not exist (pages behind parameterised routes) from a news post (all named)',
      {
        'docs/gute-praxis/kaputt.md':
          '---\ntitle: Kaputt\ndescription: Test.\ncarrier: beispiel-netzwerk-bund\ntopics: [bildung]\naudiences: [kinder]\nroles: [patenschaft]\nformats: [tandem]\nstates: [berlin]\n---\n\n:::hinweis\n\nText.\n\n:::\n',
        'blog/2020-01-01-test.md':
          '---\ntitle: Testmeldung\ndescription: Links.\nauthors: [redaktion]\ntags: [arbeitsgruppen]\n---\n\nText.\n\n<!-- truncate -->\n\nSiehe [dieses Beispiel](/gute-praxis/gibt-es-nicht) und [jene Meldung](/meldungen/gibt-es-nicht).\n',
      },
      [
        /docs\/gute-praxis\/kaputt\.md:12:1 – Hinweiskasten: Den Hinweiskasten »:::hinweis« gibt es nicht/,
        /blog\/2020-01-01-test\.md – Link: Defekter Link auf \/gute-praxis\/gibt-es-nicht: diese Seite gibt es nicht\. Praxisbeispiele heißen/,
        /blog\/2020-01-01-test\.md – Link: Defekter Link auf \/meldungen\/gibt-es-nicht: diese Seite gibt es nicht\. Meldungen haben die Adresse/,
      ],
    ],
  ] as const)('%s', async (_name, files, messages) => {
    const {status, output} = await build(siteWith(files));
    expect(status, output.slice(-2000)).not.toBe(0);
    for (const message of messages) expect(output).toMatch(message);
  });
});

describe('the same site without the mistakes', () => {
  it('builds (so the failures above come from the mistakes), with edit and form links when REPO_URL is set', () => {
    expect(fixture.build.status, fixture.build.output.slice(-2000)).toBe(0);
    const repoUrl = FIXTURE_REPO_URL;
    const editUrl = `${repoUrl}/edit/main/`;
    const html = (path: string): string => readFileSync(join(fixture.dir, 'build', path), 'utf8');
    // The HTML is minified: attribute values may stand without quotes.
    expect(html(WORKING_PAGE.built)).toMatch(new RegExp(`href="?${editUrl}docs/mitmachen/in-ordnung\\.md`));
    expect(html(WORKING_PAGE.built)).toContain('Diese Seite bearbeiten');
    expect(html('meldungen/mitglied-des-monats-dwbo.html')).toMatch(new RegExp(`href="?${editUrl}blog/2019-11-13-mitglied-des-monats-dwbo\\.md`));
    // The contributor pages link straight to the issue forms that exist in the repository.
    for (const template of ['praxisbeispiel.yml', 'fehler.yml']) {
      expect(existsSync(join(__dirname, '../../.github/ISSUE_TEMPLATE', template))).toBe(true);
      for (const path of ['mitmachen.html', 'mitmachen/ohne-git.html']) expect(html(path)).toContain(`${repoUrl}/issues/new?template=${template}`);
    }
    expect(html('mitmachen.html')).toMatch(/data-wp-repository="?linked/);
  });
});
