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
  const page = list.page > 1 ? ` – Seite ${list.page}` : '';
  if (tag) {
    const count = counts.posts(tag.count);
    return {title: `${count} mit dem Schlagwort »${tag.label}«${page}`, description: tag.description ?? `Meldungen mit dem Schlagwort »${tag.label}«`};
  }
  if (author) return {title: `Meldungen von ${author.name ?? ''}${page}`, description: author.title ?? `Meldungen von ${author.name ?? ''}`};
  return {title: `${metadata?.blogTitle ?? 'Meldungen'}${page}`, description: metadata?.blogDescription ?? ''};
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
                    <Link href={tag.allTagsPath}>Alle Schlagwörter</Link>
                  </p>
                )}
                {props.metadata && (
                  <nav aria-label="Weitere Wege zu den Meldungen" className={styles.ways}>
                    <ul>
                      <li>
                        <Link to="/meldungen/archiv">Archiv: alle Meldungen nach Jahr</Link>
                      </li>
                      <li>
                        <Link to="/meldungen/tags">Schlagwörter</Link>
                      </li>
                      <li>
                        Abonnieren: <Link href="pathname:///meldungen/rss.xml" type="application/rss+xml">RSS-Feed</Link> ·{' '}
                        <Link href="pathname:///meldungen/atom.xml" type="application/atom+xml">
                          Atom-Feed
                        </Link>
                      </li>
                    </ul>
                  </nav>
                )}
              </header>
              {items.length === 0 ? (
                <p>Hier gibt es noch keine Meldungen.</p>
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
                          <Link to={item.permalink} aria-label={`Weiterlesen: ${item.title}`}>
                            Weiterlesen
                          </Link>
                        </p>
                        {item.tags.length > 0 && (
                          <ul className={styles.tags} aria-label="Schlagwörter">
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
