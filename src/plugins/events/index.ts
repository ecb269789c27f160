/**
 * Events (»Termine«): the list page /termine, a page for each event file
 * (fragment pages, see src/plugins/fragmentPages), and the calendar files
 * after the build: /termine.ics with every event, one feed per type
 * (/termine/<type>.ics) and one file per event (congresses keep
 * /fachkongress/<year>/kongress.ics). Congresses and reported working-group
 * meetings come from their own content (src/content/loadEvents.ts).
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import * as z from 'zod';
import {EVENTS_DIR, publicEvent} from '../../content/loadEvents';
import {ContentError, type Problem} from '../../content/problems';
import type {Site} from '../../content/site';
import {calendarFile, FEED_NAME, typeFeedName} from '../../events/calendar';
import {eventFragment} from '../../events/page';
import {ALL_EVENTS_FEED, berlinToday, EVENT_TYPES, EVENTS_PATH, typeFeedPath, type CalendarEvent, type EventsModule} from '../../events/types';
import type {WithBuildStep} from '../buildSteps';
import {fragmentPages, type Fragment} from '../fragmentPages';
import type {FragmentAsset} from '../../markdown/assets';
import {siteOf} from '../content';
import {createModuleData} from '../moduleData';
import {validatedOptions} from '../options';
import {lastUpdatedTimes} from '../practices/lastUpdated';
import {renderBody, tocHtml, type LinkTargets} from '../../markdown/render';
import {linkTargetsOf} from '../content/linkTargets';

export interface EventsOptions {
  /** Folder served as static files in development (the catalogue's `publicDir`). */
  publicDir: string;
  /** Base of the edit link, e.g. https://github.com/org/repo/edit/main/ (the file path is appended). */
  editUrl?: string;
}

const OPTIONS = z.object({publicDir: z.string().min(1), editUrl: z.url().optional()}).strict();

export function validateOptions({options}: OptionValidationContext<EventsOptions | undefined, EventsOptions & {id: string}>): EventsOptions & {id: string} {
  return validatedOptions('wissensplattform-events', OPTIONS, options);
}

export interface EventsContent {
  /** Soonest first; what the list page gets. */
  events: CalendarEvent[];
  /** The pages of event files. */
  fragments: Fragment[];
  assets: FragmentAsset[];
  /** Content file of each event, by id (for LAST-MODIFIED). */
  files: Record<string, string>;
}

const LIST_COMPONENT = '@site/src/components/EventList/index.tsx';

/** The events of the content graph with their pages, or every problem found while rendering them. */
export function eventsContent(site: Pick<Site, 'events'>, siteDir: string, siteUrl: string, links: LinkTargets, editUrl?: string): EventsContent & {problems: Problem[]} {
  const {events} = site;
  const problems: Problem[] = [];
  const fragments: Fragment[] = [];
  const assets: FragmentAsset[] = [];
  for (const event of events) {
    if (!event.file.startsWith(`${EVENTS_DIR}/`)) continue;
    const rendered = event.body
      ? renderBody(event.body, {file: event.file, bodyLine: event.bodyLine ?? 1, mdx: false, kind: 'event', links, siteDir})
      : {html: '', problems: [], assets: [], toc: []};
    problems.push(...rendered.problems);
    assets.push(...rendered.assets);
    fragments.push(eventFragment(publicEvent(event), rendered.html, siteUrl, editUrl ? {url: editUrl, file: event.file} : undefined, tocHtml(rendered.toc)));
  }
  return {events: events.map(publicEvent), fragments, assets, files: Object.fromEntries(events.map((event) => [event.id, event.file])), problems};
}

