/**
 * Grammars the site highlights beyond prism-react-renderer's own set: bash
 * (also `sh`, `shell`) for the commands in the contributor guide and in
 * practices. Registered on prism-react-renderer's Prism, the highlighter of
 * doc pages (in the code block's chunk only, via src/theme/CodeBlock/Line)
 * and of practices and news (at build time, src/rehype/staticHighlight.ts).
 * refractor ships Prism's grammars as functions of the Prism they extend, so
 * no global `Prism` is needed (Prism's own language files expect one).
 */
import {Prism} from 'prism-react-renderer';
import bash from 'refractor/bash';

type Grammar = (prism: typeof Prism) => void;

(bash as unknown as Grammar)(Prism);

export const ADDED_LANGUAGES = ['bash', 'sh', 'shell'] as const;
