/**
 * Options of the site's own Docusaurus plugins, checked when the site loads
 * (Docusaurus calls a plugin module's `validateOptions`): a wrong option stops
 * `npm start` and `npm run build` with a message naming the plugin, the
 * option and what would be valid.
 */
import * as z from 'zod';

export function validatedOptions<Schema extends z.ZodType>(plugin: string, schema: Schema, options: unknown): z.output<Schema> {
  const result = schema.safeParse(options ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `- ${issue.path.length > 0 ? issue.path.join('.') : '(Optionen)'}: ${issue.message}`);
  throw new Error(`Plugin ${plugin}: ungültige Optionen in docusaurus.config.ts\n${problems.join('\n')}`);
}
