/**
 * Emoji shortcodes (`:tada:` → 🎉) in practices, news and events, as
 * Docusaurus turns them on doc pages (its MDX step uses remark-emoji, which
 * only loads as an ES module import; the renderer and the content check run
 * synchronously, so the same lookup, node-emoji, is used here directly).
 * Text in code stays as written.
 */
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {findAndReplace} from 'mdast-util-find-and-replace';
import {get as emojiOf} from 'node-emoji';

const SHORTCODE = /:\+1:|:-1:|:[\w-]+:/g;

const remarkEmoji: Plugin<[], Root> = () => (tree) => {
  findAndReplace(tree, [SHORTCODE, (shortcode: string) => emojiOf(shortcode) ?? false]);
};

export default remarkEmoji;
