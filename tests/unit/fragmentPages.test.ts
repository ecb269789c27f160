import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {fillShell, fragmentPages, fragmentSitemapPaths, linksBelow, matchesRoute, type FragmentKind} from '../../src/plugins/fragmentPages';
import {FRAGMENT_PLACEHOLDER, fragmentDataPath, type Fragment} from '../../src/fragmentPages/fragment';
import {tempDir} from '../support/tempDir';

const SHELL = `<html><head><title>${FRAGMENT_PLACEHOLDER.title} | Site</title><meta name=description content=${FRAGMENT_PLACEHOLDER.description}><link rel=canonical href="https://example.org/pflanzen/:name"></head><body><div data-wp-fragment=${FRAGMENT_PLACEHOLDER.path}>${FRAGMENT_PLACEHOLDER.html}</div></body></html>`;

const page = (path: string, html = '<p>Text</p>', title = 'Titel'): Fragment => ({path, title, description: 'Kurz', html});

/** A third kind of fragment pages, made only with the module: what a new content kind would need. */
const KIND: FragmentKind = {
  name: 'Pflanzen',
  routes: [{pattern: '/pflanzen/:name'}, {pattern: '/garten/:jahr', deep: true, priority: -1}],
  page: {section: 'Pflanzen', missingHint: 'Vielleicht ist sie verblüht.', list: {href: '/pflanzen', label: 'Zu allen Pflanzen'}, keepListQuery: false},
  linkHint: 'Pflanzen heißen /pflanzen/<name>.',
};

function site() {
  const siteDir = tempDir('wp-fragment-pages-');
  const generatedFilesDir = join(siteDir, '.docusaurus');
  mkdirSync(generatedFilesDir, {recursive: true});
  return {siteDir, generatedFilesDir, baseUrl: '/', publicDir: join(siteDir, 'public'), outDir: join(siteDir, 'build')};
}

describe('routes of fragment pages', () => {
  it.each([
    [{pattern: '/pflanzen/:name'}, '/pflanzen/rose', true],
    [{pattern: '/pflanzen/:name'}, '/pflanzen', false],
    [{pattern: '/pflanzen/:name'}, '/pflanzen/rose/blatt', false],
    [{pattern: '/pflanzen/:name'}, '/tiere/rose', false],
    [{pattern: '/meldungen/:post', deep: true}, '/meldungen/2019/11/13/x', true],
    [{pattern: '/meldungen/:post', deep: true}, '/meldungen', false],
    [{pattern: '/traeger'}, '/traeger', true],
  ])('%j takes %s: %s', (route, path, expected) => {
    expect(matchesRoute(route, path)).toBe(expected);
  });
});

describe('filling a shell', () => {
  it('puts in the page, with title and description escaped and quoted', () => {
    const html = fillShell(SHELL, '/pflanzen/:name', page('/pflanzen/rose', '<p>Rot</p>', 'Rose & "Dorn"'));
    expect(html).toContain('<title>Rose &amp; &quot;Dorn&quot; | Site</title>');
    expect(html).toContain('content="Kurz"');
    expect(html).toContain('href="https://example.org/pflanzen/rose"');
    expect(html).toContain('<div data-wp-fragment="/pflanzen/rose"><p>Rot</p></div>');
  });

  it("puts the page's own head tags where the shell has its head slot, and nothing on pages without", () => {
    const shell = SHELL.replace('</head>', `<meta data-rh=true name=wp-fragment-head content=${FRAGMENT_PLACEHOLDER.head} /></head>`);
    const withHead = fillShell(shell, '/pflanzen/:name', {...page('/pflanzen/rose'), head: '<meta property="og:type" content="article">'});
    expect(withHead).toContain('<meta property="og:type" content="article"></head>');
    expect(withHead).not.toContain('wp-fragment-head');
    expect(fillShell(shell, '/pflanzen/:name', page('/pflanzen/rose'))).not.toMatch(/wp-fragment-head|__WP_HEAD__/);
  });

  it('takes `$` in the page literally', () => {
    expect(fillShell(SHELL, '/pflanzen/:name', page('/pflanzen/geld', "<p>$& und $'</p>"))).toContain("<p>$& und $'</p>");
  });

  it('refuses a shell without the content placeholder', () => {
    expect(() => fillShell('<html></html>', '/pflanzen/:name', page('/pflanzen/rose'))).toThrow(/Platzhalter __WP_CONTENT__/);
  });
});

describe('links below a route', () => {
  it('finds them quoted and unquoted, without query, hash and trailing slash', () => {
    const html = '<a href="/pflanzen/rose#bluete">a</a><a href=/pflanzen/tulpe/>b</a><a href="/pflanzenkunde">c</a><a href="/pflanzen/gr%C3%BCn?x=1">d</a>';
    expect(linksBelow(html, ['/pflanzen']).sort()).toEqual(['/pflanzen/grün', '/pflanzen/rose', '/pflanzen/tulpe']);
  });
});

