/**
 * Code colours that everyone can read. prism-react-renderer's themes were
 * not made for WCAG 2.1 AA: on github's light code background, comments
 * (2.7:1), strings (4.3:1), keywords (2.7:1) and functions (4.3:1) miss the
 * 4.5:1 that text needs (axe fails a page with a shell command on it), and
 * dracula's comments reach 3.0:1 in dark mode. Each colour that misses is
 * darkened (light background) or lightened (dark background) step by step
 * until it reaches the ratio; its hue stays, so the code keeps its look.
 * Used for the doc pages' code blocks and for the stylesheet of practices and
 * news (src/plugins/codeColours), which both read themeConfig.prism.
 */
import {colord, extend} from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import mixPlugin from 'colord/plugins/mix';
import type {PrismTheme} from 'prism-react-renderer';

extend([a11yPlugin, mixPlugin]);

/** WCAG 2.1 AA for normal text (1.4.3). */
export const TEXT_CONTRAST = 4.5;

/** `color`, changed as little as needed to reach `minimum` against `background`. */
export function readableColour(color: string, background: string, minimum = TEXT_CONTRAST): string {
  let current = colord(color);
  if (current.contrast(background) >= minimum) return color;
  const darkBackground = colord(background).isDark();
  for (let step = 0; step < 100 && current.contrast(background) < minimum; step += 1) {
    current = darkBackground ? current.lighten(0.01) : current.darken(0.01);
  }
  return current.toHex();
}

/**
 * A highlighted line's background (```js {2} or `// highlight-next-line`): the code background, a little darker
 * (light themes) or lighter (dark themes). src/plugins/codeColours sets it for every page kind.
 */
export function highlightedLineBackground(background: string): string {
  const base = colord(background);
  return (base.isDark() ? base.mix('#ffffff', 0.09) : base.mix('#000000', 0.07)).toHex();
}

/** The theme with every token colour readable on its code background, also on a highlighted line. */
export function readableTheme(theme: PrismTheme, minimum = TEXT_CONTRAST): PrismTheme {
  const plain = theme.plain.backgroundColor;
  if (!plain) return theme;
  // The highlighted line's background is the harder one: less contrast to the tokens than the code background.
  const background = highlightedLineBackground(plain);
  return {
    plain: {...theme.plain, ...(theme.plain.color ? {color: readableColour(theme.plain.color, background, minimum)} : {})},
    styles: theme.styles.map((entry) => ({
      ...entry,
      style: {...entry.style, ...(entry.style.color ? {color: readableColour(entry.style.color, background, minimum)} : {})},
    })),
  };
}
