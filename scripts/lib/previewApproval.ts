/**
 * Whether a pull request's preview may be published on the site's own
 * address (issue #37). A preview is built from the pull request's own code
 * (docusaurus.config.ts, MDX components, the JavaScript bundle), so a preview
 * from a fork would put a stranger's code on the BBE's address. It is
 * published only when:
 * - the pull request comes from a branch of the repository itself, or
 * - a maintainer has given the label »vorschau-freigeben« for its current
 *   commit: the workflow vorschau-freigabe.yml removes the label again on
 *   every new push, so each new commit needs the word again.
 */

/** The label a maintainer gives a fork's pull request to publish its preview. */
export const APPROVAL_LABEL = 'vorschau-freigeben';

/** What the decision reads of a pull request (GitHub's REST answer for /pulls/N). */
export interface PullRequestFacts {
  head: {sha: string; repo: {full_name: string} | null};
  base: {repo: {full_name: string}};
  labels: {name: string}[];
}

export interface Approval {
  publish: boolean;
  /** The pull request comes from a fork (or from a fork deleted since). */
  fork: boolean;
  /** Why, in German, for the workflow's log and the comment on the pull request. */
  reason: string;
}

export function previewApproval(pr: PullRequestFacts, builtSha: string): Approval {
  // A deleted fork has no repository any more: treated as a fork.
  const fork = pr.head.repo?.full_name !== pr.base.repo.full_name;
  if (pr.head.sha !== builtSha) return {publish: false, fork, reason: 'Der Pull Request steht inzwischen auf einem neueren Commit; dessen Vorschau folgt.'};
  if (!fork) return {publish: true, fork, reason: 'Pull Request aus einem Branch dieses Repositorys: Die Vorschau wird veröffentlicht.'};
  if (pr.labels.some((label) => label.name === APPROVAL_LABEL)) {
    return {publish: true, fork, reason: `Pull Request aus einem Fork, für diesen Commit freigegeben (Label »${APPROVAL_LABEL}«): Die Vorschau wird veröffentlicht.`};
  }
  return {
    publish: false,
    fork,
    reason: `Pull Request aus einem Fork: Die Vorschau wird erst veröffentlicht, wenn eine Maintainerin oder ein Maintainer den Code geprüft und das Label »${APPROVAL_LABEL}« gesetzt hat. Jeder neue Commit braucht die Freigabe neu.`,
  };
}
