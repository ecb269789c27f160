/**
 * The repository the site's content lives in, from the environment variable
 * `REPO_URL` (e.g. https://github.com/org/wissensplattform; the branch from
 * `REPO_BRANCH`, default main). Every link for contributors follows from it:
 * »Diese Seite bearbeiten« and the issue forms in .github/ISSUE_TEMPLATE/.
 * `EDIT_URL` still sets the edit links alone, for a repository elsewhere.
 * Public addresses only: the result is handed to the browser.
 */
export interface RepositoryLinks {
  /** e.g. https://github.com/org/wissensplattform */
  url: string;
  /** Base of the edit links, ending in a slash; a file's path is appended. */
  editUrl: string;
  /** The form »Praxisbeispiel vorschlagen« (.github/ISSUE_TEMPLATE/praxisbeispiel.yml). */
  practiceForm: string;
  /** The form »Fehler melden« (.github/ISSUE_TEMPLATE/fehler.yml). */
  bugForm: string;
  /** The list of all forms. */
  newIssue: string;
}

export interface RepositoryConfig {
  /** Undefined: the site is not linked to a repository (no edit links, no form links). */
  repository?: RepositoryLinks;
  /** Base of the edit links: from EDIT_URL, else from REPO_URL. */
  editUrl?: string;
}

const value = (text: string | undefined): string | undefined => (text?.trim() ? text.trim() : undefined);

function parseRepositoryUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`REPO_URL: »${text}« ist keine gültige Adresse. Erwartet wird z. B. https://github.com/<organisation>/<repository>.`);
  }
  if (url.protocol !== 'https:') throw new Error(`REPO_URL: »${text}« muss mit https:// beginnen.`);
  const parts = url.pathname.replace(/\.git$/, '').split('/').filter(Boolean);
  if (parts.length !== 2 || url.search || url.hash) {
    throw new Error(`REPO_URL: »${text}« muss genau auf ein Repository zeigen, z. B. https://github.com/<organisation>/<repository> (ohne weiteren Pfad).`);
  }
  return `${url.origin}/${parts.join('/')}`;
}

function parseEditUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`EDIT_URL: »${text}« ist keine gültige Adresse. Erwartet wird z. B. https://github.com/<organisation>/<repository>/edit/main/.`);
  }
  if (url.protocol !== 'https:') throw new Error(`EDIT_URL: »${text}« muss mit https:// beginnen.`);
  return text.endsWith('/') ? text : `${text}/`;
}

export function resolveRepository(env: Record<string, string | undefined>): RepositoryConfig {
  const repoUrl = value(env.REPO_URL);
  const branch = value(env.REPO_BRANCH) ?? 'main';
  if (!/^[\w./-]+$/.test(branch)) throw new Error(`REPO_BRANCH: »${branch}« ist kein gültiger Branch-Name, z. B. main.`);
  const editOverride = value(env.EDIT_URL);
  const repository: RepositoryLinks | undefined = repoUrl
    ? (() => {
        const url = parseRepositoryUrl(repoUrl);
        return {
          url,
          editUrl: `${url}/edit/${branch}/`,
          practiceForm: `${url}/issues/new?template=praxisbeispiel.yml`,
          bugForm: `${url}/issues/new?template=fehler.yml`,
          newIssue: `${url}/issues/new/choose`,
        };
      })()
    : undefined;
  const editUrl = editOverride ? parseEditUrl(editOverride) : repository?.editUrl;
  return {...(repository ? {repository} : {}), ...(editUrl ? {editUrl} : {})};
}
