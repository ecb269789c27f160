/**
 * /termine: every exchange format of the BBE in one list. Upcoming events
 * first (soonest first), past ones by year (newest first) with what documents
 * them; filters by type and by »vor Ort / online«, kept in the URL
 * (`?art=mittagsgespraech&art=ag-sitzung&teilnahme=online`), and the calendar
 * feeds to subscribe to.
 */
import {useMemo, type ChangeEvent, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import EventSummary, {useToday} from '../EventSummary';
import {useCounts} from '../../hooks/useCounts';
import {useFilterNavigation} from '../../hooks/useFilterNavigation';
import {useFilterToggle} from '../FilterToggle';
import {ALL_EVENTS_FEED, EVENT_TYPE_LABELS, EVENT_TYPES, isUpcomingEvent, SUBSCRIBE_PATH, byStart, type CalendarEvent, type EventsModule, type EventType} from '../../events/types';
import styles from './styles.module.css';

type Attendance = '' | 'vor-ort' | 'online';

interface EventFilter {
  types: EventType[];
  attendance: Attendance;
}

export function parseEventFilter(search: string): EventFilter {
  const params = new URLSearchParams(search);
  const types = params.getAll('art').filter((type): type is EventType => (EVENT_TYPES as readonly string[]).includes(type));
  const attendance = params.get('teilnahme');
  return {types: EVENT_TYPES.filter((type) => types.includes(type)), attendance: attendance === 'online' || attendance === 'vor-ort' ? attendance : ''};
}

export function eventFilterQuery({types, attendance}: EventFilter): string {
  const params = new URLSearchParams();
  for (const type of types) params.append('art', type);
  if (attendance) params.set('teilnahme', attendance);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Hybrid events count as both »vor Ort« and »online«. */
export function matchesEventFilter(event: CalendarEvent, {types, attendance}: EventFilter): boolean {
  if (types.length > 0 && !types.includes(event.type)) return false;
  if (attendance && event.attendance !== attendance && event.attendance !== 'hybrid') return false;
  return true;
}

function EventItems({events, upcoming, headingLevel}: {events: CalendarEvent[]; upcoming: boolean; headingLevel: 'h3' | 'h4'}): ReactNode {
  return (
    <ul className={styles.list}>
      {events.map((event) => (
        <li key={event.id} className={styles.item}>
          <EventSummary event={event} upcoming={upcoming} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

export default function EventList({events: module}: {readonly events: EventsModule}): ReactNode {
  const {events, builtOn} = module;
  const today = useToday(builtOn);
  const counts = useCounts();
  const location = useLocation();
  const navigate = useFilterNavigation();
  // The static HTML knows no query; the first render in the browser must match it, then the URL applies.
  const isBrowser = useIsBrowser();
  const filter = useMemo(() => (isBrowser ? parseEventFilter(location.search) : {types: [], attendance: '' as const}), [isBrowser, location.search]);
  const feedHref = useBaseUrl(ALL_EVENTS_FEED);

  const shown = events.filter((event) => matchesEventFilter(event, filter));
  const upcoming = shown.filter((event) => isUpcomingEvent(event, today)).sort(byStart);
  const past = shown.filter((event) => !isUpcomingEvent(event, today)).sort((a, b) => byStart(b, a));
  const years = [...new Set(past.map((event) => event.start.date.slice(0, 4)))];
  const typeCount = (type: EventType): number => events.filter((event) => event.type === type && matchesEventFilter(event, {...filter, types: []})).length;
  const filtered = filter.types.length > 0 || filter.attendance !== '';
  // On phones the filters fold behind a button, as in the catalogue: the events come first.
  const filterToggle = useFilterToggle('termine-filter-panel', filter.types.length + (filter.attendance ? 1 : 0));

  const update = (next: EventFilter): void => navigate(eventFilterQuery(next));
  const toggleType = (type: EventType) => (change: ChangeEvent<HTMLInputElement>) =>
    update({...filter, types: change.target.checked ? EVENT_TYPES.filter((t) => t === type || filter.types.includes(t)) : filter.types.filter((t) => t !== type)});
  const attendanceOptions: [Attendance, string][] = [
    ['', translate({id: 'events.filter.attendance.all', message: 'alle', description: 'Attendance filter: no restriction'})],
    ['vor-ort', translate({id: 'events.filter.attendance.place', message: 'vor Ort', description: 'Attendance filter: in a place'})],
    ['online', translate({id: 'events.filter.attendance.online', message: 'online', description: 'Attendance filter: online'})],
  ];

  return (
    <Layout
      title={translate({id: 'events.title', message: 'Termine', description: 'Title of the events page'})}
      description={translate({
        id: 'events.description',
        message: 'Mittagsgespräche, Sitzungen der Arbeitsgruppen, Vernetzungstreffen, Online-Formate und der Fachkongress des BBE: alle Termine in einem Kalender zum Abonnieren.',
        description: 'Meta description of the events page',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{translate({id: 'events.heading', message: 'Termine', description: 'Heading of the events page'})}</Heading>
        <p className={styles.lead}>
          {translate({
            id: 'events.lead',
            message: 'Alle Austauschformate des BBE für Programmträger*innen an einem Ort: Mittagsgespräche, Sitzungen der Arbeitsgruppen, Vernetzungstreffen, Online-Formate und der jährliche Fachkongress.',
            description: 'Lead of the events page',
          })}
        </p>
        <p>
          <a href={feedHref}>{translate({id: 'events.feed', message: 'Alle Termine als Kalender abonnieren (ICS)', description: 'Link to the calendar feed of every event'})}</a>
          {' · '}
          <Link to={SUBSCRIBE_PATH}>{translate({id: 'events.feed.howto', message: 'So abonnieren Sie den Kalender', description: 'Link to the page that explains subscribing'})}</Link>
        </p>
        <div className="row">
          <aside className="col col--3">
            {filterToggle.button}
            <form id="termine-filter-panel" className={`${styles.filters} ${filterToggle.panelClassName}`} aria-labelledby="termine-filter" onSubmit={(submit) => submit.preventDefault()}>
              {/* A plain heading, without the theme's anchor link: after »Filter anzeigen« the next Tab reaches the first filter. */}
              <h2 id="termine-filter" className={styles.filterHeading}>
                {translate({id: 'events.filter.heading', message: 'Termine filtern', description: 'Heading of the event filters'})}
              </h2>
              <fieldset className={styles.fieldset}>
                <legend>{translate({id: 'events.filter.type', message: 'Art', description: 'Legend of the event type filter'})}</legend>
                {EVENT_TYPES.map((type) => (
                  <label key={type} className={styles.option}>
                    <input type="checkbox" name="art" value={type} checked={filter.types.includes(type)} onChange={toggleType(type)} />
                    {EVENT_TYPE_LABELS[type].many} <span className={styles.count}>({typeCount(type)})</span>
                  </label>
                ))}
              </fieldset>
              <fieldset className={styles.fieldset}>
                <legend>{translate({id: 'events.filter.attendance', message: 'Teilnahme', description: 'Legend of the attendance filter'})}</legend>
                {attendanceOptions.map(([value, label]) => (
                  <label key={value || 'alle'} className={styles.option}>
                    <input type="radio" name="teilnahme" value={value} checked={filter.attendance === value} onChange={() => update({...filter, attendance: value})} />
                    {label}
                  </label>
                ))}
              </fieldset>
              {filtered && (
                <button type="button" className="button button--secondary button--sm" onClick={() => update({types: [], attendance: ''})}>
                  {translate({id: 'events.filter.reset', message: 'Filter zurücksetzen', description: 'Button that clears the event filters'})}
                </button>
              )}
            </form>
          </aside>
          <div className="col col--9">
            <p role="status" aria-live="polite" className={styles.status}>
              {filtered
                ? translate({id: 'events.status.filtered', message: '{events} für diese Auswahl.', description: 'Number of events that match the filters'}, {events: counts.events(shown.length)})
                : translate({id: 'events.status.all', message: '{events} insgesamt.', description: 'Number of all events'}, {events: counts.events(shown.length)})}
            </p>
            <section aria-labelledby="kommende-termine">
              <Heading as="h2" id="kommende-termine">
                {translate({id: 'events.upcoming', message: 'Kommende Termine', description: 'Heading of the upcoming events'})}
              </Heading>
              {upcoming.length > 0 ? (
                <EventItems events={upcoming} upcoming headingLevel="h3" />
              ) : (
                <p>
                  {filtered
                    ? translate({id: 'events.upcoming.noneFiltered', message: 'Für diese Auswahl ist zurzeit kein Termin angekündigt.', description: 'No upcoming event matches the filters'})
                    : translate({id: 'events.upcoming.none', message: 'Zurzeit ist kein Termin angekündigt. Abonnieren Sie den Kalender, dann erscheinen neue Termine von selbst.', description: 'No upcoming events at all'})}
                </p>
              )}
            </section>
            {past.length > 0 && (
              <section aria-labelledby="vergangene-termine" className="margin-top--lg">
                <Heading as="h2" id="vergangene-termine">
                  {translate({id: 'events.past', message: 'Vergangene Termine', description: 'Heading of the past events'})}
                </Heading>
                {years.map((year) => (
                  <section key={year} aria-labelledby={`termine-${year}`}>
                    <Heading as="h3" id={`termine-${year}`}>
                      {year}
                    </Heading>
                    <EventItems events={past.filter((event) => event.start.date.startsWith(year))} upcoming={false} headingLevel="h4" />
                  </section>
                ))}
              </section>
            )}
          </div>
        </div>
      </main>
    </Layout>
  );
}
