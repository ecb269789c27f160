/**
 * The news feeds' items from the bodies in memory (src/plugins/news/feed.ts): the
 * fields Docusaurus' own items have, every address absolute, a post without
 * its body named.
 */
import {describe, expect, it} from 'vitest';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import {feedItems, withAbsoluteUrls} from '../../src/plugins/news/feed';

const PAGE = 'https://bbe.example.org/basis/meldungen/eine-meldung';

describe('withAbsoluteUrls', () => {
  it('resolves links, images and every source of a picture against the post, and leaves mail addresses', () => {
    const html =
      '<p><a href="/basis/gute-praxis/x">Praxis</a> <a href="#fn-1">1</a> <a href="mailto:a@b.de">Mail</a></p>' +
      '<picture><source type="image/webp" srcset="/basis/daten/bilder/a-400.webp 400w, /basis/daten/bilder/a-800.webp 800w"><img src="../daten/bilder/a-800.jpg" srcset="/basis/daten/bilder/a-400.jpg 400w" alt="A"></picture>';
    const result = withAbsoluteUrls(html, PAGE);
    expect(result).toContain('href="https://bbe.example.org/basis/gute-praxis/x"');
    expect(result).toContain(`href="${PAGE}#fn-1"`);
    expect(result).toContain('href="mailto:a@b.de"');
    expect(result).toContain('srcset="https://bbe.example.org/basis/daten/bilder/a-400.webp 400w, https://bbe.example.org/basis/daten/bilder/a-800.webp 800w"');
    expect(result).toContain('src="https://bbe.example.org/basis/daten/bilder/a-800.jpg"');
    expect(result).toContain('srcset="https://bbe.example.org/basis/daten/bilder/a-400.jpg 400w"');
    expect(result).toContain('alt="A"');
  });
});

describe('feedItems', () => {
  const post = {
    metadata: {
      title: 'Eine Meldung',
      permalink: '/basis/meldungen/eine-meldung',
      date: new Date('2026-05-06T00:00:00Z'),
      description: 'Kurz.',
      authors: [{name: 'Redaktion', url: 'https://bbe.example.org', key: 'redaktion', page: null}],
      tags: [{label: 'Arbeitsgruppen', permalink: '/basis/meldungen/tags/arbeitsgruppen', inline: false}],
    },
  } as unknown as BlogPost;

  it('gives each post the fields of Docusaurus’ own items, with its body from memory', () => {
    // Rendered without the base URL, as every page fragment.
    const [item] = feedItems([post], new Map([[post.metadata.permalink, '<p><a href="/termine">Termine</a></p>']]), {url: 'https://bbe.example.org', baseUrl: '/basis/'});
    expect(item).toEqual({
      title: 'Eine Meldung',
      id: PAGE,
      link: PAGE,
      date: post.metadata.date,
      description: 'Kurz.',
      category: [{name: 'Arbeitsgruppen', term: 'Arbeitsgruppen'}],
      content: '<p><a href="https://bbe.example.org/basis/termine">Termine</a></p>',
      author: [{name: 'Redaktion', link: 'https://bbe.example.org', email: undefined}],
    });
  });

  it('names a post whose body is missing', () => {
    expect(() => feedItems([post], new Map(), {url: 'https://bbe.example.org', baseUrl: '/basis/'})).toThrow(/Meldung \/basis\/meldungen\/eine-meldung fehlt für die Feeds/);
  });
});
