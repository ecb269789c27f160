/**
 * Reads and validates the events (`termine/*.md`) and adds the events that
 * other content already dates: each congress (docs/fachkongress/<year>/) and
 * each working-group meeting with a report. A meeting announced as an event
 * file and later reported is one event: the report is linked as its
 * documentation, and its id (the calendar UID) stays the same.
 * Collects every problem; used by the content check, the build and the tests.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Congress} from './congress';
import {isValidDay} from './congress';
import {suggestion} from './didYouMean';
import {ACCESS_LINK_FIELDS, END_PATTERN, EVENT_HINTS, eventFrontMatterSchema, START_PATTERN, type EventFrontMatter} from './events';
import type {GroupWithReports, Report} from './groups';
import {schemaProblems, splitFrontMatter} from './load';
import type {Problem} from './problems';
import {parseYamlSource, type YamlSource} from './yamlSource';
import {SHOWN_IMAGE} from '../images/responsive';
import {
  EVENT_LANGUAGES,
  EVENT_TYPES,
  EVENTS_PATH,
  byStart,
  type Attendance,
  type CalendarEvent,
  type EventLink,
  type EventType,
  type LocalTime,
} from '../events/types';

export const EVENTS_DIR = 'termine';

/** An event with what the build needs beyond what visitors get. */
export interface LoadedEvent extends CalendarEvent {
  /** The content file behind it (for messages, edit links and LAST-MODIFIED). */
  file: string;
  /** Markdown body of an event file (details, agenda); congresses and reports have their own pages. */
  body?: string;
  /** Line in the file where the body starts. */
  bodyLine?: number;
}

const congressEvent = (congress: Congress): LoadedEvent => ({
  id: `fachkongress-${congress.year}`,
  type: 'fachkongress',
  title: congress.title,
  description: congress.description,
  start: {date: congress.date},
  ...(congress.endDate && congress.endDate !== congress.date ? {end: {date: congress.endDate}} : {}),
  attendance: 'vor-ort',
  place: `${congress.venue}, ${congress.city}`,
  ...(congress.registrationUrl ? {registration: {url: congress.registrationUrl}} : {}),
  language: 'de',
  accessibility: {signLanguage: false, stepFree: false},
  documentation: [{label: 'Kongressdokumentation', path: congress.path}],
  path: congress.path,
  icsPath: `${congress.path}/kongress.ics`,
  cancelled: false,
  sample: congress.sample === true,
  file: `${congress.folder}/index.mdx`,
});

/** The meeting's id: the same for its event file and, later, its report. */
const meetingId = (group: string, date: string): string => `ag-sitzung-${group}-${date}`;

const reportLocation = (location: string | undefined): {attendance: Attendance; place?: string} =>
  location === undefined ? {attendance: 'vor-ort'} : /^online$/i.test(location.trim()) ? {attendance: 'online'} : {attendance: 'vor-ort', place: location};

function reportEvent(group: GroupWithReports, report: Report): LoadedEvent {
  const id = meetingId(group.id, report.meetingDate);
  return {
    id,
    type: 'ag-sitzung',
    title: report.meetingNumber ? `${report.meetingNumber}. Sitzung der ${group.name}` : `Sitzung der ${group.name}`,
    description: report.description,
    start: {date: report.meetingDate},
    ...reportLocation(report.location),
    language: 'de',
    accessibility: {signLanguage: false, stepFree: false},
    documentation: [
      {label: 'Sitzungsbericht', path: report.path},
      {label: group.name, path: group.path},
    ],
    path: report.path,
    icsPath: `${EVENTS_PATH}/${id}.ics`,
    cancelled: false,
    sample: report.sample === true,
    file: report.file,
  };
}

function localTime(date: string, time: string | undefined): LocalTime {
  return time === undefined ? {date} : {date, time};
}

interface Context {
  congresses: readonly Congress[];
  groups: readonly GroupWithReports[];
}

