/**
 * Code colours meet WCAG 2.1 AA (1.4.3, 4.5:1) on the code background, in
 * light and dark mode, on doc pages and in practices and news: the site's
 * Prism themes go through src/config/readableTheme.ts.
 */
import {colord, extend} from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import {themes, type PrismTheme} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import config from '../../docusaurus.config';
import {readableColour, readableTheme, TEXT_CONTRAST} from '../../src/config/readableTheme';

extend([a11yPlugin]);

/** Every token colour of a theme with its contrast on the theme's background. */
const contrasts = (theme: PrismTheme): [string, number][] =>
  [theme.plain, ...theme.styles.map((entry) => entry.style)]
    .filter((style) => style.color)
    .map((style) => [style.color!, colord(style.color!).contrast(theme.plain.backgroundColor)]);

describe('readable code colours', () => {
  it('the stock themes miss 4.5:1 (why this exists)', () => {
    expect(contrasts(themes.github).some(([, ratio]) => ratio < TEXT_CONTRAST)).toBe(true);
    expect(contrasts(themes.dracula).some(([, ratio]) => ratio < TEXT_CONTRAST)).toBe(true);
  });

  it('darkens on a light background and lightens on a dark one, keeping the hue, and leaves readable colours alone', () => {
    const onLight = readableColour('#999988', '#f6f8fa');
    expect(colord(onLight).contrast('#f6f8fa')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(colord(onLight).brightness()).toBeLessThan(colord('#999988').brightness());
    const onDark = readableColour('rgb(98, 114, 164)', '#282a36');
    expect(colord(onDark).contrast('#282a36')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(colord(onDark).brightness()).toBeGreaterThan(colord('rgb(98, 114, 164)').brightness());
    expect(Math.abs(colord(onDark).hue() - colord('rgb(98, 114, 164)').hue())).toBeLessThan(5);
    expect(readableColour('#00009f', '#f6f8fa')).toBe('#00009f');
  });

  it('the site highlights code with themes whose every colour reaches 4.5:1, light and dark', () => {
    const prism = (config.themeConfig as {prism: {theme: PrismTheme; darkTheme: PrismTheme}}).prism;
    for (const theme of [prism.theme, prism.darkTheme]) {
      for (const [colour, ratio] of contrasts(theme)) expect(ratio, colour).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
    expect(prism.theme).toEqual(readableTheme(themes.github));
    expect(prism.darkTheme).toEqual(readableTheme(themes.dracula));
  });
});
