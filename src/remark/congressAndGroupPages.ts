/**
 * Turns the structured content of congresses and working groups into page
 * content at build time, so that it is in the static HTML (no global data, no
 * extra requests):
 * - congress page (docs/fachkongress/<year>/index.mdx): facts, programme
 *   (at `::programm`, else appended), downloads, photo gallery, schema.org Event;
 * - session pages in a congress folder: where and when the session is, back to the programme;
 * - `::kongresse`, `::referierende`, `::arbeitsgruppen`, `::berichte` directives;
 * - report pages: a fact box; news posts tagged for a group: its latest reports.
 * The data is the content graph (src/content/site.ts), loaded and validated by
 * the content plugin before any page is compiled and handed to this step by
 * the docs plugin (src/plugins/docs) through the option `context` (./siteContext.ts).
 */
import {relative, sep} from 'node:path';
import type {PhrasingContent, Root, RootContent} from 'mdast';
import type {} from 'mdast-util-directive';
import type {} from 'mdast-util-mdx';
import type {} from './responsiveImages';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {isUpcoming, nextCongressOf, SESSION_TYPE_LABELS, type Congress} from '../content/congress';
import type {GroupWithReports} from '../content/groups';
import {formatGermanDate, formatGermanDateRange} from '../utils/formatDate';
import {slugify} from '../utils/slug';
import {needsSiteContext, siteContextOf, type WithSiteContext} from './siteContext';
import {cell, heading, join, link, list, listItem, paragraph, row, stackableTable, strong, text} from './mdastBuilders';

export interface CongressAndGroupPagesOptions extends WithSiteContext {
  /** Public origin of the site, for absolute URLs in structured data. */
  siteUrl: string;
  /** ISO day that counts as today (for »upcoming«); defaults to the build day. */
  today?: string;
}

const SPEAKERS_PATH = '/fachkongress/referierende';
const WEEKDAY = new Intl.DateTimeFormat('de-DE', {weekday: 'long', timeZone: 'UTC'});

export const speakerId = (name: string): string => slugify(name);

function factList(facts: [string, PhrasingContent[]][]): RootContent {
  return list(facts.map(([label, value]) => listItem([paragraph(strong(text(`${label}: `)), ...value)])));
}

function congressFacts(congress: Congress, today: string): RootContent[] {
  const facts: [string, PhrasingContent[]][] = [
    ['Datum', [text(formatGermanDateRange(congress.date, congress.endDate))]],
    ['Ort', [text(`${congress.venue}, ${congress.city}`)]],
  ];
  if (congress.motto) facts.push(['Motto', [text(`»${congress.motto}«`)]]);
  if (congress.participants) facts.push(['Teilnehmende', [text(congress.participants.toLocaleString('de-DE'))]]);
  const nodes: RootContent[] = [factList(facts)];
  if (isUpcoming(congress, today)) {
    const actions: PhrasingContent[][] = [[link(`pathname://${congress.path}/kongress.ics`, text('Termin in den Kalender übernehmen (ICS-Datei)'))]];
    if (congress.registrationUrl) actions.unshift([link(congress.registrationUrl, text('Zur Anmeldung'))]);
    nodes.push(paragraph(...join(actions, ' · ')));
  }
  return nodes;
}

function materialLinks(materials: {file: string; title: string; kind: string}[]): PhrasingContent[] {
  return join(materials.map((item) => [link(`pathname://${item.file}`, text(`${item.title} (${item.kind})`))]), ' · ');
}

