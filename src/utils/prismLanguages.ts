/**
 * Grammars the site highlights beyond prism-react-renderer's own set: bash
 * (also `sh`, `shell`) for the commands in the contributor guide and in
 * practices. Registered on prism-react-renderer's Prism, the highlighter of
 * doc pages (in the code block's chunk only, via src/theme/CodeBlock/Line)
 * and of practices and news (at build time, src/rehype/staticHighlight.ts),
 * the way the theme registers `additionalLanguages`: Prism's language files
 * extend a global `Prism`.
 */
import {Prism} from 'prism-react-renderer';

const holder = globalThis as {Prism?: typeof Prism};
const before = holder.Prism;
holder.Prism = Prism;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the language file must run after the global is set
require('prismjs/components/prism-bash');
holder.Prism = before;

export const ADDED_LANGUAGES = ['bash', 'sh', 'shell'] as const;
