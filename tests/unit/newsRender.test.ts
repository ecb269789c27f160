import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {listItem, readingTimeLabel, renderNews, teaserOf} from '../../src/plugins/news/render';


let siteDir: string;
beforeAll(() => {
  siteDir = mkdtempSync(join(tmpdir(), 'wp-news-'));
});
afterAll(() => rmSync(siteDir, {recursive: true, force: true}));

/** A post as the blog plugin loads it, with its file written to the temporary site. */
function post(file: string, body: string, metadata: Partial<BlogPost['metadata']> = {}): BlogPost {
  const frontMatter = '---\ntitle: T\n---\n';
  mkdirSync(dirname(join(siteDir, file)), {recursive: true});
  writeFileSync(join(siteDir, file), frontMatter + body);
  const slug = file.replace(/^blog\/\d{4}-\d{2}-\d{2}-/, '').replace(/\.mdx?$/, '');
  return {
    id: slug,
    content: body,
    metadata: {
      source: `@site/${file}`,
      title: 'Titel',
      description: 'Beschreibung',
      date: new Date('2019-11-13T00:00:00.000Z'),
      permalink: `/meldungen/${slug}`,
      readingTime: 0.4,
      hasTruncateMarker: true,
      authors: [{name: 'Redaktion', title: 'BBE', key: 'redaktion', page: null, socials: {}}],
      frontMatter: {},
      tags: [{label: 'Mitglied des Monats', permalink: '/meldungen/tags/mitglied-des-monats', description: 'Jeden Monat', inline: false}],
      unlisted: false,
      ...metadata,
    } as BlogPost['metadata'],
  };
}

// Every other page by its file, as the build takes them from Docusaurus' plugins (src/plugins/content/linkTargets.ts).
const LINKS = new Map([['docs/programm.md', '/programm']]);
const render = (...posts: BlogPost[]) => renderNews(siteDir, posts, '/meldungen', [], '', LINKS);

describe('news list entries', () => {
  it('states the reading time in German, at least one minute', () => {
    expect(readingTimeLabel(0.2)).toBe('Eine Minute Lesezeit');
    expect(readingTimeLabel(1)).toBe('Eine Minute Lesezeit');
    expect(readingTimeLabel(2.1)).toBe('3 Minuten Lesezeit');
    expect(readingTimeLabel(undefined)).toBeUndefined();
  });

  it('keep only what a list shows', () => {
    expect(listItem(post('blog/2019-11-13-a.md', 'Text.\n'), '<p>Text.</p>')).toEqual({
      title: 'Titel',
      permalink: '/meldungen/a',
      date: '2019-11-13T00:00:00.000Z',
      description: 'Beschreibung',
      teaser: '<p>Text.</p>',
      readingTime: 'Eine Minute Lesezeit',
      authors: ['Redaktion'],
      tags: [{label: 'Mitglied des Monats', permalink: '/meldungen/tags/mitglied-des-monats'}],
    });
  });

  it('take the text before the truncate marker as the teaser', () => {
    expect(teaserOf('Anriss.\n\n<!-- truncate -->\n\nRest.')).toBe('Anriss.\n\n');
    expect(teaserOf('Anriss.\n\n{/* truncate */}\n\nRest.')).toBe('Anriss.\n\n');
    expect(teaserOf('Nur Text, `<!-- truncate -->` im Code.')).toBe('Nur Text, `<!-- truncate -->` im Code.');
    const {items} = render(post('blog/2019-11-13-o.md', 'Für Pat*innen.\n\n<!-- truncate -->\n\nRest.\n'));
    expect(items['/meldungen/o']!.teaser).toBe('<p>Für Pat*innen.</p>');
  });
});

