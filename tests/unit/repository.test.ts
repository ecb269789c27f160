/**
 * The files a contributor meets on GitHub: workflows with the expected jobs,
 * issue forms that match the content model, the pull-request checklist.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {loadCarriers, loadVocabularies} from '../../src/content/load';
import {PRACTICE_FORM_FILE, practiceIssueForm} from '../../scripts/lib/issueForms';

const root = resolve(__dirname, '../..');
const yaml = (path: string): Record<string, any> => parse(readFileSync(join(root, path), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed YAML is untyped; the assertions check its shape
const runs = (job: {steps: {run?: string; uses?: string}[]}): string[] => job.steps.map((step) => step.run ?? step.uses ?? '');

describe('workflows', () => {
  it('checks pull requests: content with annotations, types, tests and build, site as artifact', () => {
    const ci = yaml('.github/workflows/ci.yml');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(ci.permissions).toEqual({contents: 'read'});
    expect(runs(ci.jobs.content)).toContain('npm run check:content -- --format github');
    expect(runs(ci.jobs.typecheck)).toContain('npm run typecheck');
    expect(runs(ci.jobs.test)).toContain('bash .ci/run');
    const upload = ci.jobs.test.steps.find((step: {uses?: string}) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload.with).toMatchObject({name: 'website', path: 'build/'});
  });

  it('checks external links weekly and reports in an issue instead of failing', () => {
    const links = yaml('.github/workflows/links.yml');
    expect(links.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* \d$/);
    expect(links.permissions.issues).toBe('write');
    const steps = runs(links.jobs.links);
    expect(steps.some((step) => step.startsWith('lycheeverse/lychee-action@'))).toBe(true);
    expect(steps.some((step) => step.startsWith('peter-evans/create-issue-from-file@'))).toBe(true);
    expect(links.jobs.links.steps.find((step: {uses?: string}) => step.uses?.startsWith('lycheeverse')).with.fail).toBe(false);
  });

  it('publishes main to GitHub Pages', () => {
    const deploy = yaml('.github/workflows/deploy.yml');
    expect(deploy.on.push.branches).toEqual(['main']);
    expect(deploy.permissions).toMatchObject({pages: 'write', 'id-token': 'write'});
    expect(runs(deploy.jobs.build)).toEqual(expect.arrayContaining(['npm run build', 'actions/upload-pages-artifact@v3']));
    expect(runs(deploy.jobs.deploy)).toContain('actions/deploy-pages@v4');
    // With Algolia configured: the records go out after the build and before publishing, with the secret admin key.
    const steps = runs(deploy.jobs.build);
    const push = deploy.jobs.build.steps.find((step: {run?: string}) => step.run === 'npm run search:push');
    expect(push).toMatchObject({if: "vars.ALGOLIA_APP_ID != ''", env: {ALGOLIA_ADMIN_KEY: '${{ secrets.ALGOLIA_ADMIN_KEY }}'}});
    expect(steps.indexOf('npm run build')).toBeLessThan(steps.indexOf('npm run search:push'));
    expect(steps.indexOf('npm run search:push')).toBeLessThan(steps.indexOf('actions/upload-pages-artifact@v3'));
    expect(JSON.stringify(deploy.jobs.build.env)).not.toContain('ADMIN');
  });
});

describe('issue forms and templates', () => {
  it('»Praxisbeispiel vorschlagen« is generated from the current content model', () => {
    const {vocabularies} = loadVocabularies(root);
    const {carriers} = loadCarriers(root, vocabularies);
    expect(readFileSync(join(root, PRACTICE_FORM_FILE), 'utf8'), 'run npm run write:issue-forms').toBe(practiceIssueForm(vocabularies, carriers));
  });

  it.each(['.github/ISSUE_TEMPLATE/praxisbeispiel.yml', '.github/ISSUE_TEMPLATE/fehler.yml'])('%s is a valid issue form', (path) => {
    const form = yaml(path);
    expect(typeof form.name).toBe('string');
    expect(typeof form.description).toBe('string');
    const ids = form.body.filter((element: {id?: string}) => element.id).map((element: {id: string}) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of form.body) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(element.type);
      if (element.type !== 'markdown') expect(typeof element.attributes.label).toBe('string');
      if (element.type === 'dropdown' || element.type === 'checkboxes') expect(element.attributes.options.length).toBeGreaterThan(0);
    }
  });

  it('has a pull-request checklist, CONTRIBUTING and a CODEOWNERS example', () => {
    expect(readFileSync(join(root, '.github/PULL_REQUEST_TEMPLATE.md'), 'utf8')).toMatch(/- \[ \] `npm run check:content`/);
    expect(existsSync(join(root, 'CONTRIBUTING.md'))).toBe(true);
    expect(readFileSync(join(root, '.github/CODEOWNERS'), 'utf8')).toMatch(/^\/docs\/\s+@/m);
  });
});
