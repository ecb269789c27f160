/**
 * The copy button of code blocks in practices, news and events (their HTML is
 * made at build, src/rehype/staticHighlight.ts): added in the browser, as doc
 * pages' code blocks have it, with the theme's German labels. Without
 * JavaScript there is no button, and the code can be selected as usual.
 */
export interface CopyLabels {
  /** The button's name for screen readers (»In die Zwischenablage kopieren«). */
  copy: string;
  /** Its text (»Kopieren«) and, for two seconds after a click, »Kopiert«. */
  text: string;
  copied: string;
}

const BUTTON = 'wp-copy-button';

/** The code as written: one line per `token-line` (line numbers are drawn by CSS, not text). */
export function codeText(block: Element): string {
  const lines = [...block.querySelectorAll('pre code .token-line')];
  return lines.length > 0 ? lines.map((line) => line.textContent).join('\n') : (block.querySelector('pre')?.textContent ?? '');
}

export function addCopyButtons(root: HTMLElement, labels: CopyLabels): void {
  for (const block of root.querySelectorAll<HTMLElement>('.wp-code-block')) {
    if (block.querySelector(`.${BUTTON}`)) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `clean-btn ${BUTTON}`;
    button.setAttribute('aria-label', labels.copy);
    button.title = labels.copy;
    button.textContent = labels.text;
    let timer: number | undefined;
    button.addEventListener('click', () => {
      void navigator.clipboard.writeText(codeText(block)).then(() => {
        button.textContent = labels.copied;
        button.setAttribute('aria-label', labels.copied);
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          button.textContent = labels.text;
          button.setAttribute('aria-label', labels.copy);
        }, 2000);
      });
    });
    block.append(button);
  }
}
