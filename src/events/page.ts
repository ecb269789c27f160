/**
 * An event file's own page (a fragment, see src/plugins/fragmentPages), with
 * schema.org Event as JSON-LD: type, when, where, how to take part,
 * registration, language, accessibility, what documents it, and its calendar
 * file. Congresses and reported meetings have their own pages already. Build
 * side; pure string rendering.
 */
import {DateTime} from 'luxon';
import type {Fragment} from '../fragmentPages/fragment';
import {breadcrumbs, factRow, link, SAMPLE_BADGE} from '../plugins/fragmentPages/html';
import {escapeHtml} from '../utils/escapeHtml';
import {formatGermanDate} from '../utils/formatDate';
import {TIME_ZONE} from './calendar';
import {ATTENDANCE_LABELS, EVENT_LANGUAGES, EVENT_TYPE_LABELS, EVENTS_PATH, germanWhen, SUBSCRIBE_PATH, type CalendarEvent, type LocalTime} from './types';

const ORGANIZER = {'@type': 'Organization', name: 'Bundesnetzwerk Bürgerschaftliches Engagement (BBE)', url: 'https://www.b-b-e.de'};

/** A day, or a time with Berlin's offset on that day: »2026-12-10T12:30:00+01:00«. */
export function isoWithOffset({date, time}: LocalTime): string {
  return time === undefined ? date : DateTime.fromISO(`${date}T${time}`, {zone: TIME_ZONE}).toISO({suppressMilliseconds: true})!;
}

/** schema.org Event (search engines show date, place and status from it). */
export function eventJsonLd(event: CalendarEvent, siteUrl: string): object {
  const url = `${siteUrl}${event.path}`;
  const place = event.place ? {'@type': 'Place', name: event.place, address: event.place} : undefined;
  // The access link is never published: the virtual location is the event's page, which says how to get it.
  const virtual = {'@type': 'VirtualLocation', url};
  const mode = {'vor-ort': 'OfflineEventAttendanceMode', online: 'OnlineEventAttendanceMode', hybrid: 'MixedEventAttendanceMode'}[event.attendance];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.description,
    startDate: isoWithOffset(event.start),
    ...(event.end ? {endDate: isoWithOffset(event.end)} : {}),
    eventAttendanceMode: `https://schema.org/${mode}`,
    eventStatus: `https://schema.org/${event.cancelled ? 'EventCancelled' : 'EventScheduled'}`,
    location: event.attendance === 'online' ? virtual : event.attendance === 'hybrid' ? [place, virtual].filter(Boolean) : place,
    organizer: ORGANIZER,
    inLanguage: event.language,
    url,
    ...(event.registration ? {offers: {'@type': 'Offer', url: event.registration.url, ...(event.registration.deadline ? {validThrough: event.registration.deadline} : {})}} : {}),
  };
}

const jsonLdScript = (data: object): string => `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

const CANCELLED_BADGE = '<span class="badge badge--abgesagt">Abgesagt</span>';

/** `edit`: the repository's edit address and the event's file, for »Diese Seite bearbeiten«. */
/** `tocHtml`: »Auf dieser Seite« for a long body (see src/markdown/render.ts), or ''. */
export function eventFragment(event: CalendarEvent, bodyHtml: string, siteUrl: string, edit?: {url: string; file: string}, tocHtml = ''): Fragment {
  const where =
    event.attendance === 'online'
      ? 'Online. Den Zugangslink erhalten Sie mit der Anmeldebestätigung.'
      : event.attendance === 'hybrid'
        ? `${event.place ?? ''}, oder online (den Zugangslink erhalten Sie mit der Anmeldebestätigung)`
        : (event.place ?? '');
  // »Gebärdensprachdolmetschung, stufenloser Zugang. Mit Live-Untertiteln.«
  const offered = [event.accessibility.signLanguage ? 'Gebärdensprachdolmetschung' : '', event.accessibility.stepFree ? 'stufenloser Zugang' : ''].filter(Boolean).join(', ');
  const access = [offered ? `${offered.charAt(0).toUpperCase()}${offered.slice(1)}.` : '', event.accessibility.notes ?? ''].filter(Boolean);
  const registration = event.registration
    ? [`<a href="${escapeHtml(event.registration.url)}" rel="noopener">Zur Anmeldung</a>${event.registration.deadline ? ` (bis ${formatGermanDate(event.registration.deadline)})` : ''}`]
    : [];
  const facts = [
    factRow('Wann', [`<time datetime="${escapeHtml(isoWithOffset(event.start))}">${escapeHtml(germanWhen(event))}</time>`]),
    factRow('Wo', [escapeHtml(where)]),
    factRow('Teilnahme', [escapeHtml(ATTENDANCE_LABELS[event.attendance])]),
    factRow('Sprache', [escapeHtml(EVENT_LANGUAGES[event.language] ?? event.language)]),
    factRow('Anmeldung', registration),
    factRow('Barrierefreiheit', access.length > 0 ? [escapeHtml(access.join(' '))] : []),
    factRow('Dokumentation', event.documentation.map((entry) => link(entry.path, entry.label))),
  ].join('');
  const html = [
    jsonLdScript(eventJsonLd(event, siteUrl)),
    breadcrumbs([
      ['Termine', EVENTS_PATH],
      [event.title, undefined],
    ]),
    '<article class="wp-event">',
    `<header><p class="wp-event__type">${escapeHtml(EVENT_TYPE_LABELS[event.type].one)}${event.cancelled ? ` ${CANCELLED_BADGE}` : ''}${event.sample ? ` ${SAMPLE_BADGE}` : ''}</p>`,
    `<h1>${event.cancelled ? '<span class="sr-only">Abgesagt: </span>' : ''}${escapeHtml(event.title)}</h1>`,
    event.cancelled ? '<p class="wp-event__cancelled"><strong>Dieser Termin ist abgesagt.</strong></p>' : '',
    event.sample ? '<p class="wp-muted">Dieser Termin ist erfunden und dient als Muster.</p>' : '',
    `<p class="wp-lead">${escapeHtml(event.description)}</p></header>`,
    `<aside class="wp-facts" aria-labelledby="eckdaten"><h2 id="eckdaten" class="wp-facts__title">Eckdaten</h2><dl>${facts}</dl></aside>`,
    `<p><a href="${escapeHtml(event.icsPath)}" download>In den Kalender eintragen</a> <span class="wp-muted">(Kalenderdatei, ICS)</span> · ${link(SUBSCRIBE_PATH, 'Alle Termine abonnieren')}</p>`,
    tocHtml,
    bodyHtml ? `<div class="wp-body markdown">${bodyHtml}</div>` : '',
    '</article>',
    `<p class="margin-top--lg">${link(EVENTS_PATH, '← Zu allen Terminen')}${edit ? ` · <a href="${escapeHtml(edit.url + edit.file)}" rel="noopener">Diese Seite bearbeiten</a>` : ''}</p>`,
  ].join('');
  return {path: event.path, title: event.title, description: event.description, html};
}
