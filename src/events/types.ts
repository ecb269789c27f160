/**
 * Events (»Termine«): the BBE's exchange formats in one calendar. The types,
 * their German names and what the list page and the home page receive. Shared
 * by the build (src/content/loadEvents.ts, src/plugins/events) and the browser
 * (src/components/EventList); no Node imports here.
 */

import {formatGermanDate, formatGermanDateRange} from '../utils/formatDate';

/** The kinds of event, in the order the filters show them. */
export const EVENT_TYPES = ['fachkongress', 'mittagsgespraech', 'ag-sitzung', 'vernetzungstreffen', 'online-format'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_LABELS: Record<EventType, {one: string; many: string}> = {
  fachkongress: {one: 'Fachkongress', many: 'Fachkongresse'},
  mittagsgespraech: {one: 'Mittagsgespräch', many: 'Mittagsgespräche'},
  'ag-sitzung': {one: 'AG-Sitzung', many: 'AG-Sitzungen'},
  vernetzungstreffen: {one: 'Vernetzungstreffen', many: 'Vernetzungstreffen'},
  'online-format': {one: 'Online-Format', many: 'Online-Formate'},
};

/** How one takes part: in a place, online, or either. */
export const ATTENDANCE = ['vor-ort', 'online', 'hybrid'] as const;
export type Attendance = (typeof ATTENDANCE)[number];
export const ATTENDANCE_LABELS: Record<Attendance, string> = {'vor-ort': 'vor Ort', online: 'online', hybrid: 'vor Ort und online'};

/** Languages an event can be held in (ISO 639-1), with their German names. */
export const EVENT_LANGUAGES: Record<string, string> = {
  de: 'Deutsch',
  en: 'Englisch',
  fr: 'Französisch',
  ar: 'Arabisch',
  tr: 'Türkisch',
  uk: 'Ukrainisch',
  ru: 'Russisch',
  fa: 'Persisch',
};

/** The list page, the feeds and the event pages, below the base URL. */
export const EVENTS_PATH = '/termine';
/** The feed of every event, and one per type (`/termine/<type>.ics`). */
export const ALL_EVENTS_FEED = '/termine.ics';
export const typeFeedPath = (type: EventType): string => `${EVENTS_PATH}/${type}.ics`;
/** The page that explains how to subscribe. */
export const SUBSCRIBE_PATH = '/programm/kalender-abonnieren';

/** A day and, unless the event lasts whole days, a time (Europe/Berlin). */
export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM; absent: a whole day. */
  time?: string;
}

export interface EventLink {
  /** »Kongressdokumentation«, »Sitzungsbericht«, »Meldung«, »Arbeitsgruppe« */
  label: string;
  /** Site path, without the base URL. */
  path: string;
}

/** One event as the list page, the home page and the event page show it. */
export interface CalendarEvent {
  /** Stable id: the UID in the calendar feeds, e.g. `fachkongress-2019`, `ag-sitzung-digitalisierung-2019-11-08`. */
  id: string;
  type: EventType;
  title: string;
  description: string;
  start: LocalTime;
  /** Absent: one day, or the start time only. */
  end?: LocalTime;
  attendance: Attendance;
  /** Where, for events in a place: »Umweltforum Berlin, Pufendorfstraße 11, Berlin«. */
  place?: string;
  registration?: {url: string; deadline?: string};
  /** ISO 639-1 */
  language: string;
  accessibility: {signLanguage: boolean; stepFree: boolean; notes?: string};
  /** Pages that document the event (a congress, a report, a news post, a working group). */
  documentation: EventLink[];
  /** The event's own page: an event file's page, or the congress or report it comes from. */
  path: string;
  /** The event's calendar file. */
  icsPath: string;
  cancelled: boolean;
  sample: boolean;
}

/** What the events plugin hands the list page and the home page: the day of the build and events, soonest first. */
export interface EventsModule {
  builtOn: string;
  events: CalendarEvent[];
}

/** The last day an event takes place on. */
export const lastDay = (event: Pick<CalendarEvent, 'start' | 'end'>): string => event.end?.date ?? event.start.date;

/** Upcoming until its last day has passed (`today` as YYYY-MM-DD, in Berlin). */
export const isUpcomingEvent = (event: Pick<CalendarEvent, 'start' | 'end'>, today: string): boolean => lastDay(event) >= today;

const sortKey = (event: Pick<CalendarEvent, 'start'>): string => `${event.start.date} ${event.start.time ?? '00:00'}`;

/** Soonest first. */
export const byStart = (a: Pick<CalendarEvent, 'start' | 'id'>, b: Pick<CalendarEvent, 'start' | 'id'>): number =>
  sortKey(a).localeCompare(sortKey(b)) || a.id.localeCompare(b.id);

/** Today in Berlin, YYYY-MM-DD (the calendar's days are Berlin days). */
export function berlinToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit'}).format(now);
}

/** The next `count` events that have not ended by `today`, cancelled ones included (they say so). */
export function nextEvents<T extends Pick<CalendarEvent, 'start' | 'end' | 'id'>>(events: readonly T[], today: string, count: number): T[] {
  return events.filter((event) => isUpcomingEvent(event, today)).sort(byStart).slice(0, count);
}

const weekday = new Intl.DateTimeFormat('de-DE', {weekday: 'long', timeZone: 'UTC'});

/** »Donnerstag, 10. Dezember 2026« */
export function germanDay(date: string, withWeekday = true): string {
  return withWeekday ? `${weekday.format(new Date(`${date}T00:00:00Z`))}, ${formatGermanDate(date)}` : formatGermanDate(date);
}

/**
 * When, in German: »Donnerstag, 10. Dezember 2026, 12:30 bis 14:00 Uhr«,
 * »13.–14. November 2019«, »Donnerstag, 10. Dezember 2026, ab 12:30 Uhr«.
 */
export function germanWhen(event: Pick<CalendarEvent, 'start' | 'end'>): string {
  const {start, end} = event;
  if (!end || end.date === start.date) {
    const day = germanDay(start.date);
    if (!start.time) return day;
    return end?.time ? `${day}, ${start.time} bis ${end.time} Uhr` : `${day}, ab ${start.time} Uhr`;
  }
  if (!start.time) return formatGermanDateRange(start.date, end.date);
  return `${germanDay(start.date)}, ${start.time} Uhr, bis ${germanDay(end.date)}${end.time ? `, ${end.time} Uhr` : ''}`;
}
