/**
 * Stops the build where a page would show Markdown as raw text (an unknown or
 * unclosed `:::` block, the version-2 admonition title, a heading id used
 * twice): the rules of src/content/directiveRules.ts, which
 * `npm run check:content` applies too. Runs before Docusaurus' own remark
 * plugins, while `:::` blocks are still directive nodes.
 */
import type {Plugin} from 'unified';
import type {Root} from 'mdast';
import {relative} from 'node:path';
import {directiveProblems} from '../content/directiveRules';

const remarkStrictMarkdown: Plugin<[], Root> = () => (tree, file) => {
  const problems = directiveProblems(tree, String(file.value));
  if (problems.length === 0) return;
  const name = file.path ? relative(file.cwd, file.path).split('\\').join('/') : 'Markdown';
  throw new Error(problems.map((problem) => `${name}:${problem.line}:${problem.column} – ${problem.field}: ${problem.message}`).join('\n'));
};

export default remarkStrictMarkdown;
