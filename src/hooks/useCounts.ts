/**
 * German counts for the interface (»ein Treffer«, »3 Treffer«): each message
 * lives in i18n/de/code.json, and Docusaurus' usePluralForm picks the form for
 * the site's language. The number is written the German way (1.234).
 */
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';

export interface Counts {
  practices: (n: number) => string;
  hits: (n: number) => string;
  posts: (n: number) => string;
  /** »Ein Termin« / »3 Termine«, at the start of a sentence. */
  events: (n: number) => string;
  /** »Den Treffer anzeigen« / »Alle 12 Treffer anzeigen« (the search box's last option). */
  showAllHits: (n: number) => string;
  /** »diese Seite« / »eine dieser Seiten« (suggestions on the 404 page). */
  suggestedPages: (n: number) => string;
}

export function useCounts(): Counts {
  const {selectMessage} = usePluralForm();
  const values = (n: number) => ({count: n.toLocaleString('de-DE')});
  return {
    practices: (n) =>
      selectMessage(n, translate({id: 'count.practices', message: 'ein Praxisbeispiel|{count} Praxisbeispiele', description: 'Number of practices (singular|plural)'}, values(n))),
    hits: (n) => selectMessage(n, translate({id: 'count.hits', message: 'ein Treffer|{count} Treffer', description: 'Number of search results (singular|plural)'}, values(n))),
    posts: (n) => selectMessage(n, translate({id: 'count.posts', message: 'Eine Meldung|{count} Meldungen', description: 'Number of news posts, at the start of a heading (singular|plural)'}, values(n))),
    events: (n) => selectMessage(n, translate({id: 'count.events', message: 'Ein Termin|{count} Termine', description: 'Number of events, at the start of a sentence (singular|plural)'}, values(n))),
    showAllHits: (n) =>
      selectMessage(
        n,
        translate({id: 'search.showAll', message: 'Den Treffer auf der Suchseite anzeigen|Alle {count} Treffer anzeigen', description: 'Last option of the search box (singular|plural)'}, values(n)),
      ),
    suggestedPages: (n) => selectMessage(n, translate({id: 'notFound.suggestedPages', message: 'diese Seite|eine dieser Seiten', description: '»Meinten Sie …?« on the 404 page (singular|plural)'})),
  };
}