/** One event file: its event, or the problems that keep it out. */
function readEventFile(siteDir: string, name: string, context: Context): {event?: LoadedEvent; group?: string; problems: Problem[]} {
  const file = `${EVENTS_DIR}/${name}`;
  const slug = name.replace(/\.md$/, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    return {problems: [{file, message: 'Der Dateiname darf nur Kleinbuchstaben a–z, Ziffern und Bindestriche enthalten, z. B. 2026-12-mittagsgespraech-ehrenamt.md.'}]};
  }
  const text = readFileSync(join(siteDir, file), 'utf8');
  const split = splitFrontMatter(text);
  if (!split) return {problems: [{file, line: 1, column: 1, message: 'Der Kopfbereich (Front Matter) fehlt: Die Datei muss mit »---« beginnen (Vorlage: termine/_vorlage.md).'}]};
  const parsed = parseYamlSource(split.yaml, file, 2);
  if (parsed.problems.length > 0) return {problems: parsed.problems};
  const source: YamlSource = parsed.source;
  const value = (source.value ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  // An access link is never published; say why instead of »unknown field«.
  for (const key of ACCESS_LINK_FIELDS) {
    if (key in value) {
      problems.push({
        file,
        ...source.locate([key], true),
        field: key,
        message:
          'Zugangslinks zu Online-Terminen werden nicht veröffentlicht: Wer sich anmeldet, erhält den Link mit der Bestätigung. Bitte das Feld entfernen und unter registration.url die Anmeldung angeben.',
      });
    }
  }
  if (problems.length > 0) return {problems};
  const {data, problems: found} = schemaProblems(eventFrontMatterSchema, value, source, file, {
    allowedKeys: Object.keys(eventFrontMatterSchema.shape),
    hints: EVENT_HINTS,
  });
  if (!data) return {problems: found};
  return checkEvent(data, {file, slug, source, body: split.body, bodyLine: split.bodyLine}, context);
}

function checkEvent(
  data: EventFrontMatter,
  where: {file: string; slug: string; source: YamlSource; body: string; bodyLine: number},
  {congresses, groups}: Context,
): {event?: LoadedEvent; group?: string; problems: Problem[]} {
  const {file, source} = where;
  const problems: Problem[] = [];
  const at = (...path: (string | number)[]): Omit<Problem, 'message'> => ({file, ...source.locate(path), field: path.join('.')});

  const types = EVENT_TYPES as readonly string[];
  if (!types.includes(data.type)) {
    problems.push({...at('type'), message: `»${data.type}« ist keine bekannte Art von Termin.${suggestion(data.type, types)} Gültig sind: ${EVENT_TYPES.join(', ')}.`});
  } else if (data.type === 'fachkongress') {
    problems.push({
      ...at('type'),
      message: 'Fachkongresse erscheinen von selbst im Kalender, mit dem Datum aus docs/fachkongress/<Jahr>/index.mdx. Bitte diese Termindatei löschen und den Kongress dort anlegen (npm run new -- kongress).',
    });
  }

  const [, startDate, hour, minute] = START_PATTERN.exec(data.start)!;
  const start = localTime(startDate!, hour === undefined ? undefined : `${hour}:${minute}`);
  const validStart = isValidDay(start.date);
  if (!validStart) problems.push({...at('start'), message: `»${start.date}« ist kein gültiges Datum.`});
  let end: LocalTime | undefined;
  // The end is compared with the start: only once the start is a real day.
  if (data.end !== undefined && validStart) {
    const match = END_PATTERN.exec(data.end)!;
    end = match[4] !== undefined ? {date: start.date, time: match[4]} : localTime(match[1]!, match[2]);
    if (!isValidDay(end.date)) problems.push({...at('end'), message: `»${end.date}« ist kein gültiges Datum.`});
    else if (start.time === undefined && end.time !== undefined) {
      problems.push({...at('end'), message: 'Ein ganztägiger Termin (start ohne Uhrzeit) endet an einem Tag, ohne Uhrzeit, z. B. 2026-12-11.'});
    } else if (start.time !== undefined && end.time === undefined) {
      problems.push({...at('end'), message: `Der Termin beginnt um ${start.time} Uhr; geben Sie auch für das Ende eine Uhrzeit an, z. B. ${end.date} 16:00.`});
    } else if (`${end.date} ${end.time ?? ''}` <= `${start.date} ${start.time ?? ''}` && !(start.time === undefined && end.date === start.date)) {
      problems.push({...at('end'), message: `Das Ende (${data.end}) liegt nicht nach dem Beginn (${data.start}).`});
    }
    if (end.date === start.date && end.time === undefined) end = undefined;
  }

  if (!data.online && !data.place) {
    problems.push({file, ...source.locate([]), message: 'Wo findet der Termin statt? Geben Sie place (name, city) an, oder online: true für einen Online-Termin; beides für einen hybriden.'});
  }
  const attendance: Attendance = data.online ? (data.place ? 'hybrid' : 'online') : 'vor-ort';

  const language = data.language ?? 'de';
  if (!(language in EVENT_LANGUAGES)) {
    const codes = Object.keys(EVENT_LANGUAGES);
    problems.push({...at('language'), message: `»${language}« ist keine bekannte Sprache.${suggestion(language, codes)} Gültig sind: ${codes.map((code) => `${code} (${EVENT_LANGUAGES[code]})`).join(', ')}.`});
  }
  if (data.registration?.deadline !== undefined) {
    const deadline = data.registration.deadline;
    if (!isValidDay(deadline)) problems.push({...at('registration', 'deadline'), message: `»${deadline}« ist kein gültiges Datum.`});
    else if (deadline > (end?.date ?? start.date)) {
      problems.push({...at('registration', 'deadline'), message: `Der Anmeldeschluss ${deadline} liegt nach dem Termin (${start.date}).`});
    }
  }

  const documentation: EventLink[] = [];
  const doc = data.documentation ?? {};
  if (doc.congress !== undefined) {
    const congress = congresses.find((candidate) => candidate.year === doc.congress);
    if (congress) documentation.push({label: `Fachkongress ${congress.year}`, path: congress.path});
    else problems.push({...at('documentation', 'congress'), message: `Einen Fachkongress ${doc.congress} gibt es nicht. Vorhanden: ${congresses.map((c) => c.year).join(', ') || 'keiner'}.`});
  }
  const groupIds = groups.map((group) => group.id);
  const group = doc.group === undefined ? undefined : groups.find((candidate) => candidate.id === doc.group);
  if (doc.group !== undefined && !group) {
    problems.push({...at('documentation', 'group'), message: `»${doc.group}« ist keine bekannte Arbeitsgruppe.${suggestion(doc.group, groupIds)} Gültig sind: ${groupIds.join(', ')}.`});
  }
  if (data.type === 'ag-sitzung' && doc.group === undefined) {
    problems.push({...at('type'), message: `Eine AG-Sitzung nennt ihre Arbeitsgruppe: documentation.group, eine von ${groupIds.join(', ')}.`});
  }
  if (doc.report !== undefined) {
    const report = groups.flatMap((candidate) => candidate.reports).find((candidate) => candidate.path === doc.report);
    if (report) documentation.push({label: 'Sitzungsbericht', path: report.path});
    else {
      const reports = groups.flatMap((candidate) => candidate.reports.map((r) => r.path));
      problems.push({...at('documentation', 'report'), message: `Den Sitzungsbericht ${doc.report} gibt es nicht.${suggestion(doc.report, reports)}`});
    }
  }
  if (doc.news !== undefined) documentation.push({label: 'Meldung', path: doc.news});
  if (group) documentation.push({label: group.name, path: group.path});

  if (problems.length > 0) return {problems};
  const id = data.type === 'ag-sitzung' && group ? meetingId(group.id, start.date) : `termin-${where.slug}`;
  const path = `${EVENTS_PATH}/${where.slug}`;
  const place = data.place ? [data.place.name, data.place.address, data.place.city].filter(Boolean).join(', ') : undefined;
  const event: LoadedEvent = {
    id,
    type: data.type as EventType,
    title: data.title,
    description: data.description,
    start,
    ...(end ? {end} : {}),
    attendance,
    ...(place ? {place} : {}),
    ...(data.registration ? {registration: data.registration} : {}),
    language,
    accessibility: {signLanguage: data.accessibility?.signLanguage === true, stepFree: data.accessibility?.stepFree === true, ...(data.accessibility?.notes ? {notes: data.accessibility.notes} : {})},
    documentation,
    path,
    icsPath: `${path}.ics`,
    cancelled: data.cancelled === true,
    sample: data.sample === true,
    file,
    ...(where.body.trim() ? {body: where.body, bodyLine: where.bodyLine} : {}),
  };
  return {event, ...(group ? {group: group.id} : {}), problems};
}

/** What visitors get of an event (no file paths or Markdown). */
export const publicEvent = ({file: _file, body: _body, bodyLine: _bodyLine, ...event}: LoadedEvent): CalendarEvent => event;

/** Every event: the files in termine/, each congress and each reported meeting; soonest first. */
export function loadEvents(siteDir: string, context: Context): {events: LoadedEvent[]; problems: Problem[]} {
  const problems: Problem[] = [];
  const fromFiles: LoadedEvent[] = [];
  const root = join(siteDir, EVENTS_DIR);
  const names = existsSync(root) ? readdirSync(root).filter((name) => !name.startsWith('_') && !name.startsWith('.')) : [];
  for (const name of names.sort()) {
    // Images beside an event file are its pictures (`![Foto](./treffen.jpg)`), as beside a practice or a post.
    if (SHOWN_IMAGE.test(name)) continue;
    if (!name.endsWith('.md')) {
      problems.push({file: `${EVENTS_DIR}/${name}`, message: name.endsWith('.mdx') ? 'Termine sind Markdown-Dateien (.md), nicht .mdx. Bitte umbenennen.' : 'Im Ordner termine/ liegen nur Termine als .md-Dateien und ihre Bilder.'});
      continue;
    }
    const read = readEventFile(siteDir, name, context);
    problems.push(...read.problems);
    if (read.event) fromFiles.push(read.event);
  }
  const byId = new Map<string, LoadedEvent>();
  for (const event of fromFiles) {
    const earlier = byId.get(event.id);
    if (earlier) {
      problems.push({file: event.file, field: 'start', message: `Diese Sitzung steht schon in ${earlier.file} (gleiche Arbeitsgruppe, gleicher Tag). Bitte eine der beiden Dateien löschen.`});
      continue;
    }
    byId.set(event.id, event);
  }
  const events = [...byId.values()];
  for (const congress of context.congresses) events.push(congressEvent(congress));
  for (const group of context.groups) {
    for (const report of group.reports) {
      const announced = byId.get(meetingId(group.id, report.meetingDate));
      if (!announced) {
        events.push(reportEvent(group, report));
      } else if (!announced.documentation.some((link) => link.path === report.path)) {
        // The announced meeting took place: its report documents it (first, before the group).
        announced.documentation.unshift({label: 'Sitzungsbericht', path: report.path});
      }
    }
  }
  return {events: events.sort(byStart), problems};
}