export default function eventsPlugin(context: LoadContext, options: EventsOptions): WithBuildStep<Plugin<void>> {
  const {siteDir, siteConfig, baseUrl} = context;
  const siteUrl = `${siteConfig.url}${baseUrl.replace(/\/$/, '')}`;
  const publicDir = join(siteDir, options.publicDir);
  const pages = fragmentPages(context, publicDir, {
    name: 'Termine',
    routes: [{pattern: `${EVENTS_PATH}/:event`}],
    page: {
      section: 'Termine',
      missingHint: 'Vielleicht wurde der Termin verschoben, umbenannt oder entfernt.',
      list: {href: `${baseUrl}${EVENTS_PATH.slice(1)}`, label: 'Zu allen Terminen'},
      keepListQuery: false,
    },
    linkHint: 'Termine haben die Adresse, die die Übersicht /termine zeigt.',
  });
  // The events of the latest graph with their rendered pages, for the pages and calendar files after the build.
  let loaded: {site: Site; content: EventsContent} | undefined;

  return {
    name: 'wissensplattform-events',
    configureWebpack() {
      // Under `npm start` the events' pages are answered from memory (live preview).
      return process.env.NODE_ENV === 'production' ? {} : pages.devServer();
    },
    async allContentLoaded({allContent, actions}) {
      const site = siteOf(allContent, 'wissensplattform-events');
      // Another plugin's reload (npm start) leaves the graph as it was: its pages need not be rendered again.
      if (loaded?.site !== site) {
        const {problems, ...content} = eventsContent(site, siteDir, siteUrl, linkTargetsOf(allContent, site, baseUrl), options.editUrl);
        if (problems.length > 0) throw new ContentError(problems);
        loaded = {site, content};
      }
      const {content} = loaded;
      const module: EventsModule = {builtOn: berlinToday(), events: content.events};
      const events = await createModuleData(actions, siteDir, 'events.json', JSON.stringify(module));
      actions.addRoute({path: `${baseUrl}${EVENTS_PATH.slice(1)}`, exact: true, component: LIST_COMPONENT, modules: {events}});
      pages.addRoutes(actions);
      const eventPages = content.fragments.map((fragment) => fragment.path);
      const calendarFiles = [ALL_EVENTS_FEED, ...EVENT_TYPES.map(typeFeedPath), ...content.events.map((event) => event.icsPath)];
      pages.register({sitemap: eventPages, existing: [EVENTS_PATH, ...eventPages, ...calendarFiles]});
      if (process.env.NODE_ENV !== 'production') {
        const byPath = new Map(content.fragments.map((fragment) => [fragment.path, fragment]));
        pages.serveInDev((path) => {
          const fragment = byPath.get(path);
          return fragment && {fragment, assets: content.assets};
        });
      }
    },
    buildStep: {
      step: 'event pages',
      // The search index gets the events' pages in memory.
      provides: () => ({...(loaded ? {eventFragments: loaded.content.fragments} : {}), ...pages.handOver()}),
      run: async ({outDir, routesPaths}, data) => {
        if (!loaded) throw new Error('Termine: Die Seiten wurden nicht gerendert (allContentLoaded lief nicht für diesen Build).');
        const {content} = loaded;
        const problems = await pages.writeBuild({outDir, routesPaths, fragments: content.fragments, assets: content.assets, kinds: data.fragmentKinds ?? [], sourceOf: (fragment) => content.files[content.events.find((event) => event.path === fragment.path)?.id ?? '']});
        if (problems.length > 0) throw new ContentError(problems);
        const times = new Map([EVENTS_DIR, 'docs/fachkongress', 'docs/arbeitsgruppen'].flatMap((folder) => [...lastUpdatedTimes(siteDir, folder)]));
        const options = {
          siteUrl,
          now: new Date(),
          lastModified: (event: CalendarEvent) => {
            const time = times.get(content.files[event.id] ?? '');
            return time === undefined ? undefined : new Date(time);
          },
        };
        const write = (path: string, text: string): void => {
          const target = join(outDir, path.slice(1));
          mkdirSync(dirname(target), {recursive: true});
          writeFileSync(target, text);
        };
        write(ALL_EVENTS_FEED, calendarFile(FEED_NAME, content.events, options));
        for (const type of EVENT_TYPES) write(typeFeedPath(type), calendarFile(typeFeedName(type), content.events.filter((event) => event.type === type), options));
        for (const event of content.events) write(event.icsPath, calendarFile(event.title, [event], options));
      },
    },
  };
}
