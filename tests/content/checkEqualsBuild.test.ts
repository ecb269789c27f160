/**
 * What the content check accepts, the build accepts, and the reverse (issue
 * #33), over every fixture of the Markdown set: the guide's examples (which the
 * conformance suite builds, tests/build/markdownConformance.test.ts) and the
 * constructs of Docusaurus' Markdown documentation that a practice, a news post
 * or an event cannot show. Each is checked as `npm run check:content` checks a
 * file and rendered as the build renders it, as each fragment kind: the problems
 * are the same, message for message and line for line. As a doc page, each is
 * compiled with the docs plugin's own MDX loader: it stops exactly where the
 * check names a problem, with the check's German message.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {fragmentBodyProblems, linkTargetsOfFiles} from '../../src/content/checkAll';
import {checkMarkdownFile, readMarkdownFiles, routeOf, type MarkdownFile, type RuleContext} from '../../src/content/markdownRules';
import {formatProblem} from '../../src/content/problems';
import {renderBody} from '../../src/markdown/render';
import type {FragmentKind} from '../../src/markdown/preset';
import {compileErrors} from '../support/compileDocPages';
import {tempDir} from '../support/tempDir';
import {GUIDE_EXAMPLES} from '../build/fixture/site';

/** Constructs from Docusaurus' Markdown pages that only a doc page may hold, and mistakes any page may make. */
const REJECTED: Record<string, string> = {
  'an MDX import in a .md file': "import Tabs from '@theme/Tabs';\n\nText.",
  'a component': '<Tabs>\n<TabItem value="apfel" label="Apfel">\n\nEin Apfel.\n\n</TabItem>\n</Tabs>',
  'a frame': '<iframe src="https://example.org/karte" title="Karte"></iframe>',
  'a script': '<script>alert(1)</script>',
  'an event handler': 'Text <span onclick="alert(1)">hier</span>.',
  'a language code that does not exist': 'Sie sagte: <span lang="englisch">Hello</span>.',
  'a version-2 admonition title': ':::tip Gut zu wissen\n\nText.\n\n:::',
  'nested version-2 titles': ':::::info Außen\nText.\n::::tip Innen\nMehr.\n::::\n:::::',
  'an unknown admonition': ':::tipp\n\nText.\n\n:::',
  'an unclosed admonition': 'Text.\n\n:::warning\n\nRest.',
  'a closing line without an opening one': 'Text.\n\n::::',
  'a link to a Markdown file that does not exist': '[Weg](./fehlt.md)',
  'a link that would run code': '[Klick](javascript:alert(1))',
  'an image that would run code': '![Bild](<data:text/html;base64,PHNjcmlwdD4=>)',
  'markup a browser reads as an event handler': '<div>\n<span/onmouseover=alert(1)>x</span>\n</div>',
  'a link to a practice by its file, from a doc page': '[Lesetandems](/gute-praxis/lesetandems-an-grundschulen.md)',
  'a link to a draft': '[Entwurf](/programm/entwurf.md)',
};
/** Of these, what a doc page may hold (Docusaurus compiles it as the check accepts it). */
const DOC_PAGE_MAY = new Set(['an MDX import in a .md file', 'a component', 'a frame', 'a script', 'an event handler', 'markup a browser reads as an event handler']);
/** Of these, what only a doc page may not hold (a practice, post or event links every file of the site). */
const FRAGMENTS_MAY = new Set(['a link to a practice by its file, from a doc page']);

const FILES: Record<FragmentKind, string> = {practice: 'docs/gute-praxis/probe.md', news: 'blog/2020-01-01-probe.md', event: 'termine/probe.md'};
const ACCEPTED = GUIDE_EXAMPLES.join('\n\n');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>';

