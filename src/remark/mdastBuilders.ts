/** Small builders for Markdown syntax trees (mdast), used by the congress and working-group pages (congressAndGroupPages.ts). */
import type {BlockContent, Heading, Link, List, ListItem, Paragraph, PhrasingContent, Strong, Table, TableCell, TableRow, Text} from 'mdast';

export const text = (value: string): Text => ({type: 'text', value});
export const strong = (...children: PhrasingContent[]): Strong => ({type: 'strong', children});
export const link = (url: string, ...children: PhrasingContent[]): Link => ({type: 'link', url, children});
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({type: 'paragraph', children});
export const heading = (depth: 2 | 3 | 4, value: string, id?: string): Heading => ({
  type: 'heading',
  depth,
  children: [text(value)],
  ...(id ? {data: {hProperties: {id}}} : {}),
});
export const listItem = (children: BlockContent[], id?: string): ListItem => ({
  type: 'listItem',
  spread: false,
  children,
  ...(id ? {data: {hProperties: {id}}} : {}),
});
export const list = (items: ListItem[]): List => ({type: 'list', ordered: false, spread: false, children: items});
export const cell = (...children: PhrasingContent[]): TableCell => ({type: 'tableCell', children});
export const row = (...cells: TableCell[]): TableRow => ({type: 'tableRow', children: cells});
export const table = (header: string[], rows: TableRow[]): Table => ({
  type: 'table',
  align: header.map(() => null),
  children: [row(...header.map((label) => cell(text(label)))), ...rows],
});
/**
 * A table whose body cells carry their column's label (`data-label`) and that
 * has a class, so that CSS can stack it into one block per row on a phone.
 */
export function stackableTable(header: string[], rows: TableRow[], className: string): Table {
  const labelled = rows.map((tableRow) => ({
    ...tableRow,
    children: tableRow.children.map((tableCell, index) => ({...tableCell, data: {hProperties: {'data-label': header[index] ?? ''}}})),
  }));
  return {...table(header, labelled), data: {hProperties: {className: [className]}}};
}
/** Joins phrasing parts with a separator text. */
export function join(parts: PhrasingContent[][], separator: string): PhrasingContent[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [text(separator), ...part]));
}