function programmeNodes(congress: Congress): RootContent[] {
  const nodes: RootContent[] = [heading(2, 'Programm', 'programm')];
  if (!congress.programme || congress.programme.length === 0) {
    nodes.push(paragraph(strong(text('Programm folgt.')), text(' Das Programm wird hier veröffentlicht, sobald es feststeht.')));
    return nodes;
  }
  const multiDay = congress.days.length > 1;
  for (const day of congress.days) {
    const sessions = congress.programme.filter((session) => session.day === day);
    if (sessions.length === 0) continue;
    if (multiDay) nodes.push(heading(3, `${WEEKDAY.format(new Date(`${day}T00:00:00Z`))}, ${formatGermanDate(day)}`));
    nodes.push(
      stackableTable(
        ['Zeit', 'Programmpunkt', 'Art', 'Raum'],
        sessions.map((session) => {
          const title: PhrasingContent[] = [session.pagePath ? link(session.pagePath, strong(text(session.title))) : strong(text(session.title))];
          const details: PhrasingContent[][] = [];
          if (session.speakers?.length) {
            details.push([
              text('Mit '),
              ...join(
                session.speakers.map((speaker) => [
                  link(`${SPEAKERS_PATH}#${speakerId(speaker.name)}`, text(speaker.name)),
                  ...(speaker.affiliation ? [text(` (${speaker.affiliation})`)] : []),
                ]),
                ', ',
              ),
            ]);
          }
          if (session.description) details.push([text(session.description)]);
          if (session.materials.length > 0) details.push([text('Material: '), ...materialLinks(session.materials)]);
          const content = [...title, ...details.flatMap((line): PhrasingContent[] => [{type: 'break'}, ...line])];
          return row(cell(text(`${session.start}–${session.end} Uhr`)), cell(...content), cell(text(SESSION_TYPE_LABELS[session.type])), cell(text(session.room ?? '–')));
        }),
        'wp-programme',
      ),
    );
  }
  return nodes;
}

function downloadNodes(congress: Congress): RootContent[] {
  if (congress.downloads.length === 0) return [];
  return [
    heading(2, 'Dokumentation und Materialien', 'dokumentation'),
    list(congress.downloads.map((item) => listItem([paragraph(...materialLinks([item]))]))),
  ];
}

function galleryNodes(congress: Congress): RootContent[] {
  if (!congress.gallery?.length) return [];
  // A grid of figures: photo, then caption and credit below it (styled by .wp-gallery in custom.css).
  return [
    heading(2, 'Fotos', 'fotos'),
    {
      type: 'list',
      ordered: false,
      spread: false,
      data: {hProperties: {className: ['wp-gallery']}},
      children: congress.gallery.map((image) =>
        listItem([
          {
            type: 'paragraph',
            data: {hName: 'figure'},
            children: [
              {type: 'image', url: image.src, alt: image.alt, data: {wpGallery: true}},
              {
                type: 'emphasis',
                data: {hName: 'figcaption'},
                children: [
                  ...(image.caption ? [text(image.caption), {type: 'break'} as PhrasingContent] : []),
                  {type: 'emphasis', data: {hName: 'small'}, children: [text(`Foto: © ${image.credit}`)]},
                ],
              },
            ],
          },
        ]),
      ),
    },
  ];
}

/** schema.org Event as JSON-LD in the page head (MDX only). */
export function eventJsonLd(congress: Congress, siteUrl: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: congress.title,
    description: congress.description,
    startDate: congress.date,
    endDate: congress.endDate ?? congress.date,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: {'@type': 'Place', name: congress.venue, address: {'@type': 'PostalAddress', addressLocality: congress.city, addressCountry: 'DE'}},
    organizer: {'@type': 'Organization', name: 'Bundesnetzwerk Bürgerschaftliches Engagement (BBE)', url: 'https://www.b-b-e.de'},
    url: `${siteUrl}${congress.path}`,
  };
}

function jsonLdHead(data: object): RootContent {
  const json = JSON.stringify(data);
  return {
    type: 'mdxJsxFlowElement',
    name: 'Head',
    attributes: [],
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: 'script',
        attributes: [{type: 'mdxJsxAttribute', name: 'type', value: 'application/ld+json'}],
        children: [
          {
            type: 'mdxFlowExpression',
            value: JSON.stringify(json),
            data: {
              estree: {
                type: 'Program',
                sourceType: 'module',
                body: [{type: 'ExpressionStatement', expression: {type: 'Literal', value: json, raw: JSON.stringify(json)}}],
              },
            },
          },
        ],
      },
    ],
  } as unknown as RootContent;
}

