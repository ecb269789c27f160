/**
 * The rules every Markdown page is checked against (images, links,
 * headings), one bad-input case per rule, each asserting message and place.
 */
import {FRAGMENT_HTML} from '../../src/markdown/preset';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkMarkdownFile, routeOf, MAX_IMAGE_BYTES, MAX_ORIGINAL_BYTES, type MarkdownFile} from '../../src/content/markdownRules';
import {formatProblem} from '../../src/content/problems';
import {PROCESS_TIMEOUT} from '../support/timeouts';
import {tempDir} from '../support/tempDir';

const siteDir = tempDir('wp-rules-');
mkdirSync(join(siteDir, 'static/img'), {recursive: true});
writeFileSync(join(siteDir, 'static/img/klein.png'), Buffer.alloc(1000));
writeFileSync(join(siteDir, 'static/img/gross.gif'), Buffer.alloc(MAX_IMAGE_BYTES + 1));
writeFileSync(join(siteDir, 'static/img/erlaubt.gif'), Buffer.alloc(MAX_IMAGE_BYTES + 1));
// Photos are reduced for visitors: a phone photo of several MB is fine, one over the originals' limit is not.
writeFileSync(join(siteDir, 'static/img/handyfoto.jpg'), Buffer.alloc(MAX_IMAGE_BYTES * 5));
writeFileSync(join(siteDir, 'static/img/riesig.jpg'), Buffer.alloc(MAX_ORIGINAL_BYTES + 1));
writeFileSync(join(siteDir, 'static/img/iphone.heic'), Buffer.alloc(1000));
mkdirSync(join(siteDir, 'static/video/dgs'), {recursive: true});
writeFileSync(join(siteDir, 'static/video/dgs/ueberblick.mp4'), Buffer.alloc(2_400_000));

const context = {
  siteDir,
  routes: new Set(['/', '/programm', '/programm/projekt', '/gute-praxis/lesetandems']),
  largeFiles: new Set(['img/erlaubt.gif']),
  links: new Map([['docs/programm/projekt.md', '/programm/projekt'], ['docs/gute-praxis/lesetandems.md', '/gute-praxis/lesetandems']]),
};

function check(body: string, file = 'docs/programm/test.md'): string[] {
  const page: MarkdownFile = {file, route: routeOf(file, {}), frontMatter: {title: 'Test'}, body, bodyLine: 5};
  return checkMarkdownFile(page, context).map(formatProblem);
}

