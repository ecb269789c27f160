/**
 * Small pieces of HTML that several kinds of fragment page share (practices,
 * catalogue pages, events): links, the sample badge, breadcrumbs and the rows
 * of a fact box. Pure strings, escaped here.
 */
import {escapeHtml} from '../../utils/escapeHtml';

export const link = (href: string, text: string): string => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

export const SAMPLE_BADGE = '<span class="badge badge--beispiel" title="Fiktiver Beispielinhalt">Beispiel</span>';

/** The trail above a page; the last item is the page itself. */
export function breadcrumbs(items: [string, string | undefined][]): string {
  const parts = items.map(([text, href], index) => {
    const last = index === items.length - 1;
    const inner = href && !last ? link(href, text) : `<span${last ? ' aria-current="page"' : ''}>${escapeHtml(text)}</span>`;
    return `<li class="breadcrumbs__item${last ? ' breadcrumbs__item--active' : ''}">${inner}</li>`;
  });
  return `<nav aria-label="Brotkrümelnavigation" class="margin-bottom--md"><ul class="breadcrumbs">${parts.join('')}</ul></nav>`;
}

/** One row of a fact box (`values` are HTML); nothing without values. */
export function factRow(term: string, values: string[]): string {
  return values.length === 0 ? '' : `<dt>${escapeHtml(term)}</dt><dd>${values.join(', ')}</dd>`;
}
