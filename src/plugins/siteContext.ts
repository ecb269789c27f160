/**
 * Hands the site context (src/remark/siteContext.ts) to the remark steps of a
 * Markdown plugin (docs, pages): the steps marked as needing it get a
 * reference in their options, filled with the site folder now and with the
 * content graph in `allContentLoaded`.
 */
import type {AllContent, LoadContext} from '@docusaurus/types';
import {NEEDS_SITE_CONTEXT, type SiteContextRef} from '../remark/siteContext';
import {siteOf} from './content';

type RemarkEntry = unknown;

/** The list with the context added to the options of each marked step (a new list; the given one stays as it is). */
export function withSiteContext<T extends readonly RemarkEntry[]>(plugins: T, context: SiteContextRef): T {
  return plugins.map((entry) =>
    Array.isArray(entry) && typeof entry[0] === 'function' && NEEDS_SITE_CONTEXT in entry[0]
      ? [entry[0], {...(entry[1] as object | undefined), context}]
      : typeof entry === 'function' && NEEDS_SITE_CONTEXT in entry
        ? [entry, {context}]
        : entry,
  ) as unknown as T;
}

/** A reference for one plugin: the folder at once, the graph once `fill` is called from `allContentLoaded`. */
export function siteContextFor(context: LoadContext, who: string): {ref: SiteContextRef; fill: (allContent: AllContent) => void} {
  const ref: SiteContextRef = {siteDir: context.siteDir};
  return {ref, fill: (allContent) => void (ref.site = siteOf(allContent, who))};
}
