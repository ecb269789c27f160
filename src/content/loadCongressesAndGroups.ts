/**
 * Reads and validates congresses (docs/fachkongress/<year>/) and working
 * groups with their reports (src/data/groups.yml, docs/arbeitsgruppen/).
 * Collects every problem; used by the content check, the build and the tests.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {
  congressFrontMatterSchema,
  daysBetween,
  describeFile,
  isValidDay,
  minutes,
  PROCEEDINGS_DIR,
  proceedingsPath,
  programmeSchema,
  SESSION_TYPES,
  type Congress,
  type Material,
  type SessionType,
} from './congress';
import {suggestion} from './didYouMean';
import {groupsSchema, reportFrontMatterSchema, type Group, type GroupWithReports, type Report} from './groups';
import {readYamlFile, schemaProblems, splitFrontMatter} from './load';
import type {Problem} from './problems';
import type {Vocabularies} from './vocabularies';
import {parseYamlSource, type YamlSource} from './yamlSource';

export const CONGRESS_DIR = 'docs/fachkongress';
export const GROUPS_DIR = 'docs/arbeitsgruppen';
export const GROUPS_FILE = 'src/data/groups.yml';

function readFrontMatter(siteDir: string, file: string): {source?: YamlSource; problems: Problem[]} {
  const split = splitFrontMatter(readFileSync(join(siteDir, file), 'utf8'));
  if (!split) return {problems: [{file, line: 1, column: 1, message: 'Der Kopfbereich (Front Matter) fehlt: Die Datei muss mit »---« beginnen.'}]};
  const parsed = parseYamlSource(split.yaml, file, 2);
  return parsed.problems.length > 0 ? {problems: parsed.problems} : {source: parsed.source, problems: []};
}

/** A file under static/ given by its URL path: size and »PDF, 1,2 MB«, or a problem. */
function material(
  siteDir: string,
  entry: {file: string; title: string},
  where: Omit<Problem, 'message'>,
  problems: Problem[],
): Material | undefined {
  const path = join(siteDir, 'static', entry.file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    problems.push({...where, message: `Die Datei »${entry.file}« fehlt. Legen Sie sie unter static${entry.file} ab oder korrigieren Sie den Pfad.`});
    return undefined;
  }
  const bytes = statSync(path).size;
  return {...entry, bytes, kind: describeFile(entry.file, bytes).label};
}

