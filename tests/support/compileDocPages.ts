/**
 * Doc pages compiled as the bundler of `docusaurus build` compiles them, in
 * this process: with the loader and the options of the docs plugin's own
 * bundler rule (@docusaurus/mdx-loader). For tests of what a doc page's
 * Markdown does to the build, without a build.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {loadContext} from '@docusaurus/core/lib/server/site';
import {loadPlugins} from '@docusaurus/core/lib/server/plugins/plugins';
import mdxLoader, {type Options as MDXLoaderOptions} from '@docusaurus/mdx-loader';
import {siteWith} from './siteWith';

/** An error with its causes, as text. */
export function errorText(error: unknown): string {
  const texts: string[] = [];
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) texts.push(cause.message);
  return texts.join('\n');
}

/**
 * Loads a copy of the site with `files` added, then compiles each of `pages` (doc pages among the files) as the
 * bundler of `docusaurus build` does: with the loader and the options of the docs plugin's own bundler rule. The
 * error of each page that does not compile, with its causes, as text.
 */
export async function compileErrors(files: Record<string, string>, pages: string[]): Promise<Record<string, string>> {
  const dir = siteWith(files);
  const {plugins} = await loadPlugins(await loadContext({siteDir: dir, locale: 'de'}));
  const docs = plugins.find((plugin) => plugin.name === 'docusaurus-plugin-content-docs');
  // The bundler configuration the plugin adds, as far as it is read here.
  type Rule = {test?: unknown; use?: unknown};
  const added = docs?.configureWebpack?.({}, true, {} as never, docs.content) as {module?: {rules?: Rule[]}} | undefined;
  const rule = added?.module?.rules?.find((candidate) => candidate.test instanceof RegExp && candidate.test.test('seite.md'));
  const loader = (Array.isArray(rule?.use) ? (rule.use as unknown[])[0] : undefined) as {loader: string; options: MDXLoaderOptions} | undefined;
  if (!loader?.loader.includes('mdx-loader')) throw new Error('Die Regel des Docs-Plugins für Markdown-Dateien fehlt.');
  const errors: Record<string, string> = {};
  for (const page of pages) {
    const resourcePath = join(dir, page);
    // What the bundler gives a loader, as far as this one reads it (@docusaurus/mdx-loader, lib/loader.js).
    const error = await new Promise<unknown>((done) => {
      const context = {
        // The client compilation: under NODE_ENV=production the server's would wait for it (the loader's cache).
        _compiler: {name: 'client'},
        resource: resourcePath,
        resourcePath,
        getOptions: () => loader.options,
        addDependency: () => undefined,
        async: () => (failure: unknown) => done(failure ?? undefined),
      };
      (mdxLoader as unknown as (this: typeof context, content: string) => Promise<void>).call(context, readFileSync(resourcePath, 'utf8')).catch(done);
    });
    if (error !== undefined && error !== null) errors[page] = errorText(error);
  }
  return errors;
}

