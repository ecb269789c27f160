/**
 * The colours of highlighted code in practices, news and events (src/rehype/staticHighlight.ts), and the
 * background of highlighted lines on every page kind:
 * made from the site's Prism themes (themeConfig.prism.theme and darkTheme, the
 * same that colour code on doc pages) as a small stylesheet, light and dark.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, Plugin, OptionValidationContext} from '@docusaurus/types';
import type {PrismTheme} from 'prism-react-renderer';
import {highlightedLineBackground} from '../../config/readableTheme';
import {NO_OPTIONS, validatedOptions} from '../options';

const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const declarations = (style: Record<string, unknown>): string =>
  Object.entries(style)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
    .map(([name, value]) => `${kebab(name)}:${String(value)}`)
    .join(';');

function themeRules(theme: PrismTheme, scope: string): string[] {
  const rules = [
    `${scope}.wp-code-block pre{${declarations(theme.plain)}}`,
    // The title above the code and the line numbers' column take the code's colours.
    `${scope}.wp-code-block{--ifm-pre-background:${String(theme.plain.backgroundColor)}}`,
    `${scope}.wp-code-block__title{${declarations(theme.plain)}}`,
    ...(theme.plain.backgroundColor ? [`${scope ? scope.trim() : ':root'}{--docusaurus-highlighted-code-line-bg:${highlightedLineBackground(theme.plain.backgroundColor)}}`] : []),
  ];
  for (const entry of theme.styles) {
    const languages = entry.languages ?? [''];
    const selectors = languages.flatMap((language) => entry.types.map((type) => `${scope}.wp-code-block${language ? `.language-${language}` : ''} .token.${type}`));
    rules.push(`${selectors.join(',')}{${declarations(entry.style)}}`);
  }
  return rules;
}

/** The stylesheet for a light and an optional dark theme. */
export function prismThemeCss(light: PrismTheme, dark?: PrismTheme): string {
  return [...themeRules(light, ''), ...(dark ? themeRules(dark, "[data-theme='dark'] ") : [])].join('\n');
}

/** This plugin has no options; any option is a mistake. */
export function validateOptions({options}: OptionValidationContext<object | undefined, {id: string}>): {id: string} {
  return validatedOptions('wissensplattform-code-colours', NO_OPTIONS, options);
}

export default function codeColoursPlugin(context: LoadContext): Plugin<void> {
  const prism = (context.siteConfig.themeConfig as {prism?: {theme?: PrismTheme; darkTheme?: PrismTheme}}).prism;
  const file = join(context.generatedFilesDir, 'wissensplattform-code-colours', 'code-colours.css');
  return {
    name: 'wissensplattform-code-colours',
    getClientModules() {
      if (!prism?.theme) return [];
      mkdirSync(join(file, '..'), {recursive: true});
      writeFileSync(file, prismThemeCss(prism.theme, prism.darkTheme));
      return [file];
    },
  };
}
