/** Makes the protected e-mail addresses of every page usable (see src/rehype/protectedEmail.ts). */
import {revealEmails} from '../utils/revealEmails';

export function onRouteDidUpdate(): void {
  revealEmails(document);
}