describe('a kind of fragment pages', () => {
  it('adds its routes with the page words as props', () => {
    const {siteDir, generatedFilesDir, publicDir} = site();
    const routes: unknown[] = [];
    fragmentPages({siteDir, generatedFilesDir, baseUrl: '/'}, publicDir, KIND).addRoutes({addRoute: (route) => routes.push(route)});
    expect(routes).toEqual([
      {path: '/pflanzen/:name', exact: true, component: '@site/src/components/FragmentPage/index.tsx', props: KIND.page},
      {path: '/garten/:jahr', exact: false, priority: -1, component: '@site/src/components/FragmentPage/index.tsx', props: KIND.page},
    ]);
  });

  it('answers its pages under npm start from what the resolver says now', async () => {
    const {siteDir, generatedFilesDir, publicDir} = site();
    const pages = fragmentPages({siteDir, generatedFilesDir, baseUrl: '/'}, publicDir, KIND);
    // Left over from a build or an earlier run: cleared, or it would shadow the live answers.
    mkdirSync(join(publicDir, 'daten/seiten/pflanzen'), {recursive: true});
    writeFileSync(join(publicDir, 'daten/seiten/pflanzen/alt.json'), '{}');
    let html = '<p>Erst</p>';
    pages.serveInDev((path) => (path === '/pflanzen/rose' ? {fragment: page(path, html), assets: []} : undefined));
    expect(existsSync(join(publicDir, 'daten/seiten/pflanzen/alt.json'))).toBe(false);
    expect(await pages.answerDevRequest('/daten/seiten/pflanzen/rose.json')).toEqual({status: 200, body: JSON.stringify(page('/pflanzen/rose', '<p>Erst</p>'))});
    html = '<p>Danach</p>';
    expect(JSON.parse((await pages.answerDevRequest('/daten/seiten/pflanzen/rose.json'))!.body)).toMatchObject({html: '<p>Danach</p>'});
    expect(await pages.answerDevRequest('/daten/seiten/pflanzen/tulpe.json')).toMatchObject({status: 404});
    expect(await pages.answerDevRequest('/daten/seiten/pflanzen/gr%C3%BCn.json')).toMatchObject({status: 404});
    // Not its business: other prefixes (another kind answers them), other files, and other base URLs.
    expect(await pages.answerDevRequest('/daten/seiten/tiere/igel.json')).toBeUndefined();
    expect(await pages.answerDevRequest('/daten/katalog/facetten.json')).toBeUndefined();
    expect(await pages.answerDevRequest('/wp/daten/seiten/pflanzen/rose.json')).toBeUndefined();
    const underBase = fragmentPages({siteDir, generatedFilesDir, baseUrl: '/wp/'}, publicDir, KIND);
    underBase.serveInDev((path) => (path === '/pflanzen/rose' ? {fragment: page(path, html), assets: []} : undefined));
    expect(await underBase.answerDevRequest('/wp/daten/seiten/pflanzen/rose.json')).toMatchObject({status: 200});
  });

  it('puts its handler once into each dev server, before the fallback, and answers only its own pages there', async () => {
    const {siteDir, generatedFilesDir, publicDir} = site();
    const pages = fragmentPages({siteDir, generatedFilesDir, baseUrl: '/'}, publicDir, KIND);
    pages.serveInDev((path) => (path === '/pflanzen/rose' ? {fragment: page(path), assets: []} : undefined));
    const middlewares: unknown[] = ['fallback'];
    const server = {};
    const setup = pages.devServer().devServer.setupMiddlewares;
    expect(setup(middlewares, server)).toEqual([]);
    setup(middlewares, server);
    expect(middlewares).toHaveLength(2);
    const {middleware} = middlewares[0] as {middleware: (request: object, response: object, next: () => void) => void};
    const answered = await new Promise<{status: number; body: string} | 'next'>((resolve) => {
      const response = {status: (status: number) => ({set: () => ({send: (body: string) => resolve({status, body})})})};
      middleware({method: 'GET', path: '/daten/seiten/pflanzen/rose.json'}, response, () => resolve('next'));
    });
    expect(answered).toMatchObject({status: 200});
    const passed = await new Promise<unknown>((resolve) => middleware({method: 'GET', path: '/daten/seiten/tiere/igel.json'}, {}, () => resolve('next')));
    expect(passed).toBe('next');
  });

  it('writes its pages into the build, removes the shells and checks the links', async () => {
    const {siteDir, generatedFilesDir, publicDir, outDir} = site();
    const pages = fragmentPages({siteDir, generatedFilesDir, baseUrl: '/'}, publicDir, KIND);
    mkdirSync(join(outDir, 'pflanzen'), {recursive: true});
    mkdirSync(join(outDir, 'garten'), {recursive: true});
    writeFileSync(join(outDir, 'pflanzen/:name.html'), SHELL);
    writeFileSync(join(outDir, 'garten/:jahr.html'), SHELL);
    writeFileSync(join(outDir, 'ueber.html'), '<a href="/pflanzen/rose">ok</a><a href="/pflanzen/kaktus">weg</a>');
    pages.register({sitemap: ['/pflanzen/rose', '/garten/2024/beet'], existing: ['/pflanzen', '/pflanzen/rose', '/garten/2024/beet']});
    const problems = await pages.writeBuild({
      outDir,
      routesPaths: ['/ueber', '/pflanzen/:name', '/garten/:jahr'],
      fragments: [page('/pflanzen/rose', '<a href="/pflanzen/distel">x</a>'), page('/garten/2024/beet')],
      assets: [],
      sourceOf: (fragment) => (fragment.path === '/pflanzen/rose' ? 'pflanzen/rose.md' : undefined),
      kinds: pages.handOver().fragmentKinds,
    });
    expect(readFileSync(join(outDir, 'pflanzen/rose.html'), 'utf8')).toContain('data-wp-fragment="/pflanzen/rose"');
    expect(existsSync(join(outDir, 'garten/2024/beet.html'))).toBe(true);
    expect(existsSync(join(outDir, fragmentDataPath('/garten/2024/beet')))).toBe(true);
    expect(existsSync(join(outDir, 'pflanzen/:name.html'))).toBe(false);
    expect(problems).toEqual([
      {file: 'pflanzen/rose.md', field: 'Link', message: 'Defekter Link auf /pflanzen/distel: diese Seite gibt es nicht. Pflanzen heißen /pflanzen/<name>.'},
      {file: 'build/ueber', field: 'Link', message: 'Defekter Link auf /pflanzen/kaktus: diese Seite gibt es nicht. Pflanzen heißen /pflanzen/<name>.'},
    ]);
    expect(fragmentSitemapPaths(pages.handOver().fragmentKinds)).toEqual(['/pflanzen/rose', '/garten/2024/beet']);
    expect(fragmentSitemapPaths(pages.handOver().fragmentKinds, '/wp/')).toEqual(['/wp/pflanzen/rose', '/wp/garten/2024/beet']);
    // Nothing is written beside the generated files for other plugins to read.
    expect(existsSync(join(generatedFilesDir, 'wissensplattform-fragment-pages'))).toBe(false);
  });

  it("checks links to another kind in its own pages, with that kind’s hint", async () => {
    const {siteDir, generatedFilesDir, publicDir, outDir} = site();
    const other = fragmentPages({siteDir, generatedFilesDir, baseUrl: '/'}, publicDir, {...KIND, name: 'Tiere', routes: [{pattern: '/tiere/:name'}], linkHint: 'Tiere heißen /tiere/<name>.'});
    other.register({sitemap: [], existing: ['/tiere/igel']});
    const pages = fragmentPages({siteDir, generatedFilesDir, baseUrl: '/'}, publicDir, KIND);
    pages.register({sitemap: [], existing: []});
    mkdirSync(join(outDir, 'pflanzen'), {recursive: true});
    writeFileSync(join(outDir, 'pflanzen/:name.html'), SHELL);
    mkdirSync(join(outDir, 'garten'), {recursive: true});
    writeFileSync(join(outDir, 'garten/:jahr.html'), SHELL);
    const problems = await pages.writeBuild({outDir, routesPaths: [], fragments: [page('/pflanzen/rose', '<a href="/tiere/igel">i</a><a href="/tiere/wolf">w</a>')], assets: [], kinds: [...pages.handOver().fragmentKinds, ...other.handOver().fragmentKinds]});
    expect(problems.map((problem) => problem.message)).toEqual(['Defekter Link auf /tiere/wolf: diese Seite gibt es nicht. Tiere heißen /tiere/<name>.']);
  });

  it('stops when a page fits none of its routes', async () => {
    const {siteDir, generatedFilesDir, publicDir, outDir} = site();
    const pages = fragmentPages({siteDir, generatedFilesDir, baseUrl: '/'}, publicDir, {...KIND, routes: [{pattern: '/pflanzen/:name'}]});
    mkdirSync(join(outDir, 'pflanzen'), {recursive: true});
    writeFileSync(join(outDir, 'pflanzen/:name.html'), SHELL);
    await expect(pages.writeBuild({outDir, routesPaths: [], fragments: [page('/tiere/igel')], assets: [], kinds: []})).rejects.toThrow(/Pflanzen: Die Seite \/tiere\/igel passt zu keiner Route/);
  });
});
