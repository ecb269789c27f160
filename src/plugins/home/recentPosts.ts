import type {BlogPost} from '@docusaurus/plugin-content-blog';

/** What the home page needs of a news post; small and serialisable. */
export interface RecentPost {
  title: string;
  description: string;
  permalink: string;
  /** ISO date string of the publication date. */
  date: string;
}

/**
 * The newest listed posts, newest first. Unlisted and draft posts stay off the
 * home page; ties on the date keep the blog plugin's order.
 */
export function selectRecentPosts(
  posts: readonly Pick<BlogPost, 'metadata'>[],
  count: number,
): RecentPost[] {
  return posts
    .filter((post) => !post.metadata.unlisted)
    .map((post, index) => ({post, index}))
    .sort(
      (a, b) =>
        new Date(b.post.metadata.date).getTime() -
          new Date(a.post.metadata.date).getTime() || a.index - b.index,
    )
    .slice(0, count)
    .map(({post}) => ({
      title: post.metadata.title,
      description: post.metadata.description,
      permalink: post.metadata.permalink,
      date: new Date(post.metadata.date).toISOString(),
    }));
}
