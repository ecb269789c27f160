import {spawnSync} from 'node:child_process';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {themes as prismThemes} from 'prism-react-renderer';
import {resolveBaseUrl, resolveSiteUrl} from './src/config/siteUrl';
import {resolveRepository} from './src/config/repository';
import {brokenMarkdownLink, docusaurusSteps, REMARK_REHYPE_OPTIONS} from './src/markdown/preset';
import {GENERATED_PUBLIC_DIR, PROCEEDINGS_DIR} from './src/config/paths';
import {readableTheme} from './src/config/readableTheme';
import {searchBackendConfig, searchOrigins} from './src/search/shared/config';

// Catalogue data and page fragments are generated here and served as static files.
// The content repository (REPO_URL, REPO_BRANCH): edit links and the issue forms follow from it; EDIT_URL alone
// sets only the base of the »Diese Seite bearbeiten« links, e.g. https://github.com/<org>/<repo>/edit/main/
const REPOSITORY = resolveRepository(process.env);
const EDIT_URL = REPOSITORY.editUrl;
// »Zuletzt aktualisiert« comes from git; a copy of the site outside a git worktree (an unpacked archive,
// the bench's and tests' temporary sites) builds without it instead of failing.
const IN_GIT_WORKTREE = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd: __dirname}).status === 0;

const PROJECT_NAME = 'Pat*innen, Mentor*innen und Lots*innen';
const COPYRIGHT = `© ${new Date().getFullYear()} Bundesnetzwerk Bürgerschaftliches Engagement (BBE)`;

// Search with Algolia when ALGOLIA_APP_ID, ALGOLIA_SEARCH_KEY and ALGOLIA_INDEX_NAME are set, with the built-in
// index otherwise. Only the search-only key reaches the site; the admin key is read by `npm run search:push` alone.
const SEARCH = searchBackendConfig(process.env);

const SITE_URL = resolveSiteUrl(process.env.SITE_URL);
// The path the site lives under (GitHub Pages project site, pull-request preview); `/` at the root of a domain.
const BASE_URL = resolveBaseUrl(process.env.BASE_URL);
// The Markdown steps of doc pages and pages, from the one preset (src/markdown/preset.ts). Plugin options are part of
// the site config that every visitor loads: no folder of the build machine and no content in them (the steps that
// need the site folder or the content graph get them from src/plugins/docs and src/plugins/pages).
const STEPS = {algolia: SEARCH.backend === 'algolia', baseUrl: BASE_URL, siteUrl: `${SITE_URL}${BASE_URL.replace(/\/$/, '')}`};

const NEWS_OPTIONS = {
  publicDir: GENERATED_PUBLIC_DIR,
  path: 'blog',
  routeBasePath: 'meldungen',
  archiveBasePath: 'archiv',
  blogTitle: 'Meldungen',
  blogDescription:
    'Meldungen aus dem BBE zum Bundesprogramm »Menschen stärken Menschen« und zum Projekt Pat*innen, Mentor*innen und Lots*innen',
  blogSidebarTitle: 'Neueste Meldungen',
  // No sidebar: the news lists and the archive lead to every post.
  blogSidebarCount: 0,
  postsPerPage: 10,
  showReadingTime: true,
  authorsMapPath: 'authors.yml',
  onInlineAuthors: 'throw',
  tags: 'tags.yml',
  onInlineTags: 'throw',
  onUntruncatedBlogPosts: 'throw',
  ...(EDIT_URL ? {editUrl: EDIT_URL} : {}),
  showLastUpdateTime: IN_GIT_WORKTREE,
  // Posts are rendered by src/plugins/news (gender star, protected e-mails, focusable tables), not as MDX.
  feedOptions: {
    type: ['rss', 'atom'],
    title: 'Wissensplattform – Meldungen aus dem BBE',
    description:
      'Meldungen aus dem BBE zum Bundesprogramm »Menschen stärken Menschen«',
    copyright: COPYRIGHT,
    language: 'de',
    // Opened in a browser, both feeds show as a German page (blog/feed-stil/feed.xsl with feed.css).
    xslt: {rss: 'feed-stil/feed.xsl', atom: 'feed-stil/feed.xsl'},
  },
};

