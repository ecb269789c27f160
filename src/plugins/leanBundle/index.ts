/**
 * Keeps code out of the JavaScript that every page loads.
 *
 * The classic theme registers a client module that loads Prism (the code
 * highlighter, about 33 KB gzip with its language list) on every page, so that
 * it can add `prism.additionalLanguages`. This site configures none, and code
 * blocks appear on a few contributor pages only: there the code block itself
 * loads Prism with its page's chunk. The client module is replaced by an
 * empty one; if `additionalLanguages` is ever set, the build stops with a
 * message instead of silently not highlighting them.
 */
import {createRequire} from 'node:module';
import {join} from 'node:path';
import type {LoadContext, Plugin, OptionValidationContext} from '@docusaurus/types';
import {NO_OPTIONS, validatedOptions} from '../options';

const requireFromHere = createRequire(__filename);

/** This plugin has no options; any option is a mistake. */
export function validateOptions({options}: OptionValidationContext<object | undefined, {id: string}>): {id: string} {
  return validatedOptions('wissensplattform-lean-bundle', NO_OPTIONS, options);
}

export default function leanBundlePlugin(context: LoadContext): Plugin<void> {
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
  if ((prism?.additionalLanguages ?? []).length > 0) {
    throw new Error(
      'leanBundle: themeConfig.prism.additionalLanguages ist gesetzt, aber src/plugins/leanBundle entfernt das Modul, das sie lädt. Entweder die Sprachen entfernen oder das Plugin anpassen.',
    );
  }
  const themeModule = requireFromHere.resolve('@docusaurus/theme-classic/lib/prism-include-languages');
  return {
    name: 'wissensplattform-lean-bundle',
    configureWebpack() {
      return {resolve: {alias: {[themeModule.replace(/\.js$/, '')]: join(__dirname, 'empty.ts'), [themeModule]: join(__dirname, 'empty.ts')}}};
    },
  };
}
