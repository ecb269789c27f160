/**
 * Variants of the site that the bench builds to see what one part adds to the
 * build: without the catalogue, with the practices as plain pages instead of
 * the catalogue, without the search index. Each is a config file written into
 * the bench's copy of the site, on top of the site's own docusaurus.config.ts,
 * and built with `docusaurus build --config <file>`: the site's config knows
 * nothing of the bench.
 */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';

export type BuildVariant = 'without-catalogue' | 'catalogue-pages-only' | 'without-search';

const PRACTICES = './src/plugins/practices/index.ts';
const SEARCH = './src/search/server/plugin.ts';

const CHANGES: Record<BuildVariant, string> = {
  // Without the catalogue, links to practices are broken: reported, not fatal.
  'without-catalogue': `plugins: config.plugins!.filter((entry) => pluginPath(entry) !== '${PRACTICES}'),\n  onBrokenLinks: 'warn',`,
  'catalogue-pages-only': `plugins: config.plugins!.map((entry) =>
    pluginPath(entry) === '${PRACTICES}' && Array.isArray(entry) ? [entry[0], {...(entry[1] as object), pagesOnly: true}] : entry,
  ),
  onBrokenLinks: 'warn',`,
  'without-search': `plugins: config.plugins!.filter((entry) => pluginPath(entry) !== '${SEARCH}'),`,
};

/** Writes the variant's config into `siteDir`; returns its file name (for `--config`). */
export function writeVariantConfig(siteDir: string, variant: BuildVariant): string {
  const file = `docusaurus.bench-${variant}.config.ts`;
  writeFileSync(
    join(siteDir, file),
    `// Written by the bench (scripts/bench/variants.ts): the site's config with one change.
import type {Config, PluginConfig} from '@docusaurus/types';
import config from './docusaurus.config';

const pluginPath = (entry: PluginConfig): unknown => (Array.isArray(entry) ? entry[0] : entry);

const variant: Config = {
  ...config,
  ${CHANGES[variant]}
};

export default variant;
`,
  );
  return file;
}
