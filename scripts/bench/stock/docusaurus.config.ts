/**
 * The stock baseline for `npm run bench`: the classic preset as
 * create-docusaurus sets it up, same Docusaurus version and the same
 * @docusaurus/faster setting as the Wissensplattform, fed the same Markdown.
 */
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

const config: Config = {
  title: 'Stock Docusaurus',
  url: 'http://127.0.0.1:3000',
  baseUrl: '/',
  future: {v4: true, faster: true},
  // Same Markdown as ours: .md files are CommonMark, so `<!-- truncate -->` works.
  markdown: {format: 'detect'},
  onBrokenLinks: 'warn',
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    [
      'classic',
      {
        docs: {sidebarPath: './sidebars.ts'},
        blog: {showReadingTime: true, onInlineTags: 'ignore', onInlineAuthors: 'ignore', onUntruncatedBlogPosts: 'ignore'},
      } satisfies Preset.Options,
    ],
  ],
};

export default config;
