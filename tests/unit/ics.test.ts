import {describe, expect, it} from 'vitest';
import ICAL from 'ical.js';
import {congressIcs, foldLine} from '../../src/content/ics';
import type {Congress} from '../../src/content/congress';

const congress: Congress = {
  title: 'Fachkongress 2019: Gemeinsam, vielfältig; stark',
  description: 'Zwei Tage Austausch für Pat*innen, Mentor*innen und Lots*innen – mit Workshops, Podium und Markt der Möglichkeiten.',
  date: '2019-11-13',
  endDate: '2019-11-14',
  venue: 'Tagungszentrum Mitte',
  city: 'Berlin',
  year: 2019,
  folder: 'docs/fachkongress/2019',
  path: '/fachkongress/2019',
  programme: null,
  downloads: [],
  days: ['2019-11-13', '2019-11-14'],
};

describe('congressIcs', () => {
  const text = congressIcs(congress, {siteUrl: 'https://wissen.example.org', now: new Date('2026-11-26T10:00:00Z')});

  it('parses with a real iCalendar parser into one all-day event over both days', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(congress.title);
    expect(event.location).toBe('Tagungszentrum Mitte, Berlin');
    expect(event.description).toBe(congress.description);
    expect(event.startDate.toString()).toBe('2019-11-13');
    expect(event.startDate.isDate).toBe(true);
    // DTEND is exclusive: the day after the last congress day.
    expect(event.endDate.toString()).toBe('2019-11-15');
    expect(event.uid).toBe('fachkongress-2019@wissen.example.org');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('uses CRLF line endings and folds lines at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes commas and semicolons in text', () => {
    expect(text).toContain('SUMMARY:Fachkongress 2019: Gemeinsam\\, vielfältig\\; stark');
  });
});

describe('foldLine', () => {
  it.each([
    ['short', 'short'],
    ['x'.repeat(80), `${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`],
  ])('%#', (input, expected) => {
    expect(foldLine(input)).toBe(expected);
  });

  it('never splits a multi-byte character', () => {
    const folded = foldLine('ä'.repeat(60));
    expect(folded.split('\r\n ').join('')).toBe('ä'.repeat(60));
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });
});