function congressOverview(congresses: Congress[], today: string): RootContent[] {
  if (congresses.length === 0) return [paragraph(text('Die Dokumentationen werden zurzeit eingepflegt.'))];
  const upcoming = nextCongressOf(congresses, today);
  const nodes: RootContent[] = [];
  if (upcoming) {
    nodes.push({
      type: 'containerDirective',
      name: 'tip',
      attributes: {},
      children: [
        {type: 'paragraph', data: {directiveLabel: true}, children: [text('Nächster Fachkongress')]},
        paragraph(link(upcoming.path, strong(text(upcoming.title)))),
        paragraph(text(`${formatGermanDateRange(upcoming.date, upcoming.endDate)}, ${upcoming.venue}, ${upcoming.city}`)),
        paragraph(
          ...join(
            [
              ...(upcoming.registrationUrl ? [[link(upcoming.registrationUrl, text('Zur Anmeldung'))]] : []),
              [link(`pathname://${upcoming.path}/kongress.ics`, text('Termin in den Kalender übernehmen (ICS-Datei)'))],
              ...(upcoming.programme ? [] : [[text('Programm folgt.')]]),
            ],
            ' · ',
          ),
        ),
      ],
    } as unknown as RootContent);
  }
  nodes.push(heading(2, 'Alle Fachkongresse', 'alle-fachkongresse'));
  nodes.push(
    list(
      congresses.map((congress) =>
        listItem([
          paragraph(
            link(congress.path, text(congress.title)),
            text(` – ${formatGermanDateRange(congress.date, congress.endDate)}, ${congress.city}`),
            ...(congress.programme ? [] : [text(' (Programm folgt)')]),
          ),
        ]),
      ),
    ),
  );
  nodes.push(paragraph(link(SPEAKERS_PATH, text('Alle Referent*innen aller Jahre'))));
  return nodes;
}

function speakersIndex(congresses: Congress[]): RootContent[] {
  const speakers = new Map<string, {name: string; affiliations: Set<string>; sessions: {title: string; url: string; congress: string}[]}>();
  for (const congress of congresses) {
    for (const session of congress.programme ?? []) {
      for (const speaker of session.speakers ?? []) {
        const id = speakerId(speaker.name);
        const entry = speakers.get(id) ?? {name: speaker.name, affiliations: new Set<string>(), sessions: []};
        if (speaker.affiliation) entry.affiliations.add(speaker.affiliation);
        entry.sessions.push({title: session.title, url: session.pagePath ?? `${congress.path}#programm`, congress: `Fachkongress ${congress.year}`});
        speakers.set(id, entry);
      }
    }
  }
  if (speakers.size === 0) return [paragraph(text('Noch keine Referent*innen eingetragen.'))];
  const lastName = (name: string): string => name.split(' ').pop() ?? name;
  const collator = new Intl.Collator('de');
  const sorted = [...speakers.entries()].sort(([, a], [, b]) => collator.compare(lastName(a.name), lastName(b.name)) || collator.compare(a.name, b.name));
  return [
    list(
      sorted.map(([id, speaker]) =>
        listItem(
          [
            paragraph(strong(text(speaker.name)), ...(speaker.affiliations.size ? [text(` (${[...speaker.affiliations].join('; ')})`)] : [])),
            list(speaker.sessions.map((session) => listItem([paragraph(link(session.url, text(session.title)), text(` – ${session.congress}`))]))),
          ],
          id,
        ),
      ),
    ),
  ];
}

function reportLine(report: GroupWithReports['reports'][number]): PhrasingContent[] {
  return [
    link(report.path, text(report.title)),
    text(` – ${formatGermanDate(report.meetingDate)}${report.meetingNumber ? `, ${report.meetingNumber}. Sitzung` : ''}${report.location ? `, ${report.location}` : ''}`),
  ];
}

