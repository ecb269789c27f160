/**
 * A content problem that an editor can act on: which file, where, which field,
 * what is wrong and what would be valid. All checks collect problems instead
 * of stopping at the first one.
 */
export interface Problem {
  /** Path relative to the site root, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  /** Dotted field path, e.g. `contact.email` or `topics[1]`. */
  field?: string;
  /** German sentence(s): the wrong value and what is valid. */
  message: string;
  /** Warnings (e.g. placeholders for operator data) fail only with `--strict`. Default: error. */
  severity?: 'error' | 'warning';
}

export const isWarning = (problem: Problem): boolean => problem.severity === 'warning';

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line !== undefined ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where} – ${isWarning(problem) ? 'Warnung – ' : ''}${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** `%`, CR and LF must be escaped in GitHub workflow commands. */
const escapeData = (value: string): string => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: string): string => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub Actions annotation, shown inline in the pull request. */
export function formatGithubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  const kind = isWarning(problem) ? 'Hinweis' : 'Inhaltsfehler';
  properties.push(`title=${escapeProperty(problem.field ? `${kind} in ${problem.field}` : kind)}`);
  return `::${isWarning(problem) ? 'warning' : 'error'} ${properties.join(',')}::${escapeData(problem.message)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Thrown by the build when content is invalid; the message lists every problem. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    const count = problems.length;
    super(
      `${count === 1 ? 'Ein Inhaltsfehler' : `${count} Inhaltsfehler`} – bitte korrigieren:\n\n` +
        sortProblems(problems).map((problem) => `  ${formatProblem(problem)}`).join('\n') +
        '\n\nPrüfen ohne Build: npm run check:content',
    );
    this.name = 'ContentError';
  }
}