describe('Markdown rules', () => {
  it('accepts a good page', () => {
    expect(check('Text mit [Link](/programm/projekt) und [relativ](./projekt).\n\n![Zwei Menschen](/img/klein.png)\n\n## Teil\n\n### Unterteil\n\n![Groß, aber erlaubt](/img/erlaubt.gif)\n\n![Handyfoto](/img/handyfoto.jpg)\n')).toEqual([]);
  });

  it('wants alt text for every image', () => {
    expect(check('Absatz.\n\n![](/img/klein.png)\n')).toEqual([
      'docs/programm/test.md:7:1 – Bild: Dem Bild »/img/klein.png« fehlt der Alternativtext. Beschreiben Sie, was zu sehen ist: ![Zwei Frauen am Lesetisch](/img/klein.png)',
    ]);
  });

  it('wants images to exist', () => {
    expect(check('![Foto](/img/fehlt.png)')[0]).toMatch(/^docs\/programm\/test\.md:5:1 – Bild: Das Bild »\/img\/fehlt\.png« gibt es nicht\./);
  });

  it('refuses images over 1 MB and photos over 8 MB unless allowed', () => {
    expect(check('![Grafik](/img/gross.gif)')[0]).toMatch(/Bild: Das Bild »\/img\/gross\.gif« ist 1 MB groß; erlaubt ist höchstens 1 MB\. .*src\/data\/large-files\.yml/);
    expect(check('![Foto](/img/riesig.jpg)')[0]).toMatch(/Bild: Das Bild »\/img\/riesig\.jpg« ist 8 MB groß; erlaubt sind für Fotos höchstens 8 MB\. Verkleinern Sie das Foto/);
  });

  it('refuses image formats that browsers do not show (HEIC from an iPhone)', () => {
    expect(check('![Foto](/img/iphone.heic)')).toEqual([expect.stringMatching(/Bild: Das Bild »\/img\/iphone\.heic« hat ein Format, das Browser nicht anzeigen\. Speichern Sie es als JPEG/)]);
  });

  it('refuses images from other servers (privacy)', () => {
    expect(check('![Foto](https://example.org/a.png)')[0]).toMatch(/fremden Server/);
  });

  it('wants links to other pages to resolve, with a did-you-mean', () => {
    expect(check('Siehe [Programm](/programme).')).toEqual([
      'docs/programm/test.md:5:7 – Link: Der Link »/programme« führt ins Leere: Die Seite /programme gibt es nicht. Meinten Sie »/programm«?',
    ]);
    expect(check('[Datei](./gibt-es-nicht.md)')[0]).toMatch(/Link: Der Link »\.\/gibt-es-nicht\.md« zeigt auf eine Datei, die es nicht gibt/);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:msgbox'])(
    'refuses links that could run code: %s',
    (url) => {
      for (const problems of [check(`[Klick](<${url}>)`), check(`<a href="${url}">x</a>\n`, 'docs/programm/test.mdx')]) {
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(/Link: Der Link ».*« ist nicht erlaubt: Links führen mit https:\/\//);
      }
    },
  );

  it('does not let headings skip a level', () => {
    expect(check('## Teil\n\n#### Zu tief\n')).toEqual([
      'docs/programm/test.md:7:1 – Überschrift: Die Überschrift springt von Ebene 2 auf Ebene 4 (####). Verwenden Sie ###, damit die Gliederung für Screenreader stimmt.',
    ]);
    expect(check('### Gleich zu tief\n')[0]).toMatch(/von Ebene 1 auf Ebene 3/);
  });

  describe('what a page would show as raw text', () => {
    it.each(['docs/programm/test.md', 'docs/programm/test.mdx', 'docs/gute-praxis/test.md', 'blog/2019-11-13-test.md'])('accepts admonitions, site blocks and heading ids in %s', (file) => {
      const body =
        ':::tip[Gut zu wissen]\n\nText.\n\n:::\n\n:::note\n\nOhne Titel.\n\n:::\n\n:::nur-mit-algolia\n\nText.\n\n:::\n\n## Zweiter Abschnitt {#zweiter}\n\n## Zweiter Abschnitt\n\nUhrzeit 10:30, Pat:innen und Lots:innen.\n';
      expect(check(body, file)).toEqual([]);
    });

    it.each([
      [
        'an unknown admonition type, with a did-you-mean',
        ':::tipp\n\nText.\n\n:::\n',
        ['docs/programm/test.md:5:1 – Hinweiskasten: Den Hinweiskasten »:::tipp« gibt es nicht; die Seite zeigte ihn nicht an. Meinten Sie »:::tip«? Möglich sind :::note, :::tip, :::info, :::warning, :::danger, :::caution.'],
      ],
      [
        'the version-2 title syntax (its closing line is part of the same mistake)',
        'Absatz.\n\n:::tip Gut zu wissen\n\nText.\n\n:::\n',
        ['docs/programm/test.md:7:1 – Hinweiskasten: Der Titel eines Hinweiskastens steht in eckigen Klammern: »:::tip[Gut zu wissen]« statt »:::tip Gut zu wissen«. So wie geschrieben zeigte die Seite »:::tip Gut zu wissen« als Text.'],
      ],
      [
        'an unclosed block',
        ':::warning[Achtung]\n\nText.\n\n## Weiter\n',
        ['docs/programm/test.md:5:1 – Hinweiskasten: Der Block »:::warning« wird nicht geschlossen. Schließen Sie ihn mit einer eigenen Zeile »:::« ab; sonst gehört der ganze Rest der Datei dazu.'],
      ],
      [
        'a closing line without an opening one',
        'Text.\n\n:::\n',
        ['docs/programm/test.md:7:1 – Hinweiskasten: Diese Zeile »:::« schließt keinen Block: Es fehlt die öffnende Zeile, z. B. »:::tip[Titel]«. So erschiene »:::« als Text.'],
      ],
      [
        'nested blocks with version-2 titles, at each level, and a closing line as written',
        ':::::info Außen\nText.\n::::tip Innen\nMehr.\n::::\n:::::\n\n::::\n',
        [
          'docs/programm/test.md:5:1 – Hinweiskasten: Der Titel eines Hinweiskastens steht in eckigen Klammern: »:::::info[Außen]« statt »:::::info Außen«. So wie geschrieben zeigte die Seite »:::::info Außen« als Text.',
          'docs/programm/test.md:7:1 – Hinweiskasten: Der Titel eines Hinweiskastens steht in eckigen Klammern: »::::tip[Innen]« statt »::::tip Innen«. So wie geschrieben zeigte die Seite »::::tip Innen« als Text.',
          'docs/programm/test.md:12:1 – Hinweiskasten: Diese Zeile »::::« schließt keinen Block: Es fehlt die öffnende Zeile, z. B. »:::tip[Titel]«. So erschiene »::::« als Text.',
        ],
      ],
      [
        'a heading id used twice',
        '## Erster {#teil}\n\n## Zweiter {#teil}\n',
        ['docs/programm/test.md:7:1 – Überschrift: Die Überschriften-ID »teil« gibt es auf dieser Seite schon (Zeile 5). Jede ID darf nur einmal vorkommen; sonst führt ein Link auf #teil immer zur ersten Überschrift.'],
      ],
      [
        'a heading id that another heading has already',
        '## Teil\n\n## Anderes {#teil}\n',
        ['docs/programm/test.md:7:1 – Überschrift: Die Überschriften-ID »teil« gibt es auf dieser Seite schon (Zeile 5). Jede ID darf nur einmal vorkommen; sonst führt ein Link auf #teil immer zur ersten Überschrift.'],
      ],
    ])('names %s with file, line and the fix', (_, body, messages) => {
      expect(check(body)).toEqual(messages);
    });
  });

  it('checks <img> in MDX too', () => {
    expect(check('<img src="/img/klein.png" />\n', 'docs/programm/test.mdx')[0]).toMatch(/fehlt der Alternativtext/);
  });
});

describe('routeOf', () => {
  it.each([
    ['docs/programm/index.md', {}, '/programm'],
    ['docs/fachkongress/2019/index.mdx', {}, '/fachkongress/2019'],
    ['docs/mitmachen/gute-praxis.md', {}, '/mitmachen/gute-praxis'],
    ['blog/2019-11-13-mitglied-des-monats-dwbo.md', {slug: 'mitglied-des-monats-dwbo'}, '/meldungen/mitglied-des-monats-dwbo'],
    ['blog/2020-01-02-neues-jahr.md', {}, '/meldungen/2020/01/02/neues-jahr'],
    ['src/pages/impressum.md', {}, '/impressum'],
  ])('%s → %s', (file, frontMatter, route) => expect(routeOf(file, frontMatter)).toBe(route));
});

describe('news posts', async () => {
  const {checkPosts} = await import('../../src/content/checkAll');
  const blogSite = tempDir('wp-blog-');
  mkdirSync(join(blogSite, 'blog'));
  writeFileSync(join(blogSite, 'blog/tags.yml'), 'mitglied-des-monats:\n  label: BBE-Mitglied des Monats\n');
  writeFileSync(join(blogSite, 'blog/authors.yml'), 'redaktion:\n  name: Redaktion\n');
  const post = (frontMatter: Record<string, unknown>, body = 'Anriss.\n\n<!-- truncate -->\n\nText.'): MarkdownFile => ({
    file: 'blog/2020-01-02-test.md',
    route: '/meldungen/test',
    frontMatter: {title: 'Titel', description: 'Beschreibung', authors: ['redaktion'], ...frontMatter},
    body,
    bodyLine: 7,
  });

  it('accepts declared tags and authors', () => {
    expect(checkPosts(blogSite, [post({tags: ['mitglied-des-monats']})])).toEqual([]);
  });

  it('names an undeclared tag with a did-you-mean, an unknown author, a missing description and truncate marker', () => {
    expect(checkPosts(blogSite, [post({tags: ['mitglied-des-monat'], authors: ['redaktoin'], description: ''}, 'Nur Text.')]).map(formatProblem)).toEqual([
      'blog/2020-01-02-test.md:2 – description: Das Feld »description« fehlt oder ist leer.',
      'blog/2020-01-02-test.md – tags: »mitglied-des-monat« steht nicht in blog/tags.yml. Meinten Sie »mitglied-des-monats«? Bekannt sind: mitglied-des-monats.',
      'blog/2020-01-02-test.md – authors: »redaktoin« steht nicht in blog/authors.yml. Meinten Sie »redaktion«? Bekannt sind: redaktion.',
      'blog/2020-01-02-test.md – Die Markierung <!-- truncate --> fehlt: Sie trennt den Anrisstext für die Übersicht vom Rest der Meldung.',
    ]);
  });

  it('names raw HTML in a post body that the news pages cannot show, once, with its line', async () => {
    const {fragmentBodyProblems} = await import('../../src/content/checkAll');
    const body = 'Anriss.\n\n<!-- truncate -->\n\n<iframe src="https://example.org"></iframe>\n\nZitat: <span lang="en">Hello</span>.\n\n:::tipp\n\nText.\n\n:::';
    expect(fragmentBodyProblems([post({}, body)], new Map()).map(formatProblem)).toEqual([
      'blog/2020-01-02-test.md:15:1 – Hinweiskasten: Den Hinweiskasten »:::tipp« gibt es nicht; die Seite zeigte ihn nicht an. Meinten Sie »:::tip«? Möglich sind :::note, :::tip, :::info, :::warning, :::danger, :::caution.',
      `blog/2020-01-02-test.md:11:1 – HTML: Das HTML-Element <iframe> ist in Meldungen nicht erlaubt. Erlaubt sind ${FRAGMENT_HTML.elements.map((name) => `<${name}>`).join(', ')}; sonst bitte Markdown: **fett**, [Linktext](/pfad), ![Alternativtext](./bild.jpg).`,
    ]);
    // The content check reads the rules that belong to the renderer from there only: no message twice.
    expect(checkMarkdownFile(post({}, body), context).filter((problem) => problem.severity !== 'warning')).toEqual([]);
  });
});

describe('language of parts', () => {
  it('accepts passages marked with a language code', () => {
    expect(check('Zitat: <span lang="en">Mentoring is a two-way street.</span> und <q lang="fr-CA">Bonjour</q>.\n')).toEqual([]);
  });

  it.each([
    ['docs/programm/test.md', 'Zitat: <span lang="englisch">Mentoring is a two-way street.</span>\n'],
    ['src/pages/test.mdx', 'Zitat: <span lang="englisch">Mentoring is a two-way street.</span>\n'],
  ])('rejects a code that does not exist (%s)', (file, body) => {
    expect(check(body, file)).toEqual([
      `${file}:5:8 – lang: Die Sprachangabe lang="englisch" gibt es nicht. Gültig sind Sprachcodes wie lang="en" (Englisch), lang="fr" (Französisch), lang="tr" (Türkisch).`,
    ]);
  });
});

describe('embeds behind consent', () => {
  const embed = (attributes: string): string[] => check(`Text.\n\n<ExternalEmbed ${attributes} />\n`, 'src/pages/karte.mdx');

  it('accept provider, title and an https address', () => {
    expect(embed('provider="OpenStreetMap" title="Lageplan" src="https://www.openstreetmap.org/export/embed.html"')).toEqual([]);
  });

  it('want all three, and https', () => {
    expect(embed('provider="Video" src="http://video.example.org/x"')).toEqual([
      'src/pages/karte.mdx:7:1 – title: Ein eingebetteter Inhalt braucht title="…" (Anbieter, Titel und Adresse), z. B. <ExternalEmbed provider="OpenStreetMap" title="Lageplan" src="https://www.openstreetmap.org/export/embed.html?…" />.',
      'src/pages/karte.mdx:7:1 – src: Die Adresse »http://video.example.org/x« eines eingebetteten Inhalts muss mit https:// beginnen.',
    ]);
  });
});

describe('videos in German Sign Language', () => {
  const video = (attributes: string): string[] => check(`Text.\n\n<SignLanguageVideo ${attributes} />\n`, 'src/pages/gebaerdensprache.mdx');

  it('accept a video that exists, with its true size and duration', () => {
    expect(video('title="Überblick" src="/video/dgs/ueberblick.mp4" size="2,4 MB" duration="3:20"')).toEqual([]);
  });

  it('warn about an empty slot (an error with --strict, like every placeholder)', () => {
    expect(video('title="Überblick"')).toEqual([
      'src/pages/gebaerdensprache.mdx:7:1 – Warnung – src: Platzhalter: Das Video »Überblick« in Deutscher Gebärdensprache fehlt noch. Die Datei unter static/video/dgs/ ablegen und src, size und duration angeben, z. B. src="/video/dgs/ueberblick.mp4" size="24 MB" duration="3:20".',
    ]);
  });

  it.each([
    ['src="/video/dgs/fehlt.mp4" size="1 MB" duration="1:00"', 'src: Das Video »Überblick«: Die Datei /video/dgs/fehlt.mp4 gibt es nicht unter static/.'],
    ['src="/video/dgs/ueberblick.mp4" size="24 MB" duration="3:20"', 'size: Das Video »Überblick«: Angegeben ist 24 MB, die Datei hat 2,4 MB. Richtig wäre size="2,4 MB".'],
    ['src="/video/dgs/ueberblick.mp4" size="groß" duration="3:20"', 'size: Das Video »Überblick«: Die Dateigröße fehlt oder ist nicht lesbar (»groß«). Gültig wäre z. B. size="24 MB" oder size="800 KB".'],
    ['src="/video/dgs/ueberblick.mp4" size="2.4 MB"', 'duration: Das Video »Überblick«: Die Dauer fehlt oder ist nicht lesbar (»«). Gültig wäre Minuten:Sekunden, z. B. duration="3:20".'],
  ])('reject %s', (attributes, message) => {
    expect(video(`title="Überblick" ${attributes}`)).toEqual([`src/pages/gebaerdensprache.mdx:7:1 – ${message}`]);
  });
});

describe('placeholders for operator data', async () => {
  const {placeholderWarnings} = await import('../../src/content/markdownRules');
  const {spawnSync} = await import('node:child_process');
  const path = await import('node:path');
  const resolve = (file: string): string => path.resolve(file);
  const {copySite, removeAll, writeSiteFiles} = await import('../../scripts/lib/siteCopy');

  it('are warnings with their place, but not when quoted as »[…]«', () => {
    const page: MarkdownFile = {file: 'src/pages/impressum.md', route: '/impressum', frontMatter: {}, body: 'Die mit »[…]« markierten Stellen.\n\nVertreten durch: […]\n', bodyLine: 5};
    expect(placeholderWarnings(page).map(formatProblem)).toEqual([
      'src/pages/impressum.md:7:18 – Warnung – Platzhalter »[…]«: Diese Angabe fehlt noch und muss vor der Veröffentlichung ausgefüllt werden.',
    ]);
  });

  it('count only in the search-backend block this build publishes', () => {
    const body = ':::nur-mit-algolia\n\nAuftrag: [Datum …]\n\n:::tip\n\nx\n\n:::\n\nRegion: [Region …]\n\n:::\n\n:::nur-ohne-algolia\n\nLokal: [Ort …]\n\n:::\n\nAnschrift: [Anschrift …]\n';
    const page: MarkdownFile = {file: 'src/pages/datenschutz.md', route: '/datenschutz', frontMatter: {}, body, bodyLine: 1};
    const found = (algolia: boolean): string[] => placeholderWarnings(page, algolia).map((problem) => /»(.*)«/.exec(problem.message)![1]!);
    expect(found(false)).toEqual(['[Ort …]', '[Anschrift …]']);
    expect(found(true)).toEqual(['[Datum …]', '[Region …]', '[Anschrift …]']);
  });

  it('let the check pass, and fail it with --strict (for release builds)', () => {
    const site = copySite({prefix: 'wissensplattform-strict-'});
    try {
      writeSiteFiles(site, {'src/pages/platzhalter.md': '---\ntitle: Platzhalter\n---\n\nAnschrift: [Straße, Ort …]\n'});
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/check-content.ts'), '--dir', site, ...args], {encoding: 'utf8'});
      const normal = run();
      expect(normal.status).toBe(0);
      expect(normal.stdout).toContain('src/pages/platzhalter.md:5:12 – Warnung – Platzhalter »[Straße, Ort …]«');
      const strict = run('--strict');
      expect(strict.status).toBe(1);
      expect(strict.stdout).toContain('src/pages/platzhalter.md:5:12 – Platzhalter »[Straße, Ort …]«');
      expect(run('--format', 'github').stdout).toContain('::warning file=src/pages/platzhalter.md,line=5,col=12,title=Hinweis::Platzhalter');
    } finally {
      removeAll([site]);
    }
  }, PROCESS_TIMEOUT);
});
