/**
 * Stops the build where a page would show Markdown as raw text (an unknown or
 * unclosed `:::` block, the version-2 admonition title, a heading id used
 * twice) or a link would run code (`javascript:`): the rules of
 * src/content/directiveRules.ts and src/content/safeUrl.ts, which
 * `npm run check:content` applies too. Runs before Docusaurus' own remark
 * plugins, while `:::` blocks are still directive nodes.
 */
import type {Plugin} from 'unified';
import type {Nodes, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {relative} from 'node:path';
import {directiveProblems, type DirectiveProblem} from '../content/directiveRules';
import {urlProblem} from '../content/safeUrl';
import {htmlLanguages, languageProblem} from '../content/language';
import type {} from 'mdast-util-mdx';

/**
 * Links and images whose address could run code (`javascript:`), and language codes that do not exist, as the
 * content check names them (safeUrl.ts, language.ts).
 */
function pageProblems(tree: Root): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  visit(tree, (node: Nodes) => {
    const unsafe = node.type === 'link' || node.type === 'definition' || node.type === 'image' ? urlProblem(node.type, node.url) : undefined;
    if (unsafe) problems.push({line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, ...unsafe});
    // A passage in another language: its code must exist (src/content/language.ts), in HTML and in MDX alike.
    const languages = node.type === 'html' ? htmlLanguages(node.value) : [];
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')) {
      for (const attribute of node.attributes) if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang' && typeof attribute.value === 'string') languages.push(attribute.value);
    }
    for (const lang of languages) {
      const message = languageProblem(lang);
      if (message) problems.push({line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, field: 'lang', message});
    }
  });
  return problems;
}

const remarkStrictMarkdown: Plugin<[], Root> = () => (tree, file) => {
  const problems = [...directiveProblems(tree, String(file.value)), ...pageProblems(tree)];
  if (problems.length === 0) return;
  const name = file.path ? relative(file.cwd, file.path).split('\\').join('/') : 'Markdown';
  throw new Error(problems.map((problem) => `${name}:${problem.line}:${problem.column} – ${problem.field}: ${problem.message}`).join('\n'));
};

export default remarkStrictMarkdown;