export function loadCongresses(siteDir: string): {congresses: Congress[]; problems: Problem[]} {
  const problems: Problem[] = [];
  const congresses: Congress[] = [];
  const root = join(siteDir, CONGRESS_DIR);
  if (!existsSync(root)) return {congresses, problems};
  for (const entry of readdirSync(root, {withFileTypes: true})) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
    const folder = `${CONGRESS_DIR}/${entry.name}`;
    if (!/^\d{4}$/.test(entry.name)) {
      problems.push({file: folder, message: `Der Ordnername »${entry.name}« muss eine Jahreszahl sein, z. B. docs/fachkongress/2024.`});
      continue;
    }
    const indexName = 'index.mdx';
    if (!existsSync(join(root, entry.name, indexName))) {
      const hasMd = existsSync(join(root, entry.name, 'index.md'));
      problems.push({
        file: hasMd ? `${folder}/index.md` : folder,
        message: hasMd
          ? 'Die Kongressseite heißt index.mdx (nicht .md), damit sie die Veranstaltungsdaten für Suchmaschinen enthalten kann. Bitte umbenennen.'
          : 'Die Seite index.mdx mit den Angaben zum Kongress fehlt (Vorlage: docs/fachkongress/_vorlage/).',
      });
      continue;
    }
    const file = `${folder}/${indexName}`;
    const read = readFrontMatter(siteDir, file);
    problems.push(...read.problems);
    if (!read.source) continue;
    const source = read.source;
    const {data, problems: found} = schemaProblems(congressFrontMatterSchema, source.value ?? {}, source, file, {
      allowedKeys: Object.keys(congressFrontMatterSchema.shape),
      hints: {
        date: 'Erwartet wird der erste Kongresstag als JJJJ-MM-TT, z. B. 2019-11-13.',
        endDate: 'Erwartet wird der letzte Kongresstag als JJJJ-MM-TT.',
        registrationUrl: 'Erwartet wird eine https-Adresse.',
      },
    });
    problems.push(...found);
    if (!data) continue;
    const before = problems.length;
    for (const key of ['date', 'endDate'] as const) {
      const value = data[key];
      if (value !== undefined && !isValidDay(value)) {
        problems.push({file, ...source.locate([key]), field: key, message: `»${value}« ist kein gültiges Datum.`});
      }
    }
    if (problems.length > before) continue;
    if (data.date.slice(0, 4) !== entry.name) {
      problems.push({file, ...source.locate(['date']), field: 'date', message: `Das Datum ${data.date} passt nicht zum Ordner ${entry.name}.`});
    }
    if (data.endDate && data.endDate < data.date) {
      problems.push({file, ...source.locate(['endDate']), field: 'endDate', message: `Das Ende ${data.endDate} liegt vor dem Beginn ${data.date}.`});
    }
    const days = daysBetween(data.date, data.endDate);
    const downloads = (data.downloads ?? [])
      .map((download, index) => material(siteDir, download, {file, ...source.locate(['downloads', index, 'file']), field: `downloads[${index}].file`}, problems))
      .filter((item): item is Material => item !== undefined);
    (data.gallery ?? []).forEach((image, index) =>
      material(siteDir, {file: image.src, title: image.alt}, {file, ...source.locate(['gallery', index, 'src']), field: `gallery[${index}].src`}, problems),
    );

    let programme: Congress['programme'] = null;
    const programmeFile = `${folder}/programm.yml`;
    if (existsSync(join(siteDir, programmeFile))) {
      programme = [];
      const programmeRead = readYamlFile(siteDir, programmeFile);
      problems.push(...programmeRead.problems);
      const programmeSource = programmeRead.source;
      if (programmeSource) {
        const parsed = schemaProblems(programmeSchema, programmeSource.value ?? [], programmeSource, programmeFile, {
          allowedKeys: ['day', 'start', 'end', 'title', 'type', 'speakers', 'room', 'description', 'page', 'materials'],
          hints: {start: 'Erwartet wird eine Uhrzeit wie 09:30.', end: 'Erwartet wird eine Uhrzeit wie 10:15.', page: 'Erwartet wird der Dateiname einer Seite im selben Ordner, ohne .md.'},
        });
        problems.push(...parsed.problems);
        (parsed.data ?? []).forEach((session, index) => {
          const at = (...path: (string | number)[]) => ({file: programmeFile, ...programmeSource.locate([index, ...path]), field: `[${index}].${path.join('.')}`});
          if (!(SESSION_TYPES as readonly string[]).includes(session.type)) {
            problems.push({...at('type'), message: `»${session.type}« ist keine bekannte Art.${suggestion(session.type, SESSION_TYPES)} Gültig sind: ${SESSION_TYPES.join(', ')}.`});
          }
          const day = session.day ?? (days.length === 1 ? days[0]! : undefined);
          if (!day) {
            problems.push({...at(), message: `Der Kongress dauert mehrere Tage; bitte »day« angeben (${days.join(' oder ')}).`});
          } else if (!days.includes(day)) {
            problems.push({...at('day'), message: `Der Tag ${day} liegt nicht im Kongresszeitraum (${days.join(', ')}).`});
          }
          if (minutes(session.end) <= minutes(session.start)) {
            problems.push({...at('end'), message: `Das Ende ${session.end} liegt nicht nach dem Beginn ${session.start}.`});
          }
          let pagePath: string | undefined;
          if (session.page) {
            if (['md', 'mdx'].some((ext) => existsSync(join(siteDir, folder, `${session.page}.${ext}`)))) {
              pagePath = `/fachkongress/${entry.name}/${session.page}`;
            } else {
              problems.push({...at('page'), message: `Die Seite »${session.page}« gibt es nicht; erwartet wird ${folder}/${session.page}.md.`});
            }
          }
          const materials = (session.materials ?? [])
            .map((item, materialIndex) => material(siteDir, item, at('materials', materialIndex, 'file'), problems))
            .filter((item): item is Material => item !== undefined);
          if (day) programme!.push({...session, type: session.type as SessionType, day, materials, pagePath});
        });
        // Sessions in the same room on the same day must not overlap (sessions without a room are plenary).
        const sorted = [...programme].sort((a, b) => a.day.localeCompare(b.day) || minutes(a.start) - minutes(b.start));
        sorted.forEach((session, index) => {
          for (const other of sorted.slice(index + 1)) {
            if (other.day !== session.day || (other.room ?? '') !== (session.room ?? '')) continue;
            if (minutes(other.start) < minutes(session.end) && minutes(other.end) > minutes(session.start) && session.type !== 'pause' && other.type !== 'pause') {
              const position = programme!.indexOf(other);
              problems.push({
                file: programmeFile,
                ...programmeSource.locate([position, 'start']),
                field: `[${position}].start`,
                message: `»${other.title}« (${other.start}–${other.end}) überschneidet sich mit »${session.title}« (${session.start}–${session.end})${session.room ? ` im Raum ${session.room}` : ''}.`,
              });
            }
          }
        });
        programme.sort((a, b) => a.day.localeCompare(b.day) || minutes(a.start) - minutes(b.start));
      }
    }
    // The proceedings made by `npm run kongress-pdf`, if they exist, come first.
    const proceedings = join(siteDir, PROCEEDINGS_DIR, proceedingsPath(Number(entry.name)));
    if (existsSync(proceedings)) {
      const bytes = statSync(proceedings).size;
      downloads.unshift({file: proceedingsPath(Number(entry.name)), title: 'Kongressdokumentation', bytes, kind: describeFile(proceedings, bytes).label});
    }
    congresses.push({...data, year: Number(entry.name), folder, path: `/fachkongress/${entry.name}`, programme, downloads, days});
  }
  congresses.sort((a, b) => b.date.localeCompare(a.date));
  return {congresses, problems};
}