// The repository's pages as link targets, and a site folder with the guide's image beside each kind's file.
const ROOT = resolve(__dirname, '../..');
const pages = readMarkdownFiles(ROOT);
const site = tempDir('wp-check-build-');
for (const file of Object.values(FILES)) {
  mkdirSync(join(site, dirname(file)), {recursive: true});
  writeFileSync(join(site, dirname(file), 'beispielbild.svg'), SVG);
}
// A draft beside them: Docusaurus leaves it out of a production build, so a link to it stops the build.
const DRAFT: MarkdownFile = {file: 'docs/programm/entwurf.md', route: '/programm/entwurf', frontMatter: {title: 'Entwurf', draft: true}, body: 'Text.', bodyLine: 5};
const context: RuleContext = {
  siteDir: site,
  routes: new Set(pages.map((page) => page.route)),
  links: linkTargetsOfFiles([...pages, DRAFT]),
  largeFiles: new Set(),
};
const BODY_LINE = 6;
const markdownFile = (file: string, body: string): MarkdownFile => ({file, route: routeOf(file, {}), frontMatter: {title: 'Probe'}, body, bodyLine: BODY_LINE});

/** What `npm run check:content` says about the file: its errors (warnings stop nothing). */
function checked(file: MarkdownFile): string[] {
  return [...fragmentBodyProblems([file], context.links), ...checkMarkdownFile(file, context)].filter((problem) => problem.severity !== 'warning').map(formatProblem).sort();
}

/** What the build's renderer stops on. */
function built(kind: FragmentKind, file: MarkdownFile): string[] {
  return renderBody(file.body, {file: file.file, bodyLine: file.bodyLine, mdx: false, kind, links: context.links, siteDir: site}).problems.map(formatProblem).sort();
}

describe('the content check and the build agree on every Markdown fixture', () => {
  it.each(Object.keys(FILES) as FragmentKind[])('as a %s: the guide\'s examples pass both', (kind) => {
    const file = markdownFile(FILES[kind], ACCEPTED);
    expect(checked(file)).toEqual([]);
    expect(built(kind, file)).toEqual([]);
  });

  it.each((Object.keys(FILES) as FragmentKind[]).flatMap((kind) => Object.keys(REJECTED).map((name) => [kind, name] as const)))('as a %s: %s – the check and the build say the same', (kind, name) => {
    const file = markdownFile(FILES[kind], REJECTED[name]!);
    const fromCheck = checked(file);
    if (FRAGMENTS_MAY.has(name)) expect(fromCheck).toEqual([]);
    else expect(fromCheck.length).toBeGreaterThan(0);
    expect(built(kind, file)).toEqual(fromCheck);
    for (const message of fromCheck) expect(message).toMatch(new RegExp(`^${FILES[kind]}:\\d+`));
  });

  it('as doc pages: the compilation stops exactly where the check names a problem, with its message', {timeout: 120_000}, async () => {
    const files = Object.fromEntries([['docs/mitmachen/probe-beispiele.md', ACCEPTED], ...Object.keys(REJECTED).map((name, index) => [`docs/mitmachen/probe-${index}.md`, REJECTED[name]!])].map(([path, body]) => [path!, `---\ntitle: Probe\n---\n\n\n${body}\n`]));
    files['docs/mitmachen/beispielbild.svg'] = SVG;
    const errors = await compileErrors(files, Object.keys(files).filter((path) => path.endsWith('.md')));
    const docContext = {...context, siteDir: site};
    mkdirSync(join(site, 'docs/mitmachen'), {recursive: true});
    writeFileSync(join(site, 'docs/mitmachen/beispielbild.svg'), SVG);
    const names = ['(the guide)', ...Object.keys(REJECTED)];
    const outcomes = Object.keys(files).filter((path) => path.endsWith('.md')).map((path, index) => {
      const problems = checkMarkdownFile(markdownFile(path, files[path]!.split('\n').slice(BODY_LINE - 1).join('\n')), docContext).filter((problem) => problem.severity !== 'warning');
      const error = errors[path];
      return {name: names[index], checked: problems.length > 0, built: error !== undefined, sameMessages: problems.every((problem) => error?.includes(problem.message) && error.includes(`${path}:${problem.line}`))};
    });
    expect(outcomes).toEqual(names.map((name) => {
      const stops = name !== '(the guide)' && !DOC_PAGE_MAY.has(name);
      return {name, checked: stops, built: stops, sameMessages: true};
    }));
  });
});