/** Doc pages (src/plugins/docs): German URLs without a /docs prefix (/programm, /fachkongress, …). */
const DOCS_OPTIONS = {
  routeBasePath: '/',
  path: 'docs',
  sidebarPath: './sidebars.ts',
  breadcrumbs: true,
  showLastUpdateTime: IN_GIT_WORKTREE,
  ...docusaurusSteps('doc', STEPS),
  // Practices are rendered by the catalogue plugin, not as docs (see src/plugins/practices).
  exclude: ['**/_*.{js,jsx,ts,tsx,md,mdx}', '**/_*/**', '**/*.test.{js,jsx,ts,tsx}', '**/__tests__/**', 'gute-praxis/**'],
  ...(EDIT_URL ? {editUrl: EDIT_URL} : {}),
} satisfies DocsOptions;

const config: Config = {
  title: 'Wissensplattform',
  tagline: `Gute Praxis, Fachkongress und Austausch für ${PROJECT_NAME} im Bundesprogramm »Menschen stärken Menschen«`,
  favicon: 'img/favicon.svg',

  url: SITE_URL,
  baseUrl: BASE_URL,
  // A pull request's preview (PREVIEW=1, .github/workflows/vorschau.yml) is public but not for search engines.
  noIndex: process.env.PREVIEW === '1',
  trailingSlash: false,
  // The banner is an inline script and style on the home page; the Content Security Policy allows none we do not need.
  baseUrlIssueBanner: false,

  // A broken link or anchor is an error, never a warning.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  // PROCEEDINGS_DIR: congress proceedings as PDF (npm run kongress-pdf), if made.
  staticDirectories: ['static', GENERATED_PUBLIC_DIR, PROCEEDINGS_DIR],

  future: {
    // v4 includes removeLegacyPostBuildHeadAttribute, which @docusaurus/faster needs.
    v4: true,
    faster: true,
  },

  markdown: {
    // .md files are CommonMark (contributors may write `<`, `{` and HTML
    // comments freely); .mdx files are MDX.
    format: 'detect',
    // Footnotes in German (the same labels as in practices, news and events).
    remarkRehypeOptions: REMARK_REHYPE_OPTIONS,
    hooks: {
      // The content check's message, at the link's line (src/markdown/links.ts).
      onBrokenMarkdownLinks: brokenMarkdownLink,
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'de',
    locales: ['de'],
    localeConfigs: {
      de: {label: 'Deutsch', htmlLang: 'de', direction: 'ltr'},
    },
  },

  presets: [
    [
      'classic',
      {
        // Docs: src/plugins/docs (Docusaurus' docs plugin that does not watch what it excludes).
        docs: false,
        // News: the blog plugin inside src/plugins/news (one route per post would weigh on every page).
        blog: false,
        // Pages: src/plugins/pages (Docusaurus' pages plugin that hands the site folder to the photo step).
        pages: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        // The sitemap is a step after the build (src/plugins/sitemap), with the pages that have no route of their own.
        sitemap: false,
      } satisfies Preset.Options,
    ],
  ],

  // repository: public addresses of the content repository for the contributor pages (RepositoryForms), or null.
  customFields: {repository: REPOSITORY.repository ?? null},

  // Protected e-mail addresses become working links in the browser (src/rehype/protectedEmail.ts).
  clientModules: ['./src/clientModules/revealEmails.ts'],

  // In print, links inside the site are followed by their full address (the rest of the print styles: custom.css).
  headTags: [
    {
      tagName: 'style',
      attributes: {media: 'print'},
      innerHTML: `main a[href^="/"]::after { content: " (${SITE_URL}" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }`,
    },
  ],

  plugins: [
    // The content graph (src/content/site.ts), read and checked once; every plugin below takes it from here.
    './src/plugins/content/index.ts',
    ['./src/plugins/docs/index.ts', DOCS_OPTIONS],
    [
      './src/plugins/pages/index.ts',
      docusaurusSteps('page', STEPS),
    ],
    ['./src/plugins/news/index.ts', NEWS_OPTIONS],
    './src/plugins/leanBundle/index.ts',
    // Colours of highlighted code in practices and news, from the Prism themes below.
    './src/plugins/codeColours/index.ts',
    ['./src/plugins/home/index.ts', {count: 3}],
    // Termine: /termine, a page per event file, the calendar feeds and every event's .ics (src/plugins/events).
    ['./src/plugins/events/index.ts', {publicDir: GENERATED_PUBLIC_DIR, editUrl: EDIT_URL}],
    // Photo variants of doc and congress pages into the build (src/remark/responsiveImages.ts).
    './src/plugins/images/index.ts',
    // The bench builds variants without these two (scripts/bench/variants.ts): keep their paths as they are.
    ['./src/search/server/plugin.ts', {backend: SEARCH}],
    ['./src/plugins/practices/index.ts', {publicDir: GENERATED_PUBLIC_DIR, editUrl: EDIT_URL}],
    // »Das Programm in Zahlen« (/programm/zahlen), counted from the catalogue, the congresses and the working groups.
    './src/plugins/numbers/index.ts',
    // After the build, after the catalogue and news pages (src/plugins/buildSteps.ts): the Content Security Policy.
    ['./src/plugins/security/index.ts', {connectOrigins: SEARCH.backend === 'algolia' ? searchOrigins(SEARCH) : []}],
    // Docusaurus' sitemap, with the pages of practices, news and events (parameterised routes are page shells).
    './src/plugins/sitemap/index.ts',
    // Runs what the plugins above do after the build, in the order src/plugins/buildSteps.ts gives.
    './src/plugins/build/index.ts',
  ],

  themeConfig: {
    metadata: [
      {
        name: 'keywords',
        content:
          'Patenschaft, Mentoring, Lotsendienst, Menschen stärken Menschen, BBE, Integration, Engagement',
      },
    ],
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: false},
    },
    navbar: {
      title: 'Wissensplattform',
      logo: {
        alt: 'Wissensplattform – zur Startseite',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {to: '/programm', label: 'Programm', position: 'left', activeBasePath: '/programm'},
        {to: '/gute-praxis', label: 'Gute Praxis', position: 'left', activeBasePath: '/gute-praxis'},
        {to: '/fachkongress', label: 'Fachkongress', position: 'left', activeBasePath: '/fachkongress'},
        {to: '/arbeitsgruppen', label: 'Arbeitsgruppen', position: 'left', activeBasePath: '/arbeitsgruppen'},
        {to: '/termine', label: 'Termine', position: 'left', activeBasePath: '/termine'},
        {to: '/meldungen', label: 'Meldungen', position: 'left', activeBasePath: '/meldungen'},
        {to: '/mitmachen', label: 'Mitmachen', position: 'right', activeBasePath: '/mitmachen'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Wissensplattform',
          items: [
            {label: 'Programm', to: '/programm'},
            {label: 'Gute Praxis', to: '/gute-praxis'},
            {label: 'Fachkongress', to: '/fachkongress'},
            {label: 'Arbeitsgruppen', to: '/arbeitsgruppen'},
            {label: 'Termine', to: '/termine'},
            {label: 'Meldungen', to: '/meldungen'},
          ],
        },
        {
          title: 'Service',
          items: [
            {label: 'Kontakt', to: '/kontakt'},
            {label: 'Mitmachen', to: '/mitmachen'},
            {label: 'RSS-Feed', href: 'pathname:///meldungen/rss.xml'},
            {label: 'Atom-Feed', href: 'pathname:///meldungen/atom.xml'},
          ],
        },
        {
          title: 'Rechtliches',
          items: [
            {label: 'Impressum', to: '/impressum'},
            {label: 'Datenschutz', to: '/datenschutz'},
            {label: 'Barrierefreiheit', to: '/barrierefreiheit'},
            {label: 'Leichte Sprache', to: '/leichte-sprache'},
            {label: 'Gebärdensprache', to: '/gebaerdensprache'},
          ],
        },
      ],
      copyright: `${COPYRIGHT}. Das Bundesprogramm »Menschen stärken Menschen« wird gefördert vom Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ).`,
    },
    prism: {
      // Token colours darkened or lightened where they miss 4.5:1 on the code background (src/config/readableTheme.ts).
      theme: readableTheme(prismThemes.github),
      darkTheme: readableTheme(prismThemes.dracula),
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
