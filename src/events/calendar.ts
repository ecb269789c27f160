/**
 * Calendar files (RFC 5545) for events: the feed of all events to subscribe
 * to, one per type, and one file per event (»In den Kalender«). Written by
 * ical-generator; times are Europe/Berlin with its VTIMEZONE, whole days are
 * dates. UIDs come from the events' ids, so a subscribed calendar updates the
 * same entries when an event moves or is cancelled (STATUS:CANCELLED: it stays
 * in the feed). Build side only.
 */
import {getVtimezoneComponent} from '@touch4it/ical-timezones';
import icalGenerator, {ICalCalendarMethod, ICalEventStatus, type ICalEventData} from 'ical-generator';
import {DateTime} from 'luxon';
import {ATTENDANCE_LABELS, EVENT_TYPE_LABELS, germanWhen, type CalendarEvent, type EventType, type LocalTime} from './types';

export const TIME_ZONE = 'Europe/Berlin';
const PRODUCT = {company: 'BBE', product: 'Wissensplattform Termine', language: 'DE'};

export interface CalendarOptions {
  /** Origin and base path of the site, without a trailing slash: https://example.org/wissensplattform */
  siteUrl: string;
  /** DTSTAMP: when the feed was made. */
  now: Date;
  /** LAST-MODIFIED of an event (the time of its content file's last commit), if known. */
  lastModified?: (event: CalendarEvent) => Date | undefined;
}

const at = ({date, time}: LocalTime): DateTime => DateTime.fromISO(`${date}T${time ?? '00:00'}`, {zone: TIME_ZONE});

function eventData(event: CalendarEvent, {siteUrl, now, lastModified}: CalendarOptions): ICalEventData {
  const host = new URL(siteUrl).hostname;
  const url = `${siteUrl}${event.path}`;
  const allDay = event.start.time === undefined;
  // A whole-day event ends at the start of the day after its last day (DTEND is exclusive).
  const end = allDay ? at({date: event.end?.date ?? event.start.date}).plus({days: 1}) : event.end?.time ? at(event.end) : undefined;
  const where = event.attendance === 'online' ? 'Online' : event.attendance === 'hybrid' ? `${event.place ?? ''} und online` : (event.place ?? '');
  const lines = [
    event.description,
    '',
    `${EVENT_TYPE_LABELS[event.type].one}, ${ATTENDANCE_LABELS[event.attendance]}: ${germanWhen(event)}.`,
    ...(event.registration ? [`Anmeldung: ${event.registration.url}${event.registration.deadline ? ` (bis ${event.registration.deadline})` : ''}`] : []),
    ...(event.attendance !== 'vor-ort' ? ['Den Zugangslink erhalten Sie mit der Anmeldebestätigung.'] : []),
    `Mehr: ${url}`,
  ];
  return {
    id: `${event.id}@${host}`,
    stamp: now,
    lastModified: lastModified?.(event) ?? null,
    start: at(event.start),
    ...(end ? {end} : {}),
    allDay,
    ...(allDay ? {} : {timezone: TIME_ZONE}),
    summary: event.cancelled ? `Abgesagt: ${event.title}` : event.title,
    description: lines.join('\n'),
    ...(where ? {location: where} : {}),
    url,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    categories: [{name: EVENT_TYPE_LABELS[event.type].one}],
  };
}

/** A calendar of `events` (a feed, or one event's file). */
export function calendarFile(name: string, events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = icalGenerator({
    name,
    prodId: PRODUCT,
    method: ICalCalendarMethod.PUBLISH,
    // Subscribed calendars look again once a day (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    ttl: 24 * 60 * 60,
    // No calendar-wide zone (ical-generator would write DTSTAMP without »Z«): each timed event names Europe/Berlin,
    // and the generator adds its VTIMEZONE once.
    timezone: {name: null, generator: getVtimezoneComponent},
    // The home page (with the base path's trailing slash).
    url: `${options.siteUrl}/`,
  });
  for (const event of events) calendar.createEvent(eventData(event, options));
  // Every content line ends with CRLF, the last one too (RFC 5545, 3.1); ical-generator leaves the last one open.
  return calendar.toString().replace(/(?:\r\n)?$/, '\r\n');
}

export const FEED_NAME = 'BBE-Termine: Pat*innen, Mentor*innen und Lots*innen';
export const typeFeedName = (type: EventType): string => `BBE-Termine: ${EVENT_TYPE_LABELS[type].many}`;
