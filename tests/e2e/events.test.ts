/**
 * »Termine« in Chromium, measured against the calendar feeds the build wrote
 * (read with ical.js): the list page shows every event of the feed, upcoming
 * first and past by year; its filters by type and attendance live in the URL
 * and work by keyboard; an event's page carries schema.org Event and its own
 * calendar file; the type feeds split the whole feed; the home page shows the
 * next three; the subscribe page links every feed; axe passes on the filtered list.
 */
import ICAL from 'ical.js';
import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {axeViolations} from './axe';
import {useFreshPage} from './freshPage';
import {RAPID_MS} from '../../src/utils/historyMode';

const origin = inject('origin');

let page: Page;
const {open} = useFreshPage((fresh) => ({page} = fresh));

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  /** Last day (inclusive). */
  lastDay: string;
  status: string;
  categories: string;
  url: string;
}

async function feed(path: string): Promise<FeedEvent[]> {
  const response = await fetch(`${origin}${path}`);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type'), path).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const end = event.endDate ?? event.startDate;
    // A whole-day event's end is exclusive.
    const last = event.startDate.isDate ? new Date(end.toJSDate().getTime() - 86_400_000) : end.toJSDate();
    return {
      uid: event.uid,
      summary: event.summary.replace(/^Abgesagt: /, ''),
      start: event.startDate.toString(),
      lastDay: event.startDate.isDate ? `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}-${String(last.getDate()).padStart(2, '0')}` : end.toString().slice(0, 10),
      status: String(component.getFirstPropertyValue('status')),
      categories: String(component.getFirstPropertyValue('categories')),
      url: String(component.getFirstPropertyValue('url')),
    };
  });
}

const today = new Intl.DateTimeFormat('en-CA', {timeZone: 'Europe/Berlin'}).format(new Date());
const titlesIn = (section: string) => page.locator(`section[aria-labelledby="${section}"] article h3 a, section[aria-labelledby="${section}"] article h4 a`).allInnerTexts();
const clean = (titles: string[]) => titles.map((title) => title.replace(/^Abgesagt:\s*/, '').trim());

async function openEvents(query = ''): Promise<void> {
  await page.goto(`${origin}/termine${query}`);
}

