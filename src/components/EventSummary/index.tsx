/**
 * One event in a list (/termine, the home page): type, title, when and where;
 * for upcoming events the calendar file and the registration, for past ones
 * what documents them. Cancelled events say so in words, not only in colour.
 */
import {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import {formatGermanDate} from '../../utils/formatDate';
import {berlinToday, EVENT_TYPE_LABELS, EVENTS_PATH, germanWhen, type CalendarEvent} from '../../events/types';
import styles from './styles.module.css';

/**
 * Today in Berlin: the day of the build in the static HTML and the first render (so that both match), then the
 * visitor's day. A page built weeks ago still moves past events down.
 */
export function useToday(builtOn: string): string {
  const [today, setToday] = useState(builtOn);
  useEffect(() => setToday(berlinToday()), []);
  return today;
}

function where(event: CalendarEvent): string {
  if (event.attendance === 'online') return translate({id: 'events.where.online', message: 'online', description: 'Where an online event takes place'});
  if (event.attendance === 'hybrid') return translate({id: 'events.where.hybrid', message: '{place} und online', description: 'Where a hybrid event takes place'}, {place: event.place ?? ''});
  return event.place ?? '';
}

export default function EventSummary({event, upcoming, headingLevel}: {event: CalendarEvent; upcoming: boolean; headingLevel: 'h3' | 'h4'}): ReactNode {
  const icsHref = useBaseUrl(event.icsPath);
  return (
    <article className={styles.event} data-event-type={event.type} data-attendance={event.attendance}>
      <p className={styles.meta}>
        <span>{EVENT_TYPE_LABELS[event.type].one}</span>
        {event.cancelled && (
          <span className="badge badge--abgesagt">{translate({id: 'events.cancelled', message: 'Abgesagt', description: 'Badge of a cancelled event'})}</span>
        )}
        {event.sample && (
          <span className="badge badge--beispiel" title={translate({id: 'events.sample.title', message: 'Fiktiver Beispielinhalt', description: 'Tooltip of the sample badge'})}>
            {translate({id: 'events.sample', message: 'Beispiel', description: 'Badge of a sample event'})}
          </span>
        )}
      </p>
      <Heading as={headingLevel} className={styles.title}>
        {/* Event pages are fragment pages: Docusaurus' link check cannot see them, the events plugin checks them. */}
        <Link to={event.path} {...(event.path.startsWith(`${EVENTS_PATH}/`) ? {'data-noBrokenLinkCheck': true} : {})}>
          {event.cancelled && <span className="sr-only">{translate({id: 'events.cancelled.prefix', message: 'Abgesagt: ', description: 'Read before a cancelled event’s title'})}</span>}
          {event.title}
        </Link>
      </Heading>
      <p className={styles.when}>
        <time dateTime={event.start.date}>{germanWhen(event)}</time>
        {where(event) && <> · {where(event)}</>}
      </p>
      {upcoming ? (
        <p className={styles.actions}>
          <a href={icsHref} download>
            {translate({id: 'events.ics', message: 'In den Kalender', description: 'Link to an event’s calendar file'})}
            <span className="sr-only">{translate({id: 'events.ics.of', message: ': {title}', description: 'Which event the calendar link is for (screen readers)'}, {title: event.title})}</span>
          </a>
          {event.registration && !event.cancelled && (
            <>
              {' · '}
              <a href={event.registration.url} rel="noopener">
                {event.registration.deadline
                  ? translate({id: 'events.register.until', message: 'Anmeldung bis {date}', description: 'Registration link with its deadline'}, {date: formatGermanDate(event.registration.deadline)})
                  : translate({id: 'events.register', message: 'Zur Anmeldung', description: 'Registration link'})}
              </a>
            </>
          )}
        </p>
      ) : (
        event.documentation.length > 0 && (
          <p className={styles.actions}>
            {translate({id: 'events.documentation', message: 'Dokumentation:', description: 'Before the links to what documents a past event'})}{' '}
            {event.documentation.map((link, index) => (
              <span key={link.path}>
                {index > 0 && ', '}
                <Link to={link.path}>{link.label}</Link>
              </span>
            ))}
          </p>
        )
      )}
    </article>
  );
}