function groupsOverview(groups: GroupWithReports[]): RootContent[] {
  return groups.flatMap((group) => {
    const nodes: RootContent[] = [heading(2, group.name, group.id), paragraph(text(group.description))];
    const facts: PhrasingContent[][] = [
      [text(group.reports.length === 1 ? '1 Sitzungsbericht' : `${group.reports.length} Sitzungsberichte`)],
    ];
    if (group.reports[0]) facts.push([text(`zuletzt am ${formatGermanDate(group.reports[0].meetingDate)}`)]);
    if (group.contact?.name) facts.push([text(`Kontakt: ${group.contact.name}`)]);
    nodes.push(paragraph(...join(facts, ' · ')));
    nodes.push(paragraph(link(group.path, text(`Zur Arbeitsgruppe und ihren Berichten`))));
    return nodes;
  });
}

/** Under a news post with a working group's tag: the group's three newest reports. */
export function newestReports(groups: readonly GroupWithReports[], tags: readonly unknown[]): RootContent[] {
  return groups
    .filter((group) => group.tag && tags.includes(group.tag) && group.reports.length > 0)
    .flatMap((group) => [
      heading(2, `Neueste Berichte: ${group.name}`),
      list(group.reports.slice(0, 3).map((report) => listItem([paragraph(...reportLine(report))]))),
    ]);
}

function reportsList(group: GroupWithReports): RootContent[] {
  const nodes: RootContent[] = [heading(2, 'Sitzungsberichte', 'berichte')];
  if (group.reports.length === 0) return [...nodes, paragraph(text('Noch keine Berichte.'))];
  nodes.push(list(group.reports.map((report) => listItem([paragraph(...reportLine(report))]))));
  return nodes;
}

function reportFacts(group: GroupWithReports, report: GroupWithReports['reports'][number], topicLabels: Map<string, string>): RootContent {
  const facts: [string, PhrasingContent[]][] = [
    ['Arbeitsgruppe', [link(group.path, text(group.name))]],
    ['Sitzung', [text(`${report.meetingNumber ? `${report.meetingNumber}. Sitzung am ` : ''}${formatGermanDate(report.meetingDate)}`)]],
  ];
  if (report.location) facts.push(['Ort', [text(report.location === 'online' ? 'online' : report.location)]]);
  if (report.topics.length > 0) {
    facts.push(['Themen', join(report.topics.map((topic) => [link(`/gute-praxis/thema/${topic}`, text(topicLabels.get(topic) ?? topic))]), ', ')]);
  }
  if (report.announcement) facts.push(['Meldung dazu', [link(report.announcement, text('Ankündigung in den Meldungen'))]]);
  return factList(facts);
}

/** Replaces the first `::name` leaf directive with `nodes`; false if there is none. */
function replaceDirective(tree: Root, name: string, nodes: RootContent[]): boolean {
  const index = tree.children.findIndex((node) => node.type === 'leafDirective' && node.name === name);
  if (index < 0) return false;
  tree.children.splice(index, 1, ...nodes);
  return true;
}

/** The page's front matter, as Docusaurus' MDX loader parsed it. */
function frontMatterOf(file: VFile): Record<string, unknown> {
  const frontMatter = (file.data as {frontMatter?: unknown}).frontMatter;
  return frontMatter && typeof frontMatter === 'object' ? (frontMatter as Record<string, unknown>) : {};
}