export function loadGroups(siteDir: string, vocabularies: Vocabularies): {groups: GroupWithReports[]; problems: Problem[]} {
  const read = readYamlFile(siteDir, GROUPS_FILE);
  const problems = [...read.problems];
  if (!read.source) return {groups: [], problems};
  const {data, problems: found} = schemaProblems(groupsSchema, read.source.value ?? [], read.source, GROUPS_FILE, {
    allowedKeys: ['id', 'name', 'description', 'tag', 'contact'],
  });
  problems.push(...found);
  const groups: Group[] = data ?? [];
  const ids = groups.map((group) => group.id);
  const topics = vocabularies.topics.map((entry) => entry.slug);
  const byGroup = new Map<string, Report[]>(ids.map((id) => [id, []]));
  const root = join(siteDir, GROUPS_DIR);
  for (const entry of existsSync(root) ? readdirSync(root, {withFileTypes: true}) : []) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
    const folder = `${GROUPS_DIR}/${entry.name}`;
    if (!ids.includes(entry.name)) {
      problems.push({file: folder, message: `Zum Ordner »${entry.name}« gibt es keine Arbeitsgruppe in ${GROUPS_FILE}.${suggestion(entry.name, ids)} Gültig sind: ${ids.join(', ')}.`});
      continue;
    }
    for (const name of readdirSync(join(root, entry.name))) {
      if (!/\.mdx?$/.test(name) || name.startsWith('_') || /^index\.mdx?$/.test(name)) continue;
      const file = `${folder}/${name}`;
      const fileDate = /^(\d{4}-\d{2}-\d{2})-[a-z0-9-]+\.mdx?$/.exec(name)?.[1];
      if (!fileDate) {
        problems.push({file, message: `Der Dateiname muss mit dem Sitzungsdatum beginnen: JJJJ-MM-TT-kurzname.md, z. B. 2019-11-08-vierte-sitzung.md.`});
        continue;
      }
      const frontMatter = readFrontMatter(siteDir, file);
      problems.push(...frontMatter.problems);
      if (!frontMatter.source) continue;
      const source = frontMatter.source;
      const parsed = schemaProblems(reportFrontMatterSchema, source.value ?? {}, source, file, {
        allowedKeys: Object.keys(reportFrontMatterSchema.shape),
        hints: {meetingDate: 'Erwartet wird das Sitzungsdatum als JJJJ-MM-TT.', group: `Erwartet wird eine ID aus ${GROUPS_FILE}.`},
      });
      problems.push(...parsed.problems);
      const report = parsed.data;
      if (!report) continue;
      const before = problems.length;
      if (report.group !== entry.name) {
        problems.push({
          file,
          ...source.locate(['group']),
          field: 'group',
          message: ids.includes(report.group)
            ? `»${report.group}« passt nicht zum Ordner »${entry.name}«; der Bericht gehört in ${GROUPS_DIR}/${report.group}/.`
            : `»${report.group}« ist keine bekannte Arbeitsgruppe.${suggestion(report.group, ids)} Gültig sind: ${ids.join(', ')}.`,
        });
      }
      if (!isValidDay(report.meetingDate)) {
        problems.push({file, ...source.locate(['meetingDate']), field: 'meetingDate', message: `»${report.meetingDate}« ist kein gültiges Datum.`});
      } else if (report.meetingDate !== fileDate) {
        problems.push({file, ...source.locate(['meetingDate']), field: 'meetingDate', message: `Das Sitzungsdatum ${report.meetingDate} passt nicht zum Dateinamen (${fileDate}).`});
      }
      (report.topics ?? []).forEach((topic, index) => {
        if (!topics.includes(topic)) {
          problems.push({file, ...source.locate(['topics', index]), field: `topics[${index}]`, message: `»${topic}« ist kein Handlungsfeld.${suggestion(topic, topics)} Gültig sind: ${topics.join(', ')}.`});
        }
      });
      if (problems.length > before) continue;
      byGroup.get(entry.name)!.push({...report, topics: report.topics ?? [], file, path: `/arbeitsgruppen/${entry.name}/${name.replace(/\.mdx?$/, '')}`});
    }
  }
  for (const group of groups) {
    if (!['index.md', 'index.mdx'].some((name) => existsSync(join(root, group.id, name)))) {
      problems.push({
        file: GROUPS_FILE,
        ...read.source.locate([groups.indexOf(group), 'id']),
        field: `[${groups.indexOf(group)}].id`,
        message: `Die Seite der Arbeitsgruppe »${group.id}« fehlt: Legen Sie ${GROUPS_DIR}/${group.id}/index.md an (mit der Zeile ::berichte für die Liste der Berichte).`,
      });
    }
  }
  const result = groups.map((group) => ({
    ...group,
    path: `/arbeitsgruppen/${group.id}`,
    reports: (byGroup.get(group.id) ?? []).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || (b.meetingNumber ?? 0) - (a.meetingNumber ?? 0)),
  }));
  return {groups: result, problems};
}
