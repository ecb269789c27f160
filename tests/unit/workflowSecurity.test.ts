/**
 * GitHub workflows: no `${{ … }}` expression inside a `run:` script (the
 * script-injection hole: an issue title or branch name would become shell
 * code), least-privilege permissions, and the issue → pull request workflow
 * starts only on a maintainer's label and runs the tested converter.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {load} from 'js-yaml';
import {describe, expect, it} from 'vitest';
import {ACCEPT_LABEL} from '../../scripts/lib/issueForms';
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
  .map((name) => ({name, workflow: load(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow}));

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
    const unsafe = load('on: {issues: {}}\njobs:\n  a:\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n') as Workflow;
    expect(expressionsInRun('unsafe.yml', unsafe)).toEqual(['unsafe.yml › a › echo "${{ github.event.issue.title }}"']);
  });

  it.each(workflows)('$name: no ${{ … }} inside a run: script (values go through env:)', ({name, workflow}) => {
    expect(expressionsInRun(name, workflow)).toEqual([]);
  });

  it.each(workflows)('$name: sets permissions at the top, and no job asks for more than write', ({workflow}) => {
    expect(workflow.permissions).toBeDefined();
    expect(workflow.permissions).not.toBe('write-all');
    for (const job of Object.values(workflow.jobs)) expect(job.permissions ?? {}).not.toBe('write-all');
  });

  it.each(workflows)('$name: never checks out the code of a pull request from a fork with secrets (pull_request_target)', ({workflow}) => {
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
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
