/**
 * The search box in the navbar, a WAI-ARIA combobox with a list box of
 * results. Nothing of the search is loaded until the box gets focus; then the
 * backend's chunk and the index manifest follow (see ../loadBackend.ts).
 * Shortcuts: Ctrl+K / ⌘K and »/«. Enter without a selection opens /suche.
 */
import React, {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {Marked} from '@site/src/search/client/Marked';
import type {ResultItem} from '@site/src/search/shared/backend';
import {useSearchBackend} from '@site/src/search/client/useSearchBackend';
import styles from './styles.module.css';
import {useCounts, type Counts} from '@site/src/hooks/useCounts';

const LIMIT = 6;

type Status =
  | {kind: 'idle'}
  | {kind: 'loading'}
  | {kind: 'results'; items: ResultItem[]; total: number; query: string}
  | {kind: 'empty'; query: string}
  | {kind: 'unavailable'; notBuilt: boolean};

const isTypingTarget = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const sentenceStart = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What the live region says: always about the query the shown results belong to. */
function announce(status: Status, counts: Counts): string {
  switch (status.kind) {
    case 'loading':
      return translate({id: 'search.status.loading', message: 'Suche läuft …', description: 'Status while searching'});
    case 'results':
      return translate({id: 'searchBox.status.found', message: '{hits} für »{query}«. Mit den Pfeiltasten auswählen, mit der Eingabetaste öffnen.', description: 'Announced when the search box has results'}, {hits: sentenceStart(counts.hits(status.total)), query: status.query});
    case 'empty':
      return translate({id: 'search.status.none', message: 'Keine Treffer für »{query}«.', description: 'Status: nothing found'}, {query: status.query});
    case 'unavailable':
      return translate({id: 'search.status.unavailable', message: 'Die Suche ist gerade nicht verfügbar.', description: 'Status when the search index cannot be loaded'});
    default:
      return '';
  }
}

export default function SearchBar(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const counts = useCounts();
  const history = useHistory();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<Status>({kind: 'idle'});
  const sequence = useRef(0);
  const searchUrl = (q: string): string => `${siteConfig.baseUrl}suche?q=${encodeURIComponent(q)}`;
  const backend = useSearchBackend();

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
      if (shortcut || (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target))) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const run = useCallback(
    async (text: string) => {
      const current = ++sequence.current;
      if (text.trim() === '') {
        setStatus({kind: 'idle'});
        return;
      }
      setStatus((previous) => (previous.kind === 'results' ? previous : {kind: 'loading'}));
      try {
        const {total, items} = await (await backend()).suggest(text, LIMIT);
        if (current !== sequence.current) return;
        setActive(-1);
        const shown = text.trim();
        setStatus(total === 0 ? {kind: 'empty', query: shown} : {kind: 'results', items, total, query: shown});
      } catch (error) {
        if (current !== sequence.current) return;
        const notBuilt = error instanceof Error && 'reason' in error && error.reason === 'not-built';
        setStatus({kind: 'unavailable', notBuilt});
      }
    },
    [backend],
  );

  const items = status.kind === 'results' ? status.items : [];
  // Options: the results, then »Alle Treffer anzeigen«.
  const optionCount = status.kind === 'results' ? items.length + 1 : 0;
  const expanded = open && query.trim() !== '' && status.kind !== 'idle';
  const optionId = (index: number): string => `${id}-option-${index}`;

  const go = (url: string): void => {
    setOpen(false);
    setQuery('');
    setStatus({kind: 'idle'});
    inputRef.current?.blur();
    history.push(url);
  };
  const choose = (index: number): void => {
    const item = items[index];
    go(item ? item.url : searchUrl(query.trim()));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (optionCount === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the input itself: moving past either end returns to it.
      setActive((previous) => {
        const next = previous + step;
        return next >= optionCount ? -1 : next < -1 ? optionCount - 1 : next;
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (query.trim() === '') return;
      if (expanded && active >= 0) choose(active);
      else go(searchUrl(query.trim()));
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query !== '') {
        event.preventDefault();
        setQuery('');
        setStatus({kind: 'idle'});
      }
    }
  };

  const activeIndex = active >= optionCount ? -1 : active;

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({block: 'nearest'});
    // eslint-disable-next-line react-hooks/exhaustive-deps -- optionId depends only on the stable id
  }, [activeIndex]);

  return (
    <div
      className={styles.search}
      role="search"
      aria-label={translate({id: 'searchBox.label', message: 'Website', description: 'Accessible name of the search landmark in the navbar'})}
      onBlur={(event) => {
        // Focus moving into the result panel (to scroll it) keeps it open; leaving the search closes it.
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}>
      <label htmlFor={`${id}-input`} className="sr-only">
        <Translate id="searchBox.input.label" description="Label of the search box">
          Website durchsuchen
        </Translate>
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={styles.input}
        // A text field: the combobox role is not allowed on type="search" (ARIA in HTML).
        type="text"
        name="q"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={translate({id: 'searchBox.placeholder', message: 'Suchen …', description: 'Placeholder of the search box'})}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${id}-hint`}
        value={query}
        onFocus={() => {
          setOpen(true);
          void backend()
            .then((loaded) => loaded.warm())
            .catch(() => undefined);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          void run(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className={styles.shortcut} aria-hidden="true">
        /
      </kbd>
      <span id={`${id}-hint`} className="sr-only">
        <Translate id="searchBox.shortcut" description="Hint for screen readers: keyboard shortcuts of the search box">
          Tastenkürzel: Strg+K oder Schrägstrich.
        </Translate>
      </span>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {expanded ? announce(status, counts) : ''}
      </div>
      {/* Focusable so that a long list can be scrolled with the keyboard, too (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus (see above) */}
      <div ref={panelRef} className={styles.panel} hidden={!expanded} tabIndex={expanded ? 0 : -1} role="region" aria-label={translate({id: 'searchBox.panel', message: 'Vorschau der Treffer', description: 'Accessible name of the result panel'})}>
        {status.kind === 'loading' && <p className={styles.message}>{translate({id: 'search.status.loading', message: 'Suche läuft …', description: 'Status while searching'})}</p>}
        {status.kind === 'empty' && (
          <p className={styles.message}>
            {translate({id: 'searchBox.empty', message: 'Keine Treffer für »{query}«. Prüfen Sie die Schreibweise oder versuchen Sie ein allgemeineres Wort.', description: 'Search box: nothing found'}, {query: status.query})}
          </p>
        )}
        {status.kind === 'unavailable' && (
          <p className={styles.message}>
            {status.notBuilt
              ? translate({id: 'search.unavailable.dev', message: 'Der Suchindex entsteht beim Bauen der Website. Im Entwicklungsmodus gibt es ihn nicht: npm run build, dann npm run serve.', description: 'Under npm start there is no index'})
              : translate({id: 'searchBox.unavailable', message: 'Die Suche ist gerade nicht verfügbar. Bitte versuchen Sie es später noch einmal.', description: 'Search box: the index cannot be loaded'})}
          </p>
        )}
        <ul id={`${id}-listbox`} role="listbox" aria-label={translate({id: 'searchBox.list', message: 'Suchvorschläge', description: 'Accessible name of the result list of the search box'})} className={styles.list} hidden={items.length === 0}>
          {items.map((item, index) => (
            // Options of a combobox: the keyboard stays in the input (arrows, Enter; aria-activedescendant).
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- see above
            <li
              key={item.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={styles.option}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
              onMouseMove={() => setActive(index)}>
              <span className="wp-result-type">{item.typeLabel}</span>
              <span className={styles.title}>
                <Marked parts={item.title} />
              </span>
              {item.heading.length > 0 && (
                <span className={styles.heading}>
                  <Marked parts={item.heading} />
                </span>
              )}
              <span className={styles.snippet}>
                <Marked parts={item.snippet} />
              </span>
            </li>
          ))}
          {status.kind === 'results' && (
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- an option of the combobox, see above
            <li
              id={optionId(items.length)}
              role="option"
              aria-selected={activeIndex === items.length}
              className={`${styles.option} ${styles.all}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(items.length)}
              onMouseMove={() => setActive(items.length)}>
              {counts.showAllHits(status.total)}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
