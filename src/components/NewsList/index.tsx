/**
 * News lists: the pages of /meldungen, each tag's and each author's posts.
 * Every entry comes from a small JSON list made at build time (title, date,
 * description, tags), not from one compiled module per post, so that the
 * JavaScript every visitor loads does not grow with the number of posts.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {HtmlClassNameProvider, PageMetadata, ThemeClassNames} from '@docusaurus/theme-common';
import type {BlogPaginatedMetadata} from '@docusaurus/plugin-content-blog';
import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';
import BlogListPaginator from '@theme/BlogListPaginator';
import Heading from '@theme/Heading';
import type {NewsListItem} from '../../plugins/news/render';
import {formatGermanDate, isoDay} from '../../utils/formatDate';
import styles from './styles.module.css';
import {useCounts, type Counts} from '../../hooks/useCounts';

interface Props {
  items: NewsListItem[];
  /** The main list (/meldungen, /meldungen/page/2, …). */
  metadata?: BlogPaginatedMetadata;
  /** A tag's or an author's list. */
  listMetadata?: BlogPaginatedMetadata;
  tag?: {label: string; description?: string; allTagsPath: string; count: number};
  author?: {name?: string; title?: string; count: number};
}

function headingOf({metadata, tag, author}: Props, list: BlogPaginatedMetadata, counts: Counts): {title: string; description: string} {
  const page = list.page > 1 ? translate({id: 'news.list.page', message: ' – Seite {page}', description: 'After the title of the second and later pages of a list'}, {page: String(list.page)}) : '';
  if (tag) {
    const count = counts.posts(tag.count);
    return {
      title: translate({id: 'news.list.tag', message: '{posts} mit dem Schlagwort »{tag}«', description: 'Title of a tag\'s list, e.g. »3 Meldungen mit dem Schlagwort »Fachkongress«« '}, {posts: count, tag: tag.label}) + page,
      description: tag.description ?? translate({id: 'news.list.tag.description', message: 'Meldungen mit dem Schlagwort »{tag}«', description: 'Description of a tag\'s list without its own'}, {tag: tag.label}),
    };
  }
  if (author) {
    const byAuthor = translate({id: 'news.list.author', message: 'Meldungen von {name}', description: 'Title of an author\'s list'}, {name: author.name ?? ''});
    return {title: byAuthor + page, description: author.title ?? byAuthor};
  }
  return {title: `${metadata?.blogTitle ?? translate({id: 'news.list.title', message: 'Meldungen', description: 'Title of the news list'})}${page}`, description: metadata?.blogDescription ?? ''};
}

export default function NewsList(props: Props): ReactNode {
  const {items, tag} = props;
  const list = (props.metadata ?? props.listMetadata)!;
  const {title, description} = headingOf(props, list, useCounts());
  return (
    <HtmlClassNameProvider className={clsx(ThemeClassNames.wrapper.blogPages, tag ? ThemeClassNames.page.blogTagPostListPage : ThemeClassNames.page.blogListPage)}>
      <PageMetadata title={title} description={description} />
      <Layout>
        <main className="container margin-vert--lg">
          <div className="row">
            <div className="col col--8 col--offset-2">
              <header className="margin-bottom--lg">
                <Heading as="h1">{title}</Heading>
                <p>{description}</p>
                {tag && (
                  <p>
                    <Link href={tag.allTagsPath}>
                      <Translate id="news.list.allTags" description="Link to all tags">
                        Alle Schlagwörter
                      </Translate>
                    </Link>
                  </p>
                )}
                {props.metadata && (
                  <nav aria-label={translate({id: 'news.list.ways', message: 'Weitere Wege zu den Meldungen', description: 'Accessible name of the navigation to archive, tags and feeds'})} className={styles.ways}>
                    <ul>
                      <li>
                        <Link to="/meldungen/archiv">
                          <Translate id="news.list.archive" description="Link to the archive">
                            Archiv: alle Meldungen nach Jahr
                          </Translate>
                        </Link>
                      </li>
                      <li>
                        <Link to="/meldungen/tags">
                          <Translate id="news.list.tags" description="Link to the tags page">
                            Schlagwörter
                          </Translate>
                        </Link>
                      </li>
                      <li>
                        <Translate id="news.list.subscribe" description="Before the feed links">
                          Abonnieren:
                        </Translate>{' '}
                        <Link href="pathname:///meldungen/rss.xml" type="application/rss+xml">
                          RSS-Feed
                        </Link>{' '}
                        ·{' '}
                        <Link href="pathname:///meldungen/atom.xml" type="application/atom+xml">
                          Atom-Feed
                        </Link>
                      </li>
                    </ul>
                  </nav>
                )}
              </header>
              {items.length === 0 ? (
                <p>
                  <Translate id="news.list.empty" description="A list without posts">
                    Hier gibt es noch keine Meldungen.
                  </Translate>
                </p>
              ) : (
                <ul className={styles.list}>
                  {items.map((item) => (
                    <li key={item.permalink}>
                      <article className={styles.item}>
                        <header>
                          <Heading as="h2" className={styles.title}>
                            <Link to={item.permalink}>{item.title}</Link>
                          </Heading>
                          <p className={styles.meta}>
                            <time dateTime={isoDay(item.date)}>{formatGermanDate(item.date)}</time>
                            {item.readingTime ? ` · ${item.readingTime}` : ''}
                            {item.authors.length > 0 ? ` · ${item.authors.join(', ')}` : ''}
                          </p>
                        </header>
                        {/* Made at build time from the post's Markdown by the same step as the post page (src/plugins/news/render.ts). */}
                        <div className="markdown" dangerouslySetInnerHTML={{__html: item.teaser}} />
                        <p>
                          <Link to={item.permalink} aria-label={translate({id: 'news.list.readMore.label', message: 'Weiterlesen: {title}', description: 'Accessible name of the read-more link'}, {title: item.title})}>
                            <Translate id="news.list.readMore" description="Link to the whole post">
                              Weiterlesen
                            </Translate>
                          </Link>
                        </p>
                        {item.tags.length > 0 && (
                          <ul className={styles.tags} aria-label={translate({id: 'news.list.postTags', message: 'Schlagwörter', description: 'Accessible name of a post\'s tag list'})}>
                            {item.tags.map((entry) => (
                              <li key={entry.permalink}>
                                <Link to={entry.permalink} rel="tag" className={styles.tag}>
                                  {entry.label}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        )}
                      </article>
                    </li>
                  ))}
                </ul>
              )}
              <BlogListPaginator metadata={list} />
            </div>
          </div>
        </main>
      </Layout>
    </HtmlClassNameProvider>
  );
}
