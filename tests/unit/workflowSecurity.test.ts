/**
 * GitHub workflows: no `${{ … }}` expression inside a `run:` script (the
 * script-injection hole: an issue title or branch name would become shell
 * code), least-privilege permissions, and the issue → pull request workflow
 * starts only on a maintainer's label and runs the tested converter; a
 * fork's preview is published only with a maintainer's label for its commit,
 * and the deploy seals every preview (issue #37).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {validateWorkflow} from '@action-validator/core';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {ACCEPT_LABEL} from '../../scripts/lib/issueForms';
import {APPROVAL_CONTEXT, APPROVAL_LABEL} from '../../scripts/lib/previewApproval';
import {ROOT} from '../../scripts/lib/siteCopy';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, {if?: string; permissions?: Record<string, string>; steps?: Step[]}>;
}

const WORKFLOWS = join(ROOT, '.github/workflows');
const workflows = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({name, workflow: parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow}));

/** Every `run:` script that contains an expression, as »file › job › step«. */
function expressionsInRun(name: string, workflow: Workflow): string[] {
  return Object.entries(workflow.jobs).flatMap(([job, {steps = []}]) =>
    steps.filter((step) => typeof step.run === 'string' && step.run.includes('${{')).map((step) => `${name} › ${job} › ${step.name ?? step.run!}`),
  );
}

