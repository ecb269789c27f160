import {describe, expect, it} from 'vitest';
import type {BlogPost} from '@docusaurus/plugin-content-blog';
import {selectRecentPosts} from '../../src/plugins/home/recentPosts';

function post(
  title: string,
  date: string,
  unlisted = false,
): Pick<BlogPost, 'metadata'> {
  return {
    metadata: {
      title,
      description: `Über ${title}`,
      permalink: `/meldungen/${title.toLowerCase()}`,
      date: new Date(date),
      unlisted,
    } as BlogPost['metadata'],
  };
}

describe('selectRecentPosts', () => {
  const posts = [
    post('Alt', '2019-01-01'),
    post('Neu', '2020-05-01'),
    post('Mitte', '2019-11-13'),
    post('Versteckt', '2021-01-01', true),
    post('Neuer', '2020-06-01'),
  ];

  it('returns the newest listed posts, newest first', () => {
    expect(selectRecentPosts(posts, 3).map((p) => p.title)).toEqual([
      'Neuer',
      'Neu',
      'Mitte',
    ]);
  });

  it('keeps the given order for posts of the same day', () => {
    const sameDay = [post('A', '2019-11-13'), post('B', '2019-11-13'), post('C', '2019-11-13')];
    expect(selectRecentPosts(sameDay, 2).map((p) => p.title)).toEqual(['A', 'B']);
  });

  it('returns fewer when there are fewer, and nothing for an empty blog', () => {
    expect(selectRecentPosts(posts.slice(0, 1), 3)).toHaveLength(1);
    expect(selectRecentPosts([], 3)).toEqual([]);
  });

  it('serialises the date as an ISO string', () => {
    expect(selectRecentPosts(posts, 1)[0]).toEqual({
      title: 'Neuer',
      description: 'Über Neuer',
      permalink: '/meldungen/neuer',
      date: '2020-06-01T00:00:00.000Z',
    });
  });
});
