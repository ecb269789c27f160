/**
 * Options of the site's own Docusaurus plugins, checked when the site loads
 * (Docusaurus calls a plugin module's `validateOptions`): a wrong option stops
 * `npm start` and `npm run build` with a message naming the plugin, the
 * option and what would be valid.
 */
import * as z from 'zod';
import {germanIssueMessage} from '../content/zodIssues';

/** For plugins without options. */
export const NO_OPTIONS = z.object({}).strict();

export function validatedOptions<Schema extends z.ZodType>(plugin: string, schema: Schema, options: unknown): z.output<Schema> & {id: string} {
  // Docusaurus' own field: the plugin instance's id (several instances of one plugin), 'default' unless given.
  const {id = 'default', ...rest} = (options ?? {}) as {id?: string};
  const result = schema.safeParse(rest);
  if (result.success) return {...(result.data as object), id} as z.output<Schema> & {id: string};
  const known = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = issue.path.length === 0 && known.length > 0 ? ` Erlaubt sind: ${known.join(', ')}.` : '';
      return `- ${issue.keys.map((key) => [...issue.path, key].join('.')).join(', ')}: unbekannte Option.${allowed}`;
    }
    // Formats: the plugins' schemas say in their own words what is expected (the content model's wording is about slugs).
    const message =
      issue.code === 'invalid_format'
        ? issue.format === 'url'
          ? 'Erwartet wird eine Adresse mit http:// oder https://.'
          : issue.message
        : germanIssueMessage(issue, rest, known);
    return `- ${issue.path.join('.') || '(Optionen)'}: ${message}`;
  });
  throw new Error(`Plugin ${plugin}: ungültige Optionen in docusaurus.config.ts\n${problems.join('\n')}`);
}