describe('workflow security', () => {
  it('finds the workflows', () => {
    expect(workflows.map(({name}) => name)).toContain('praxis-aus-issue.yml');
  });

  it('the check catches an expression in a run script', () => {
    const unsafe = parse('on: {issues: {}}\njobs:\n  a:\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n') as Workflow;
    expect(expressionsInRun('unsafe.yml', unsafe)).toEqual(['unsafe.yml › a › echo "${{ github.event.issue.title }}"']);
  });

  it('the schema check catches a misspelt key', () => {
    expect(validateWorkflow('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        wiht: {ref: main}\n').errors).not.toEqual([]);
  });

  it.each(workflows)('$name: is a valid workflow (GitHub\'s schema, @action-validator/core)', ({name}) => {
    expect(validateWorkflow(readFileSync(join(WORKFLOWS, name), 'utf8')).errors).toEqual([]);
  });

  it.each(workflows)('$name: no ${{ … }} inside a run: script (values go through env:)', ({name, workflow}) => {
    expect(expressionsInRun(name, workflow)).toEqual([]);
  });

  it.each(workflows)('$name: sets permissions at the top, and no job asks for more than write', ({workflow}) => {
    expect(workflow.permissions).toBeDefined();
    expect(workflow.permissions).not.toBe('write-all');
    for (const job of Object.values(workflow.jobs)) expect(job.permissions ?? {}).not.toBe('write-all');
  });

  // pull_request_target and workflow_run run with write access, also for pull requests from forks: they may read a
  // pull request's files, but never run them.
  const privileged = workflows.filter(({workflow}) => Object.keys(workflow.on).some((event) => event === 'pull_request_target' || event === 'workflow_run'));

  it('the privileged workflows are the preview publishing, its approval and removal', () => {
    expect(privileged.map(({name}) => name).sort()).toEqual(['vorschau-entfernen.yml', 'vorschau-freigabe.yml', 'vorschau-veroeffentlichen.yml']);
  });

  it.each(privileged)('$name: checks out the default branch to run, and a pull request only as data (no credentials, own folder)', ({workflow}) => {
    for (const job of Object.values(workflow.jobs)) {
      const steps = job.steps ?? [];
      const checkouts = steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
      const foreign = checkouts.filter((step) => step.with?.ref !== '${{ github.event.repository.default_branch }}');
      for (const step of foreign) {
        expect(step.with?.['persist-credentials']).toBe(false);
        expect(step.with?.path).toBe('pr');
      }
      // Nothing runs inside that folder; it is read by the default branch's own script.
      const scripts = steps.filter((step) => typeof step.run === 'string').map((step) => step.run!);
      expect(scripts.filter((script) => /(^|\s)(cd|pushd)\s+pr\b|--prefix\s+pr\b|\bpr\/(node_modules|scripts|package\.json)|(bash|sh|node|tsx|npx)\s+pr\//.test(script))).toEqual([]);
      // Dependencies are installed before the pull request's files arrive, from the default branch's lockfile.
      const install = steps.findIndex((step) => step.run?.startsWith('npm ci'));
      if (foreign.length > 0) expect(install).toBeLessThan(steps.indexOf(foreign[0]!));
    }
  });

  it('the preview build runs the pull request without secrets and with read access only', () => {
    const {workflow} = workflows.find(({name}) => name === 'vorschau.yml')!;
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({contents: 'read', pages: 'read'});
    expect(readFileSync(join(WORKFLOWS, 'vorschau.yml'), 'utf8')).not.toMatch(/secrets\./);
  });

  it('the preview comment comes from the tested script', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts;
    expect(scripts['preview:links']).toBe('tsx scripts/preview-links.ts');
    const {workflow} = workflows.find(({name}) => name === 'vorschau-veroeffentlichen.yml')!;
    expect(Object.values(workflow.jobs)[0]!.steps!.some((step) => step.run?.startsWith('npm run preview:links -- --files'))).toBe(true);
  });

  describe('previews from forks (issue #37)', () => {
    const publishing = workflows.find(({name}) => name === 'vorschau-veroeffentlichen.yml')!.workflow;
    const steps = Object.values(publishing.jobs)[0]!.steps!;
    const approval = steps.findIndex((step) => step.run?.includes('npm run preview:approval -- --pr'));
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts;

    it('publishing asks the tested decision (scripts/lib/previewApproval.ts) before anything is published', () => {
      expect(scripts['preview:approval']).toBe('tsx scripts/preview-approval.ts');
      expect(approval).toBeGreaterThan(-1);
      const publishes = steps.filter((step) => step.uses?.startsWith('JamesIves/github-pages-deploy-action@') || step.run?.startsWith('gh workflow run deploy.yml'));
      expect(publishes).toHaveLength(2);
      for (const step of publishes) {
        expect(steps.indexOf(step)).toBeGreaterThan(approval);
        // Only when the decision said so: its step »files« runs only on `publish == 'true'`.
        expect((step as Step & {if?: string}).if).toBe("steps.files.outputs.current == 'true'");
      }
      const files = steps.find((step) => (step as Step & {id?: string}).id === 'files') as Step & {if?: string};
      expect(files.if).toBe("steps.approval.outputs.publish == 'true'");
    });

    const approvalWorkflow = workflows.find(({name}) => name === 'vorschau-freigabe.yml')!.workflow;
    const text = readFileSync(join(WORKFLOWS, 'vorschau-freigabe.yml'), 'utf8');

    it('the label records the approval on the pull request\'s commit of that moment, and only there', () => {
      expect(approvalWorkflow.on).toEqual({pull_request_target: {types: ['labeled']}});
      const approve = approvalWorkflow.jobs.approve!;
      expect(approve.if).toBe(`github.event.label.name == '${APPROVAL_LABEL}'`);
      expect(approve.permissions).toEqual({statuses: 'write', 'pull-requests': 'write', actions: 'write'});
      const record = approve.steps!.find((step) => step.run?.includes('/statuses/$HEAD_SHA'))!;
      expect(record.run).toContain(`context=${APPROVAL_CONTEXT}`);
      expect((record as Step & {env?: Record<string, string>}).env?.HEAD_SHA).toBe('${{ github.event.pull_request.head.sha }}');
      // The label is taken away again, so that a later commit can be approved with it.
      expect(approve.steps!.some((step) => step.run?.includes(`labels/${APPROVAL_LABEL}"`))).toBe(true);
      // Publishing reads the statuses of the built commit for the decision.
      expect(steps[approval]!.run).toContain('commits/$HEAD_SHA/statuses');
    });

    it('nothing of the pull request is checked out or run by the approval; it starts publishing by name', () => {
      expect(text).not.toMatch(/actions\/checkout|npm |node |npx /);
      // A run this workflow's token starts would start no workflow after it; a dispatch does.
      expect(approvalWorkflow.jobs.approve!.steps!.some((step) => step.run?.includes('gh workflow run vorschau-veroeffentlichen.yml') && step.run.includes('-f run_id="$run"'))).toBe(true);
      expect(publishing.on).toMatchObject({workflow_dispatch: {inputs: {run_id: {required: true}}}});
      // Whichever way it starts, publishing takes only a successful preview build of a pull request.
      const check = steps.find((step) => (step as Step & {id?: string}).id === 'run')!;
      expect(check.run).toContain('.path == ".github/workflows/vorschau.yml" and .event == "pull_request" and .conclusion == "success"');
      expect(readFileSync(join(WORKFLOWS, 'vorschau-veroeffentlichen.yml'), 'utf8')).not.toMatch(/workflow_run\.(head_sha|head_repository)/);
    });

    it('the production deploy seals the previews (scripts/lib/previewSeal.ts) after adding them and before publishing', () => {
      expect(scripts['preview:seal']).toBe('tsx scripts/preview-seal.ts');
      const deploy = workflows.find(({name}) => name === 'deploy.yml')!.workflow;
      const build = deploy.jobs.build!.steps!;
      const added = build.findIndex((step) => step.run?.includes('tar -x -C build/vorschau'));
      const sealed = build.findIndex((step) => step.run?.startsWith('npm run preview:seal -- --build build'));
      const uploaded = build.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
      expect(added).toBeGreaterThan(-1);
      expect(sealed).toBeGreaterThan(added);
      expect(uploaded).toBeGreaterThan(sealed);
    });
  });

  describe('praxis-aus-issue.yml', () => {
    const {workflow} = workflows.find(({name}) => name === 'praxis-aus-issue.yml')!;
    const [job] = Object.values(workflow.jobs);

    it('has no permissions by default; its one job may write contents, pull requests and issues only', () => {
      expect(workflow.permissions).toEqual({});
      expect(job!.permissions).toEqual({contents: 'write', 'pull-requests': 'write', issues: 'write'});
    });

    it('starts only when the label »übernehmen« is added, or on an edit of an issue that already has it', () => {
      expect(workflow.on).toEqual({issues: {types: ['labeled', 'edited']}});
      expect(job!.if).toContain(`github.event.label.name == '${ACCEPT_LABEL}'`);
      expect(job!.if).toContain(`contains(github.event.issue.labels.*.name, '${ACCEPT_LABEL}')`);
    });

    it('runs the converter that the tests cover, from the event file', () => {
      const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts;
      expect(scripts['issue:practice']).toBe('tsx scripts/issue-practice.ts');
      expect(job!.steps!.some((step) => step.run === 'npm run issue:practice -- --event "$GITHUB_EVENT_PATH" --out "$RUNNER_TEMP/praxis"')).toBe(true);
    });
  });
});
