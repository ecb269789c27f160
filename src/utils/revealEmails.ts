/**
 * E-mail addresses are written into the HTML reversed and base64-encoded
 * (`<a data-wp-mail="…">name(at)example.org</a>`), so address harvesters find
 * none; in the browser they become working mailto links again.
 */
export function revealEmails(root: ParentNode): void {
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>('a[data-wp-mail]:not([href])')) {
    try {
      const bytes = Uint8Array.from(atob(anchor.dataset.wpMail ?? ''), (char) => char.charCodeAt(0));
      const address = [...new TextDecoder().decode(bytes)].reverse().join('');
      anchor.href = `mailto:${address}`;
      anchor.textContent = address;
    } catch {
      // Leave the readable »(at)« form as it is.
    }
  }
}
