/**
 * Whether a pull request's preview may be published on the site's own
 * address (issue #37). A preview is built from the pull request's own code
 * (docusaurus.config.ts, MDX components, the JavaScript bundle, the build
 * workflow), so a preview from a fork would put a stranger's code on the BBE's
 * address. It is published only when:
 * - the pull request comes from a branch of the repository itself, or
 * - a maintainer has approved the very commit that was built: setting the
 *   label »vorschau-freigeben« makes vorschau-freigabe.yml record a commit
 *   status »vorschau-freigabe« on the pull request's commit of that moment
 *   (only this repository's workflows can write statuses here). A new commit
 *   has no such status, so every commit needs the word anew.
 */

/** The label a maintainer sets on a fork's pull request to approve its current commit. */
export const APPROVAL_LABEL = 'vorschau-freigeben';
/** The commit status that records the approval. */
export const APPROVAL_CONTEXT = 'vorschau-freigabe';
/** Who writes that status: the repository's own workflows. */
export const APPROVAL_CREATOR = 'github-actions[bot]';

/** What the decision reads of a pull request (GitHub's REST answer for /pulls/N). */
export interface PullRequestFacts {
  head: {sha: string; repo: {full_name: string} | null};
  base: {repo: {full_name: string}};
}

/** A commit status (GitHub's REST answer for /commits/SHA/statuses). */
export interface CommitStatus {
  context: string;
  state: string;
  creator: {login: string} | null;
}

export interface Approval {
  publish: boolean;
  /** The pull request comes from a fork (or from a fork deleted since). */
  fork: boolean;
  /** A fork's newest commit waits for a maintainer's approval (worth a comment on the pull request). */
  waiting: boolean;
  /** Why, in German, for the workflow's log and the comment on the pull request. */
  reason: string;
}

export function previewApproval(pr: PullRequestFacts, builtSha: string, statuses: readonly CommitStatus[]): Approval {
  // A deleted fork has no repository any more: treated as a fork.
  const fork = pr.head.repo?.full_name !== pr.base.repo.full_name;
  if (pr.head.sha !== builtSha) return {publish: false, fork, waiting: false, reason: 'Der Pull Request steht inzwischen auf einem neueren Commit; dessen Vorschau folgt.'};
  if (!fork) return {publish: true, fork, waiting: false, reason: 'Pull Request aus einem Branch dieses Repositorys: Die Vorschau wird veröffentlicht.'};
  const approved = statuses.some((status) => status.context === APPROVAL_CONTEXT && status.state === 'success' && status.creator?.login === APPROVAL_CREATOR);
  if (approved) return {publish: true, fork, waiting: false, reason: `Pull Request aus einem Fork, Commit ${builtSha.slice(0, 7)} freigegeben: Die Vorschau wird veröffentlicht.`};
  return {
    publish: false,
    fork,
    waiting: true,
    reason: `Pull Request aus einem Fork: Die Vorschau von Commit ${builtSha.slice(0, 7)} wird erst veröffentlicht, wenn eine Maintainerin oder ein Maintainer die Änderungen gelesen und das Label »${APPROVAL_LABEL}« gesetzt hat. Jeder neue Commit braucht die Freigabe neu.`,
  };
}
