/**
 * Congress documentation and working-group reports in Chromium: programme as
 * an accessible table, links both ways, materials, speakers, calendar file,
 * structured data, reports, and no WCAG 2.1 AA violations.
 */
import {beforeAll, describe, expect, inject, it} from 'vitest';
import ICAL from 'ical.js';
import type {Browser, Page} from 'playwright-core';
import {axeViolations} from './axe';
import {openTrackedPage} from './browser';
import {useSharedPage} from './sharedPage';

const origin = inject('origin');
const today = new Date().toISOString().slice(0, 10);

let browser: Browser;
let page: Page;
useSharedPage((shared) => ({browser, page} = shared));

const open = async (path: string): Promise<void> => {
  const response = await page.goto(origin + path);
  expect(response?.status(), path).toBe(200);
};
const hrefs = (selector: string): Promise<string[]> =>
  page.locator(selector).evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));

interface EventLd {
  '@type': string;
  name: string;
  startDate: string;
  endDate: string;
  location: {name: string; address: {addressLocality: string}};
  organizer: {name: string};
}

async function eventOf(path: string): Promise<EventLd> {
  const html = await (await fetch(origin + path)).text();
  const match = /<script[^>]*type=["']?application\/ld\+json["']?[^>]*>([^<]*"@type":"Event"[^<]*)<\/script>/.exec(html);
  expect(match, `JSON-LD Event on ${path}`).not.toBeNull();
  return JSON.parse(match![1]!) as EventLd;
}

describe('congress page', () => {
  beforeAll(() => open('/fachkongress/2019'));

  it('shows the programme as a table per day, with times, types, rooms and speakers', async () => {
    expect(await page.locator('main h2', {hasText: 'Programm'}).count()).toBe(1);
    const days = await page.locator('main h3').allInnerTexts();
    expect(days.map((d) => d.replace(/\u200b/g, '').trim())).toEqual(['Mittwoch, 13. November 2019', 'Donnerstag, 14. November 2019']);
    const headers = await page.locator('main table').first().locator('th').allInnerTexts();
    expect(headers).toEqual(['Zeit', 'Programmpunkt', 'Art', 'Raum']);
    const firstRow = await page.locator('main table').first().locator('tbody tr').first().locator('td').allInnerTexts();
    expect(firstRow[0]).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2} Uhr$/);
    expect(firstRow[1]).toMatch(/Mit /);
  });

  it('links sessions to their documentation, and the documentation back to the programme', async () => {
    const sessionLinks = (await hrefs('main table a')).filter((href) => href.startsWith('/fachkongress/2019/'));
    expect(sessionLinks.length).toBeGreaterThanOrEqual(2);
    await open(sessionLinks[0]!);
    expect(await hrefs('main a')).toContain('/fachkongress/2019#programm');
    await open('/fachkongress/2019');
  });

  it('lists materials with German type and size, and the files download', async () => {
    const materials = page.locator('main a', {hasText: /\((PDF|Word|PowerPoint), [\d,]+ (KB|MB)\)$/});
    expect(await materials.count()).toBeGreaterThanOrEqual(2);
    for (const href of await materials.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))) {
      const response = await fetch(origin + href);
      expect(response.status, href).toBe(200);
    }
  });

  it('links every speaker to the speakers index, where the person is listed', async () => {
    const speakerLinks = (await hrefs('main table a')).filter((href) => href.startsWith('/fachkongress/referierende#'));
    expect(speakerLinks.length).toBeGreaterThan(0);
    await open('/fachkongress/referierende');
    for (const href of new Set(speakerLinks)) {
      const id = href.split('#')[1]!;
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    }
    await open('/fachkongress/2019');
  });

  it('shows photos with alt text and a credit line', async () => {
    const images = page.locator('main .wp-gallery img');
    expect(await images.count()).toBeGreaterThan(0);
    for (const alt of await images.evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')))) expect(alt).toBeTruthy();
    expect(await page.locator('main .wp-gallery').innerText()).toMatch(/Foto: © /);
  });

  it('carries schema.org Event data that matches the page', async () => {
    const event = await eventOf('/fachkongress/2019');
    expect(event['@type']).toBe('Event');
    expect(event.name).toBe(await page.locator('h1').innerText());
    expect(event.startDate).toBe('2019-11-13');
    expect(event.endDate).toBe('2019-11-14');
    expect(event.location.address.addressLocality).toBe('Berlin');
    expect(event.organizer.name).toMatch(/BBE/);
  });

  it('has no WCAG 2.1 AA violations, at 1280 px and dark at 320 px', async () => {
    expect(await axeViolations(page)).toEqual([]);
    const phone = await openTrackedPage(browser, {width: 320, height: 640});
    await phone.page.emulateMedia({colorScheme: 'dark'});
    await phone.page.goto(`${origin}/fachkongress/2019`);
    expect(await axeViolations(phone.page)).toEqual([]);
    expect(phone.externalRequests).toEqual([]);
    await phone.context.close();
  });
});

