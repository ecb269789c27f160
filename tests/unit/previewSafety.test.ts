/**
 * Pull-request previews on the site's own address (issue #37): a fork's
 * preview is published only with a maintainer's word for its commit, and the
 * production deploy marks every preview as such whatever the pull request's
 * own config says (noindex, a visible notice, no sitemap, robots.txt).
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'parse5';
import {describe, expect, it} from 'vitest';
import {APPROVAL_CONTEXT, APPROVAL_CREATOR, APPROVAL_LABEL, previewApproval, type CommitStatus, type PullRequestFacts} from '../../scripts/lib/previewApproval';
import {livePath, robotsWithoutPreviews, sealPreviews} from '../../scripts/lib/previewSeal';
import {tempDir} from '../support/tempDir';

const SHA = 'a'.repeat(40);
const pr = (head: string | null, sha = SHA): PullRequestFacts => ({head: {sha, repo: head === null ? null : {full_name: head}}, base: {repo: {full_name: 'bbe/wissensplattform'}}});
const APPROVED: CommitStatus = {context: APPROVAL_CONTEXT, state: 'success', creator: {login: APPROVAL_CREATOR}};

describe('publishing a preview', () => {
  it('publishes a pull request from a branch of the repository itself', () => {
    expect(previewApproval(pr('bbe/wissensplattform'), SHA, [])).toMatchObject({publish: true, fork: false, waiting: false});
  });

  it('publishes nothing of a fork without the maintainer\'s word for the commit, and says what is needed', () => {
    const approval = previewApproval(pr('fremd/wissensplattform'), SHA, [{context: 'ci', state: 'success', creator: {login: APPROVAL_CREATOR}}]);
    expect(approval).toMatchObject({publish: false, fork: true, waiting: true});
    expect(approval.reason).toContain(`das Label »${APPROVAL_LABEL}« gesetzt hat`);
  });

  it('publishes a fork\'s preview with the approval recorded on the commit that was built', () => {
    expect(previewApproval(pr('fremd/wissensplattform'), SHA, [APPROVED])).toMatchObject({publish: true, fork: true});
  });

  it('a new push withdraws the word: the newer commit was not approved, the older one is not the newest', () => {
    // The build of the older, approved commit finishes after the push: not published.
    expect(previewApproval(pr('fremd/wissensplattform', 'b'.repeat(40)), SHA, [APPROVED])).toMatchObject({publish: false, waiting: false});
    // The build of the newer commit: its own statuses hold no approval.
    expect(previewApproval(pr('fremd/wissensplattform', 'b'.repeat(40)), 'b'.repeat(40), [])).toMatchObject({publish: false, waiting: true});
  });

  it('counts only the approval this repository\'s workflow wrote, and only a success', () => {
    expect(previewApproval(pr('fremd/wissensplattform'), SHA, [{...APPROVED, creator: {login: 'fremd'}}])).toMatchObject({publish: false});
    expect(previewApproval(pr('fremd/wissensplattform'), SHA, [{...APPROVED, state: 'pending'}])).toMatchObject({publish: false});
  });

  it('treats a pull request whose fork was deleted as a fork', () => {
    expect(previewApproval(pr(null), SHA, [])).toMatchObject({publish: false, fork: true});
  });
});

describe('the deploy\'s seal on the previews', () => {
  // A preview whose own config removed noIndex (robots: index) and that brings its own sitemap and robots.txt.
  const build = tempDir('wp-preview-seal-');
  const page = (title: string) =>
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="robots" content="index, follow"><title>${title}</title></head><body class="x"><div id="__docusaurus"><main>${title}</main></div></body></html>`;
  const files: Record<string, string> = {
    'index.html': page('Startseite'),
    'robots.txt': 'User-agent: *\nAllow: /\n',
    'vorschau/pr-7/index.html': page('Vorschau-Start'),
    'vorschau/pr-7/gute-praxis/lesetandems.html': page('Lesetandems'),
    'vorschau/pr-7/sitemap.xml': '<urlset/>',
    'vorschau/pr-7/robots.txt': 'User-agent: *\nAllow: /\n',
    'vorschau/fremd/index.html': page('Kein Pull Request'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(build, path, '..'), {recursive: true});
    writeFileSync(join(build, path), text);
  }
  const sealed = sealPreviews(build, '/wissensplattform/');

  /** The robots meta tags and the first element of <body>, read with an HTML parser. */
  function read(path: string): {robots: string[]; first: string; link: string | undefined} {
    type Node = {nodeName: string; tagName?: string; attrs?: {name: string; value: string}[]; childNodes?: Node[]; value?: string};
    const all: Node[] = [];
    const walk = (node: Node): void => {
      all.push(node);
      for (const child of node.childNodes ?? []) walk(child);
    };
    walk(parse(readFileSync(join(build, path), 'utf8')));
    const attr = (node: Node, name: string) => node.attrs?.find((entry) => entry.name === name)?.value;
    const body = all.find((node) => node.tagName === 'body')!;
    const first = body.childNodes!.find((node) => node.tagName)!;
    const text = (node: Node): string => (node.value ?? '') + (node.childNodes ?? []).map(text).join('');
    const link = (function find(node: Node): Node | undefined {
      if (node.tagName === 'a') return node;
      for (const child of node.childNodes ?? []) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    })(first);
    return {robots: all.filter((node) => node.tagName === 'meta' && attr(node, 'name') === 'robots').map((node) => attr(node, 'content') ?? ''), first: text(first), link: link && attr(link, 'href')};
  }

  it('makes every preview page noindex, whatever the preview\'s config said', () => {
    expect(sealed).toEqual({'pr-7': 2});
    for (const path of ['vorschau/pr-7/index.html', 'vorschau/pr-7/gute-praxis/lesetandems.html']) expect(read(path).robots).toEqual(['noindex, nofollow']);
    // The live site is not touched.
    expect(read('index.html').robots).toEqual(['index, follow']);
  });

  it('says first thing on each page that it is a preview of pull request N, with a link to the live page', () => {
    const seal = read('vorschau/pr-7/gute-praxis/lesetandems.html');
    expect(seal.first).toBe('Vorschau von Pull Request 7 – kein veröffentlichter Inhalt. Zur veröffentlichten Seite');
    expect(seal.link).toBe('/wissensplattform/gute-praxis/lesetandems');
    expect(read('vorschau/pr-7/index.html').link).toBe('/wissensplattform/');
    expect(livePath('programm/index.html', '/')).toBe('/programm');
  });

  it('publishes no preview sitemap or robots.txt, nothing that is not a preview, and keeps crawlers out of /vorschau/', () => {
    expect(existsSync(join(build, 'vorschau/pr-7/sitemap.xml'))).toBe(false);
    expect(existsSync(join(build, 'vorschau/pr-7/robots.txt'))).toBe(false);
    expect(existsSync(join(build, 'vorschau/fremd'))).toBe(false);
    expect(readFileSync(join(build, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nUser-agent: *\nDisallow: /wissensplattform/vorschau/\n');
    expect(robotsWithoutPreviews(undefined, '/')).toBe('User-agent: *\nDisallow: /vorschau/\n');
    // Sealing twice changes nothing more.
    expect(robotsWithoutPreviews(readFileSync(join(build, 'robots.txt'), 'utf8'), '/wissensplattform/')).toBe(readFileSync(join(build, 'robots.txt'), 'utf8'));
  });
});
