/**
 * Ejected from @docusaurus/theme-classic 3.10.2 (BlogListPage) for one change:
 * the news list gets a visible page heading (h1) and its description. The stock
 * page has no h1, so screen-reader users land on a page without a title.
 * Keep in step with the original when upgrading Docusaurus.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import {PageMetadata, HtmlClassNameProvider, ThemeClassNames} from '@docusaurus/theme-common';
import {translate} from '@docusaurus/Translate';
import BlogLayout from '@theme/BlogLayout';
import BlogListPaginator from '@theme/BlogListPaginator';
import SearchMetadata from '@theme/SearchMetadata';
import type {Props} from '@theme/BlogListPage';
import BlogPostItems from '@theme/BlogPostItems';
import BlogListPageStructuredData from '@theme/BlogListPage/StructuredData';
import Heading from '@theme/Heading';

function BlogListPageMetadata({metadata}: Props): ReactNode {
  const {blogDescription, blogTitle, page} = metadata;
  const title =
    page > 1
      ? translate(
          {id: 'blog.list.pageTitle', message: '{blogTitle} – Seite {page}'},
          {blogTitle, page},
        )
      : blogTitle;
  return (
    <>
      <PageMetadata title={title} description={blogDescription} />
      <SearchMetadata tag="blog_posts_list" />
    </>
  );
}

function BlogListPageContent(props: Props): ReactNode {
  const {metadata, items, sidebar} = props;
  return (
    <BlogLayout sidebar={sidebar}>
      <header className="margin-bottom--lg">
        <Heading as="h1">
          {metadata.page > 1
            ? translate(
                {id: 'blog.list.pageTitle', message: '{blogTitle} – Seite {page}'},
                {blogTitle: metadata.blogTitle, page: metadata.page},
              )
            : metadata.blogTitle}
        </Heading>
        <p>{metadata.blogDescription}</p>
      </header>
      <BlogPostItems items={items} />
      <BlogListPaginator metadata={metadata} />
    </BlogLayout>
  );
}

export default function BlogListPage(props: Props): ReactNode {
  return (
    <HtmlClassNameProvider
      className={clsx(ThemeClassNames.wrapper.blogPages, ThemeClassNames.page.blogListPage)}>
      <BlogListPageMetadata {...props} />
      <BlogListPageStructuredData {...props} />
      <BlogListPageContent {...props} />
    </HtmlClassNameProvider>
  );
}