describe('congress overview', () => {
  it('lists all congresses newest first and highlights the next one with a valid calendar file', async () => {
    await open('/fachkongress');
    const links = (await hrefs('main li a')).filter((href) => /^\/fachkongress\/\d{4}$/.test(href));
    expect(links.length).toBeGreaterThanOrEqual(3);
    const years = links.map((href) => Number(href.slice(-4)));
    expect(years).toEqual([...years].sort((a, b) => b - a));

    const events = await Promise.all(links.map(async (href) => ({href, event: await eventOf(href)})));
    const upcoming = events.filter(({event}) => event.endDate >= today).sort((a, b) => a.event.startDate.localeCompare(b.event.startDate))[0];
    const highlight = page.locator('main .theme-admonition', {hasText: 'Nächster Fachkongress'});
    expect(await highlight.count()).toBe(upcoming ? 1 : 0);
    if (!upcoming) return;
    expect(await highlight.locator('a', {hasText: upcoming.event.name}).getAttribute('href')).toBe(upcoming.href);
    const icsHref = await highlight.locator('a', {hasText: 'Kalender'}).getAttribute('href');
    const ics = await (await fetch(origin + icsHref!)).text();
    const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(vevent.summary).toBe(upcoming.event.name);
    expect(vevent.startDate.toString()).toBe(upcoming.event.startDate);

    // The events page lists the same next congress among the upcoming events, with the same calendar entry.
    await open('/termine');
    const listed = page.locator('section[aria-labelledby="kommende-termine"] article', {has: page.locator('a', {hasText: upcoming.event.name})});
    expect(await listed.count()).toBe(1);
    expect(await listed.locator('a', {hasText: 'In den Kalender'}).getAttribute('href')).toBe(icsHref);
  });

  it('says »Programm folgt« for a congress without programme', async () => {
    await open('/fachkongress');
    const withoutProgramme = (await page.locator('main li', {hasText: '(Programm folgt)'}).locator('a').first().getAttribute('href'))!;
    await open(withoutProgramme);
    expect(await page.locator('main').innerText()).toContain('Programm folgt.');
    expect(await page.locator('main table').count()).toBe(0);
  });

  it('has no WCAG 2.1 AA violations', async () => {
    await open('/fachkongress');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('working groups', () => {
  it('lists each group with its number of reports and latest date', async () => {
    await open('/arbeitsgruppen');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/AG Digitalisierung/);
    expect(text).toMatch(/\d+ Sitzungsberichte?/);
    expect(text).toMatch(/zuletzt am \d{1,2}\. \p{L}+ \d{4}/u);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a group page with its reports newest first', async () => {
    await open('/arbeitsgruppen/engagementfoerderung-beispiel');
    const reports = (await hrefs('main li a')).filter((href) => href.startsWith('/arbeitsgruppen/engagementfoerderung-beispiel/'));
    expect(reports.length).toBe(2);
    const dates = reports.map((href) => href.split('/').pop()!.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a report with its fact box, linked to the news post announcing it, and back', async () => {
    await open('/arbeitsgruppen/digitalisierung/2019-11-08-vierte-sitzung');
    const facts = await page.locator('main ul').first().innerText();
    expect(facts).toMatch(/Arbeitsgruppe: AG Digitalisierung/);
    expect(facts).toMatch(/Sitzung: 4\. Sitzung am 8\. November 2019/);
    const topicLink = await page.locator('main ul').first().locator('a', {hasText: 'Digitale Teilhabe'}).getAttribute('href');
    expect((await fetch(origin + topicLink!)).status).toBe(200);
    const announcement = await page.locator('main a', {hasText: 'Ankündigung in den Meldungen'}).getAttribute('href');
    expect(await axeViolations(page)).toEqual([]);
    await open(announcement!);
    expect(await hrefs('main a')).toContain('/arbeitsgruppen/digitalisierung/2019-11-08-vierte-sitzung');
    expect(await page.locator('main h2', {hasText: 'Neueste Berichte: AG Digitalisierung'}).count()).toBe(1);
  });
});
