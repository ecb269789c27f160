/**
 * Calendar files of events (src/events/calendar.ts), read back with ical.js:
 * times in Europe/Berlin with its VTIMEZONE (also across the change to summer
 * time), whole days as dates with an exclusive end, stable UIDs, cancelled
 * events kept as CANCELLED, and RFC 5545's line rules.
 */
import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {calendarFile} from '../../src/events/calendar';
import type {CalendarEvent} from '../../src/events/types';

const event = (overrides: Partial<CalendarEvent>): CalendarEvent => ({
  id: 'termin-mittag',
  type: 'mittagsgespraech',
  title: 'Mittagsgespräch: Pat*innen, Mentor*innen; Lots*innen',
  description: 'Austausch über Begleitung im Alltag.',
  start: {date: '2027-01-20', time: '12:30'},
  end: {date: '2027-01-20', time: '13:30'},
  attendance: 'online',
  language: 'de',
  accessibility: {signLanguage: true, stepFree: false},
  documentation: [],
  path: '/termine/mittag',
  icsPath: '/termine/mittag.ics',
  cancelled: false,
  sample: false,
  ...overrides,
});

const CONGRESS = event({
  id: 'fachkongress-2019',
  type: 'fachkongress',
  title: 'Fachkongress 2019',
  start: {date: '2019-11-13'},
  end: {date: '2019-11-14'},
  attendance: 'vor-ort',
  place: 'Tagungszentrum Mitte, Berlin',
  path: '/fachkongress/2019',
});
const SUMMER = event({id: 'termin-sommer', start: {date: '2027-06-02', time: '10:00'}, end: {date: '2027-06-02', time: '16:00'}, attendance: 'vor-ort', place: 'Leipzig'});
const CANCELLED = event({id: 'termin-abgesagt', cancelled: true, start: {date: '2027-04-14', time: '16:00'}, end: undefined});

const OPTIONS = {siteUrl: 'https://wissen.example.org/plattform', now: new Date('2026-11-28T10:00:00Z'), lastModified: () => new Date('2026-11-01T08:00:00Z')};
const text = calendarFile('BBE-Termine', [event({}), CONGRESS, SUMMER, CANCELLED], OPTIONS);
const calendar = new ICAL.Component(ICAL.parse(text));
const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
const vevents = calendar.getAllSubcomponents('vevent');
const byUid = (uid: string): ICAL.Event => new ICAL.Event(vevents.find((component) => component.getFirstPropertyValue('uid') === uid));

describe('calendarFile', () => {
  it('holds every event, with stable UIDs from the ids and the site’s host', () => {
    expect(vevents.map((component) => component.getFirstPropertyValue('uid'))).toEqual([
      'termin-mittag@wissen.example.org',
      'fachkongress-2019@wissen.example.org',
      'termin-sommer@wissen.example.org',
      'termin-abgesagt@wissen.example.org',
    ]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('BBE-Termine');
  });

  it('gives times in Europe/Berlin with a VTIMEZONE that knows winter and summer time', () => {
    expect(zone.tzid).toBe('Europe/Berlin');
    const winter = byUid('termin-mittag@wissen.example.org');
    const dtstart = vevents[0]!.getFirstProperty('dtstart')!;
    expect(dtstart.getParameter('tzid')).toBe('Europe/Berlin');
    expect(winter.startDate.toString()).toBe('2027-01-20T12:30:00');
    // 12:30 in Berlin in January is 11:30 UTC; 10:00 in June is 08:00 UTC.
    winter.startDate.zone = zone;
    expect(winter.startDate.toUnixTime()).toBe(Date.UTC(2027, 0, 20, 11, 30) / 1000);
    const summer = byUid('termin-sommer@wissen.example.org');
    summer.startDate.zone = zone;
    expect(summer.startDate.toUnixTime()).toBe(Date.UTC(2027, 5, 2, 8, 0) / 1000);
    expect(winter.endDate.toString()).toBe('2027-01-20T13:30:00');
  });

  it('gives a congress as whole days, the end exclusive', () => {
    const congress = byUid('fachkongress-2019@wissen.example.org');
    expect(congress.startDate.isDate).toBe(true);
    expect(congress.startDate.toString()).toBe('2019-11-13');
    expect(congress.endDate.toString()).toBe('2019-11-15');
    expect(congress.location).toBe('Tagungszentrum Mitte, Berlin');
  });

  it('keeps a cancelled event, marked CANCELLED and in its title', () => {
    const cancelled = vevents.find((component) => component.getFirstPropertyValue('uid') === 'termin-abgesagt@wissen.example.org')!;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(new ICAL.Event(cancelled).summary).toMatch(/^Abgesagt: /);
    expect(vevents.filter((component) => component.getFirstPropertyValue('status') === 'CONFIRMED')).toHaveLength(3);
  });

  it('stamps in UTC, with LAST-MODIFIED, the page’s address and no access link', () => {
    const first = vevents[0]!;
    expect(first.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-28T10:00:00Z');
    expect(first.getFirstPropertyValue('last-modified')!.toString()).toBe('2026-11-01T08:00:00Z');
    expect(first.getFirstPropertyValue('url')).toBe('https://wissen.example.org/plattform/termine/mittag');
    expect(new ICAL.Event(first).description).toContain('Den Zugangslink erhalten Sie mit der Anmeldebestätigung.');
    expect(new ICAL.Event(first).location).toBe('Online');
  });

  it('expands without recurrence: each event occurs once', () => {
    for (const component of vevents) {
      const iterator = new ICAL.Event(component).iterator();
      expect(iterator.next()).toBeTruthy();
      expect(iterator.next()).toBeFalsy();
    }
  });

  it('uses CRLF line endings, folds at 75 octets and escapes commas and semicolons', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('SUMMARY:Mittagsgespräch: Pat*innen\\, Mentor*innen\\; Lots*innen');
  });
});
