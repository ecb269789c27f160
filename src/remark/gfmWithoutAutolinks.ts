/**
 * GitHub Flavored Markdown for practice bodies: tables, strikethrough, task
 * lists and footnotes, but without autolink literals (bare www./https:// text
 * becoming links). That construct is by far the slowest part of GFM parsing;
 * at 10,000 practices it costs seconds per build. Links are written as
 * [Text](https://…) or <https://…>, which the guide asks for anyway (link texts).
 */
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import type {Extension as MicromarkExtension} from 'micromark-util-types';
import type {Extension as FromMarkdownExtension} from 'mdast-util-from-markdown';
import {gfmTable} from 'micromark-extension-gfm-table';
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough';
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item';
import {gfmFootnote} from 'micromark-extension-gfm-footnote';
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough';
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item';
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote';

interface ProcessorData {
  micromarkExtensions?: MicromarkExtension[];
  fromMarkdownExtensions?: (FromMarkdownExtension | FromMarkdownExtension[])[];
}

const remarkGfmWithoutAutolinks: Plugin<[], Root> = function () {
  const data = this.data() as ProcessorData;
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmTaskListItem(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    gfmFootnoteFromMarkdown(),
  );
};

export default remarkGfmWithoutAutolinks;