describe('news post pages', () => {
  it('render Markdown with the gender star, German date, authors, tags and the feed container', () => {
    const {fragments, problems} = render(post('blog/2019-11-13-b.md', 'Für Pat*innen und Mentor*innen.\n\n<!-- truncate -->\n\n## Mehr\n\nText.\n'));
    expect(problems).toEqual([]);
    const [page] = fragments;
    expect(page!.path).toBe('/meldungen/b');
    expect(page!.html).toContain('<p>Für Pat*innen und Mentor*innen.</p>');
    expect(page!.html).toMatch(/<h2 id="mehr">Mehr<a class="hash-link"[^>]*href="#mehr">\u200b<\/a><\/h2>/);
    expect(page!.html).not.toContain('truncate');
    expect(page!.html).toContain('<time datetime="2019-11-13">13. November 2019</time> · Eine Minute Lesezeit');
    expect(page!.html).toContain('Redaktion <span class="wp-muted">– BBE</span>');
    expect(page!.html).toContain('href="/meldungen/tags/mitglied-des-monats"');
    expect(page!.html).toMatch(/<div id="__blog-post-container" class="markdown">/);
  });

  it('carry Open Graph article tags for the page head: type, dates, authors and tags, as text', () => {
    const {fragments} = render(
      post('blog/2019-11-13-k.md', 'Text.\n', {
        lastUpdatedAt: Date.parse('2020-02-01T10:00:00.000Z'),
        tags: [{label: 'Mitglied "des" Monats', permalink: '/meldungen/tags/x', description: undefined, inline: false}],
      }),
    );
    expect(fragments[0]!.head).toBe(
      '<meta property="og:type" content="article">' +
        '<meta property="article:published_time" content="2019-11-13T00:00:00.000Z">' +
        '<meta property="article:modified_time" content="2020-02-01T10:00:00.000Z">' +
        '<meta property="article:author" content="Redaktion">' +
        '<meta property="article:tag" content="Mitglied &quot;des&quot; Monats">',
    );
  });

  it('show title and description as text, never as markup', () => {
    const {fragments} = render(post('blog/2019-11-13-c.md', 'Text.\n', {title: '<img src=x onerror=alert(1)>', description: '<script>x</script>'}));
    expect(fragments[0]!.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(fragments[0]!.html).not.toContain('<img src=x');
    expect(fragments[0]!.description).toBe('<script>x</script>'); // escaped where it is written into the page
  });

  it('link to the newer and the older post, the edit page and all news', () => {
    const {fragments} = render(
      post('blog/2019-11-13-d.md', 'Text.\n', {
        prevItem: {title: 'Neuer', permalink: '/meldungen/neu'},
        nextItem: {title: 'Älter', permalink: '/meldungen/alt'},
        editUrl: 'https://example.org/edit/blog/2019-11-13-d.md',
      }),
    );
    const {html} = fragments[0]!;
    expect(html).toMatch(/href="\/meldungen\/neu"><div class="pagination-nav__sublabel">Neuere Meldung/);
    expect(html).toMatch(/href="\/meldungen\/alt"><div class="pagination-nav__sublabel">Ältere Meldung/);
    expect(html).toContain('href="https://example.org/edit/blog/2019-11-13-d.md"');
    expect(html).toContain('<a href="/meldungen">← Alle Meldungen</a>');
  });

  it('turn links to other posts and pages by file into their addresses', () => {
    mkdirSync(join(siteDir, 'docs'), {recursive: true});
    writeFileSync(join(siteDir, 'docs/programm.md'), '---\ntitle: Programm\n---\n\nText.\n');
    const other = post('blog/2019-11-13-e.md', 'Text.\n');
    const linking = post('blog/2019-11-14-f.md', '[Andere](./2019-11-13-e.md#teil) und [Programm](../docs/programm.md).\n');
    const {fragments, problems} = render(other, linking);
    expect(problems).toEqual([]);
    expect(fragments[1]!.html).toContain('<a href="/meldungen/e#teil">Andere</a>');
    expect(fragments[1]!.html).toContain('<a href="/programm">Programm</a>');
  });

  it('protect e-mail addresses written name(at)domain', () => {
    const {fragments} = render(post('blog/2019-11-13-g.md', 'Fragen an info(at)example.org.\n'));
    expect(fragments[0]!.html).toMatch(/<a class="wp-mail" data-wp-mail="[^"]+">info\(at\)example\.org<\/a>/);
    expect(fragments[0]!.html).not.toContain('info@example.org');
  });

  it('keep passages marked with their language', () => {
    const {fragments, problems} = render(post('blog/2019-11-13-m.md', 'Sie sagte: <span lang="en">Mentoring is a two-way street.</span>\n'));
    expect(problems).toEqual([]);
    expect(fragments[0]!.html).toContain('<p>Sie sagte: <span lang="en">Mentoring is a two-way street.</span></p>');
  });

  it('accept the truncate marker of MDX files', () => {
    const {fragments, problems} = render(post('blog/2019-11-13-h.mdx', 'Anriss.\n\n{/* truncate */}\n\nRest.\n'));
    expect(problems).toEqual([]);
    expect(fragments[0]!.html).not.toContain('truncate');
  });
});

describe('news bodies that the site cannot show', () => {
  it('name JSX in an MDX post with file and line', () => {
    const {problems} = render(post('blog/2019-11-13-i.mdx', 'Anriss.\n\n<Komponente />\n'));
    expect(problems).toEqual([
      expect.objectContaining({file: 'blog/2019-11-13-i.mdx', line: 6, message: expect.stringMatching(/^Meldungen enthalten nur Markdown: JSX-Elemente/)}),
    ]);
  });

  it('name raw HTML that a doc page would show differently (other than the truncate marker)', () => {
    const {problems, fragments} = render(post('blog/2019-11-13-j.md', 'Anriss.\n\n<!-- truncate -->\n\n<iframe src="https://example.org"></iframe>\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^Das HTML-Element <iframe> ist in Meldungen nicht erlaubt\. Erlaubt sind <details>, <summary>, <kbd>/);
    expect(problems[0]!.line).toBe(8);
    expect(fragments[0]!.html).not.toContain('<iframe');
  });

  it('name a language tag with anything more than the language', () => {
    const {problems} = render(post('blog/2019-11-13-n.md', 'Text <span lang="en" onmouseover="alert(1)">x</span>.\n'));
    expect(problems).toEqual([expect.objectContaining({field: 'HTML', message: 'Das Attribut onmouseover an <span> ist in Meldungen nicht erlaubt. Erlaubt sind lang, title, style, open, dir, id, class, datetime.'})]);
  });

  it('name a link to a file that does not exist', () => {
    const {problems} = render(post('blog/2019-11-13-k.md', '[Weg](./2018-01-01-fehlt.md)\n'));
    expect(problems).toEqual([expect.objectContaining({file: 'blog/2019-11-13-k.md', field: 'Link', message: expect.stringContaining('blog/2018-01-01-fehlt.md')})]);
  });

  it('name a link that could run code', () => {
    const {fragments, problems} = render(post('blog/2019-11-13-l.md', '[Klick](javascript:alert(1))\n'));
    expect(problems).toEqual([expect.objectContaining({field: 'Link'})]);
    expect(fragments[0]!.html).not.toContain('javascript:');
  });
});

describe('news post metadata and sections', () => {
  it('carries BlogPosting JSON-LD with headline, dates, authors and tags, safe against </script>', () => {
    const item = post('blog/2019-11-13-j.md', 'Text.\n\n<!-- truncate -->\n\nMehr.', {title: 'Ende </script> hier', lastUpdatedAt: Date.parse('2020-01-02T00:00:00Z')});
    const page = renderNews(siteDir, [item], '/meldungen', [], 'https://wissen.example.org').fragments[0]!;
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page.html)![1]!;
    expect(json).not.toContain('</');
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Ende </script> hier',
      url: 'https://wissen.example.org/meldungen/j',
      datePublished: '2019-11-13T00:00:00.000Z',
      dateModified: '2020-01-02T00:00:00.000Z',
      author: [{'@type': 'Person', name: 'Redaktion'}],
      keywords: ['Mitglied des Monats'],
      inLanguage: 'de',
    });
  });

  it.each([
    [2, false],
    [3, true],
  ])('with %i sections shows »Auf dieser Seite«: %s', (sections, shown) => {
    const body = Array.from({length: sections}, (_, index) => `## Teil ${index + 1}\n\nText.`).join('\n\n');
    const page = render(post(`blog/2019-11-13-toc${sections}.md`, `Anriss.\n\n<!-- truncate -->\n\n${body}`)).fragments[0]!;
    expect(page.html.includes('<nav aria-label="Auf dieser Seite">')).toBe(shown);
    if (shown) expect(page.html).toContain('<li><a href="#teil-1">Teil 1</a></li><li><a href="#teil-2">Teil 2</a></li><li><a href="#teil-3">Teil 3</a></li>');
  });
});
