/**
 * On phones and tablets, the filters of the catalogue and of /suche fold
 * behind one button, so the results come first. `useFilterToggle` gives the
 * button and the class for the panel it opens; on wide screens the panel is
 * always shown and the button hidden.
 */
import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

export function useFilterToggle(panelId: string, activeCount: number): {button: ReactNode; panelClassName: string} {
  const [open, setOpen] = useState(false);
  const button = (
    <button
      type="button"
      className={clsx('button button--secondary button--block', styles.toggle)}
      aria-expanded={open}
      aria-controls={panelId}
      onClick={() => setOpen((value) => !value)}>
      {open ? translate({id: 'filters.hide', message: 'Filter ausblenden', description: 'Button that folds the filters on a phone'}) : translate({id: 'filters.show', message: 'Filter anzeigen', description: 'Button that unfolds the filters on a phone'})}
      {activeCount > 0 ? translate({id: 'filters.active', message: ' ({count} aktiv)', description: 'Number of active filters after the button text'}, {count: String(activeCount)}) : ''}
    </button>
  );
  return {button, panelClassName: clsx(styles.panel, open && styles.panelOpen)};
}