describe('the events page', () => {
  it('lists every event of the feed: upcoming soonest first, past newest first under their year', async () => {
    const all = await feed('/termine.ics');
    expect(all.length).toBeGreaterThan(3);
    await openEvents();
    const upcoming = all.filter((event) => event.lastDay >= today).sort((a, b) => a.start.localeCompare(b.start));
    const past = all.filter((event) => event.lastDay < today).sort((a, b) => b.start.localeCompare(a.start));
    expect(clean(await titlesIn('kommende-termine'))).toEqual(upcoming.map((event) => event.summary));
    expect(clean(await titlesIn('vergangene-termine'))).toEqual(past.map((event) => event.summary));
    // Headings end in their anchor link (a zero-width space).
    const years = (await page.locator('section[aria-labelledby="vergangene-termine"] h3').allInnerTexts()).map((text) => text.replace(/\u200b/g, '').trim());
    expect(years).toEqual([...new Set(past.map((event) => event.start.slice(0, 4)))]);
    expect(await page.locator('main [role="status"]').innerText()).toBe(`${all.length} Termine insgesamt.`);
  });

  it('says »Abgesagt« on a cancelled event, as the feed marks it CANCELLED', async () => {
    const cancelled = (await feed('/termine.ics')).filter((event) => event.status === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThan(0);
    await openEvents();
    for (const event of cancelled) {
      const article = page.locator('main article', {has: page.locator('h3 a, h4 a', {hasText: event.summary})});
      await expect.poll(() => article.locator('.badge--abgesagt').innerText()).toBe('Abgesagt');
    }
  });

  it('filters by type and by »online«, keeps both in the URL, and goes back with the browser', async () => {
    const all = await feed('/termine.ics');
    const talks = await feed('/termine/mittagsgespraech.ics');
    await openEvents();
    await page.getByRole('checkbox', {name: /^Mittagsgespräche/}).check();
    await page.waitForURL(/\?art=mittagsgespraech$/);
    await expect.poll(() => page.locator('main [role="status"]').innerText()).toBe(`${talks.length === 1 ? 'Ein Termin' : `${talks.length} Termine`} für diese Auswahl.`);
    expect(await page.locator('main article').evaluateAll((articles) => articles.map((article) => article.getAttribute('data-event-type')))).toEqual(talks.map(() => 'mittagsgespraech'));

    // A second choice right after the first replaces its history entry (src/utils/historyMode.ts): wait as a person would.
    await page.waitForTimeout(RAPID_MS + 100);
    await page.getByRole('radio', {name: 'online'}).check();
    await page.waitForURL(/\?art=mittagsgespraech&teilnahme=online$/);
    const attendances = await page.locator('main article').evaluateAll((articles) => articles.map((article) => article.getAttribute('data-attendance')));
    expect(attendances.length).toBeGreaterThan(0);
    expect(attendances.every((value) => value === 'online' || value === 'hybrid')).toBe(true);

    await page.goBack();
    await page.waitForURL(/\?art=mittagsgespraech$/);
    await expect.poll(() => page.getByRole('radio', {name: 'alle'}).isChecked()).toBe(true);
    await page.getByRole('button', {name: 'Filter zurücksetzen'}).click();
    await page.waitForURL(`${origin}/termine`);
    await expect.poll(() => page.locator('main article').count()).toBe(all.length);
  });

  it('opens with the filters of its URL, and says so when nothing upcoming matches', async () => {
    await openEvents('?art=vernetzungstreffen&teilnahme=online');
    await expect.poll(() => page.getByRole('checkbox', {name: /^Vernetzungstreffen/}).isChecked()).toBe(true);
    expect(await page.getByRole('radio', {name: 'online'}).isChecked()).toBe(true);
    const upcoming = (await feed('/termine/vernetzungstreffen.ics')).filter((event) => event.lastDay >= today);
    const listed = await titlesIn('kommende-termine');
    if (listed.length === 0) expect(await page.locator('section[aria-labelledby="kommende-termine"] p').innerText()).toBe('Für diese Auswahl ist zurzeit kein Termin angekündigt.');
    expect(listed.length).toBeLessThanOrEqual(upcoming.length);
  });

  it('works by keyboard: Tab to a type, Space ticks it, the status says how many', async () => {
    await openEvents();
    const box = page.getByRole('checkbox', {name: /^Online-Formate/});
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/\?art=online-format$/);
    await expect.poll(() => page.locator('main [role="status"]').innerText()).toMatch(/für diese Auswahl\.$/);
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('works by keyboard at 390 px: Enter opens the folded filters, Tab reaches the first type, Space ticks it, focus stays', async () => {
    await open(390);
    await openEvents();
    // The button says »Filter anzeigen«, then »Filter ausblenden«: found by the panel it opens.
    const toggle = page.locator('button[aria-controls="termine-filter-panel"]');
    expect(await toggle.innerText()).toBe('Filter anzeigen');
    expect(await page.getByRole('checkbox', {name: /^Fachkongresse/}).isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    const first = page.getByRole('checkbox', {name: /^Fachkongresse/});
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL(/\?art=fachkongress$/);
    await expect.poll(() => page.locator('main [role="status"]').innerText()).toMatch(/für diese Auswahl\.$/);
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

describe('an event page', () => {
  it('is reached from the list and carries schema.org Event, its calendar file and the way back', async () => {
    await openEvents();
    const first = page.locator('section[aria-labelledby="kommende-termine"] article h3 a[href^="/termine/"]').first();
    const title = await first.innerText();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(`${origin}${href}`);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(clean([title])[0]);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({'@type': 'Event', name: title.replace(/^Abgesagt: /, '')});
    expect(String(jsonLd.eventAttendanceMode)).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
    expect(String(jsonLd.startDate)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
    expect(jsonLd.organizer).toMatchObject({name: 'Bundesnetzwerk Bürgerschaftliches Engagement (BBE)'});

    // Its calendar file holds the same event as the feed (same UID), and the page's address.
    const icsHref = (await page.locator('main a', {hasText: 'In den Kalender eintragen'}).getAttribute('href'))!;
    const [own] = await feed(icsHref);
    const inFeed = (await feed('/termine.ics')).find((event) => event.uid === own!.uid);
    expect(inFeed).toEqual(own);
    expect(own!.url).toMatch(new RegExp(`${href}$`));

    // The static page holds the same JSON-LD for crawlers.
    const html = await (await fetch(`${origin}${href}`)).text();
    expect(html).toContain('"@type":"Event"');
    await page.locator('main a', {hasText: 'Zu allen Terminen'}).click();
    await page.waitForURL(`${origin}/termine`);
  });

  it('keeps the access link of an online event off the page and says how to get it', async () => {
    const online = (await feed('/termine.ics')).find((event) => /\/termine\//.test(event.url) && event.categories !== 'Fachkongress');
    await page.goto(online!.url.replace(/^https?:\/\/[^/]+/, origin));
    await page.locator('main h1').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/zoom|webex|meet\.|teams\.microsoft/i);
  });
});

describe('the calendar feeds', () => {
  it('split the whole feed by type, each event once, with the same UIDs', async () => {
    const all = await feed('/termine.ics');
    const byType = await Promise.all(['fachkongress', 'mittagsgespraech', 'ag-sitzung', 'vernetzungstreffen', 'online-format'].map((type) => feed(`/termine/${type}.ics`)));
    expect(byType.flat().map((event) => event.uid).sort()).toEqual(all.map((event) => event.uid).sort());
    for (const events of byType) expect(new Set(events.map((event) => event.categories)).size).toBeLessThanOrEqual(1);
    expect(new Set(all.map((event) => event.uid)).size).toBe(all.length);
  });

  it('are linked from the subscribe page, which the list links', async () => {
    await openEvents();
    await page.locator('main a', {hasText: 'So abonnieren Sie den Kalender'}).click();
    await page.waitForURL(`${origin}/programm/kalender-abonnieren`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Termine im eigenen Kalender abonnieren');
    const links = await page.locator('main table a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links).toEqual(['/termine.ics', '/termine/fachkongress.ics', '/termine/mittagsgespraech.ics', '/termine/ag-sitzung.ics', '/termine/vernetzungstreffen.ics', '/termine/online-format.ics']);
    for (const link of links) await feed(link);
    for (const heading of ['Outlook', 'Thunderbird', 'Apple-Kalender (Mac, iPhone, iPad)', 'Google Kalender']) {
      expect(await page.locator('main h2', {hasText: heading}).count()).toBe(1);
    }
  });
});

describe('the home page', () => {
  it('shows the next three events of the list, in its order', async () => {
    await openEvents();
    const upcoming = (await titlesIn('kommende-termine')).slice(0, 3);
    await page.goto(`${origin}/`);
    const section = page.locator('section[aria-labelledby="home-events-heading"]');
    expect(await section.locator('h3 a').allInnerTexts()).toEqual(upcoming);
    await section.locator('a', {hasText: 'Alle Termine'}).click();
    await page.waitForURL(`${origin}/termine`);
  });
});

describe('accessibility', () => {
  // The list and an event page are page types of the accessibility suite (tests/e2e/pageTypes.ts); here the list
  // with its filters chosen, which that suite does not see.
  it('has no WCAG 2.1 AA violations on the filtered list, light and dark, at 1280 and 320 px', async () => {
    for (const width of [1280, 320]) {
      await open(width);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({colorScheme: scheme});
        await openEvents('?art=mittagsgespraech&teilnahme=online');
        await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
        expect(await axeViolations(page), `${width} ${scheme}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${width}`).toBeLessThanOrEqual(0);
      }
    }
  });
});
