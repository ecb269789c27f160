import {describe, expect, it} from 'vitest';
import {themes} from 'prism-react-renderer';
import {prismThemeCss} from '../../src/plugins/codeColours';
import {renderPractice} from '../support/renderPractice';

const render = (body: string) => renderPractice(body).html;

describe('code blocks in practices and news', () => {
  it('are highlighted in the static HTML with the token classes of doc pages', () => {
    const html = render('```yaml\ntitle: Lesetandems # Kommentar\nstates: [sachsen]\n```');
    expect(html).toMatch(/^<div class="theme-code-block wp-code-block language-yaml"><pre class="prism-code language-yaml" tabindex="0"><code>/);
    expect(html).toContain('<span class="token key atrule">title</span>');
    expect(html).toContain('<span class="token comment"># Kommentar</span>');
    expect(html.match(/class="token-line wp-code-line"/g)).toHaveLength(2);
    expect(html).not.toContain('<script');
  });

  it('keep text safe and lines without a language plain', () => {
    const html = render('```\n<script>alert(1)</script>\n\nzweite Zeile\n```');
    expect(html).toContain('language-text');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html.match(/class="token-line wp-code-line"/g)).toHaveLength(3);
  });
});

describe('code colours', () => {
  it('come from the site\'s Prism themes, light and dark', () => {
    const css = prismThemeCss(themes.github, themes.dracula);
    expect(css).toContain(`.wp-code-block pre{color:${themes.github.plain.color};background-color:${themes.github.plain.backgroundColor}}`);
    const comment = themes.github.styles.find((entry) => entry.types.includes('comment'))!;
    expect(css).toMatch(new RegExp(`\\.wp-code-block \\.token\\.comment[^{]*\\{color:${comment.style.color!.replace(/[()]/g, '\\$&')}`));
    expect(css).toContain(`[data-theme='dark'] .wp-code-block pre{color:${themes.dracula.plain.color}`);
  });
});

describe('shell commands', () => {
  it('are highlighted as bash, sh and shell, in practices as on doc pages', async () => {
    for (const language of ['bash', 'sh', 'shell']) {
      const html = render(`\`\`\`${language}\nnpm run check:content -- --strict # prüfen\n\`\`\``);
      expect(html, language).toContain('<span class="token comment"># prüfen</span>');
      expect(html, language).toMatch(/<span class="token [a-z -]+">npm<\/span>/);
    }
    // Doc pages use the same Prism (prism-react-renderer), with the grammar registered by the same module.
    const {Prism} = await import('prism-react-renderer');
    expect(Prism.languages.bash).toBeDefined();
  });
});
