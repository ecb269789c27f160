/**
 * The skip link, as in the classic theme, with one change: after a navigation
 * the theme moves focus to the top of the page (and so scrolls there), also
 * when only the query changed. On this site a query change is a filter the
 * visitor just set in the catalogue or on /suche, so focus must stay on the
 * control they used (WCAG 2.4.3, 3.2.2). A new page still resets focus.
 */
import {useCallback, useRef, type MouseEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import {SkipToContentFallbackId} from '@docusaurus/theme-common';
import {useLocationChange} from '@docusaurus/theme-common/internal';
import styles from './styles.module.css';

function focusProgrammatically(element: HTMLElement): void {
  element.setAttribute('tabindex', '-1');
  element.focus();
  element.removeAttribute('tabindex');
}

/** Where the skip link leads: the first <main>, else the layout's fallback target. */
function skipTarget(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main:first-of-type') ?? document.getElementById(SkipToContentFallbackId);
}

export default function SkipToContent(): ReactNode {
  const containerRef = useRef<HTMLDivElement>(null);
  const {action} = useHistory();
  const label = translate({id: 'theme.common.skipToMainContent', message: 'Zum Hauptinhalt springen'});
  const onClick = useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const target = skipTarget();
    if (target) focusProgrammatically(target);
  }, []);
  useLocationChange(({location, previousLocation}) => {
    const newPage = previousLocation === undefined || location.pathname !== previousLocation.pathname;
    if (containerRef.current && !location.hash && action === 'PUSH' && newPage) focusProgrammatically(containerRef.current);
  });
  return (
    <div ref={containerRef} role="region" aria-label={label}>
      <a className={styles.skipToContent} href={`#${SkipToContentFallbackId}`} onClick={onClick}>
        {label}
      </a>
    </div>
  );
}