const remarkCongressAndGroupPages: Plugin<[CongressAndGroupPagesOptions], Root> = function (options) {
  return (tree, file) => {
    if (!file.path) return;
    const {siteDir, site} = siteContextOf(options, 'Kongress- und AG-Seiten');
    if (!site) throw new Error('Kongress- und AG-Seiten: Der Inhaltsgraph fehlt. Dieser Schritt bekommt ihn vom Docs-Plugin (src/plugins/docs), nachdem das Plugin src/plugins/content die Inhalte geladen hat.');
    const path = relative(siteDir, file.path).split(sep).join('/');
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const hasDirective = (name: string): boolean => tree.children.some((node) => node.type === 'leafDirective' && node.name === name);
    const congressMatch = /^docs\/fachkongress\/(\d{4})\/([^/]+)\.mdx?$/.exec(path);
    const reportMatch = /^docs\/arbeitsgruppen\/([^/]+)\/([^/]+)\.mdx?$/.exec(path);
    const needsCongresses = congressMatch || hasDirective('kongresse') || hasDirective('referierende');
    const needsGroups = reportMatch || hasDirective('arbeitsgruppen') || hasDirective('berichte');
    if (!needsCongresses && !needsGroups) return;

    // Fictional demo content is marked where a visitor sees it.
    if ((congressMatch || reportMatch) && frontMatterOf(file).sample === true) {
      tree.children.unshift({
        type: 'containerDirective',
        name: 'note',
        attributes: {},
        children: [
          {type: 'paragraph', data: {directiveLabel: true}, children: [text('Beispiel')]},
          paragraph(text('Diese Seite ist ein erfundenes Beispiel und zeigt, wie solche Inhalte auf der Wissensplattform aussehen.')),
        ],
      } as unknown as RootContent);
    }

    if (needsCongresses) {
      const {congresses} = site;
      replaceDirective(tree, 'kongresse', congressOverview(congresses, today));
      replaceDirective(tree, 'referierende', speakersIndex(congresses));
      if (congressMatch) {
        const congress = congresses.find((item) => item.year === Number(congressMatch[1]));
        if (congress && congressMatch[2] === 'index') {
          tree.children.unshift(...congressFacts(congress, today));
          if (!replaceDirective(tree, 'programm', programmeNodes(congress))) tree.children.push(...programmeNodes(congress));
          if (!replaceDirective(tree, 'downloads', downloadNodes(congress))) tree.children.push(...downloadNodes(congress));
          if (!replaceDirective(tree, 'galerie', galleryNodes(congress))) tree.children.push(...galleryNodes(congress));
          if (path.endsWith('.mdx')) tree.children.push(jsonLdHead(eventJsonLd(congress, options.siteUrl)));
        } else if (congress) {
          const session = congress.programme?.find((item) => item.pagePath === `${congress.path}/${congressMatch[2]}`);
          if (session) {
            tree.children.unshift(
              factList([
                ['Im Programm', [link(`${congress.path}#programm`, text(congress.title))]],
                ['Wann', [text(`${formatGermanDate(session.day)}, ${session.start}–${session.end} Uhr`)]],
                ...(session.room ? ([['Raum', [text(session.room)]]] as [string, PhrasingContent[]][]) : []),
                ...(session.speakers?.length
                  ? ([['Mitwirkende', join(session.speakers.map((s) => [link(`${SPEAKERS_PATH}#${speakerId(s.name)}`, text(s.name))]), ', ')]] as [string, PhrasingContent[]][])
                  : []),
                ...(session.materials.length ? ([['Material', materialLinks(session.materials)]] as [string, PhrasingContent[]][]) : []),
              ]),
            );
          }
        }
      }
    }

    if (needsGroups) {
      const {groups, vocabularies} = site;
      replaceDirective(tree, 'arbeitsgruppen', groupsOverview(groups));
      if (reportMatch) {
        const group = groups.find((item) => item.id === reportMatch[1]);
        if (group && reportMatch[2] === 'index') {
          if (!replaceDirective(tree, 'berichte', reportsList(group))) tree.children.push(...reportsList(group));
        } else if (group) {
          const report = group.reports.find((item) => item.file === path);
          const labels = new Map(vocabularies.topics.map((entry) => [entry.slug, entry.label]));
          if (report) tree.children.unshift(reportFacts(group, report, labels));
        }
      }
    }
  };
};

export default needsSiteContext(remarkCongressAndGroupPages);
