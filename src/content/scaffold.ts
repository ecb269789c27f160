/**
 * What `npm run new` creates: a file (or, for a congress, a folder) from the
 * templates, with the title set and a slug made from the German title.
 * Pure: reads the templates it is given, returns the files to write.
 */
import slugify from '@sindresorhus/slugify';

/** What `npm run new` creates (the search's content types are another list: src/vocabulary.ts). */
export const SCAFFOLD_KINDS = ['praxis', 'bericht', 'kongress', 'meldung', 'termin'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export const SCAFFOLD_KIND_LABELS: Record<ScaffoldKind, string> = {
  praxis: 'Praxisbeispiel',
  bericht: 'Bericht einer Arbeitsgruppe',
  kongress: 'Fachkongress (ein Jahr)',
  meldung: 'Meldung',
  termin: 'Termin (Mittagsgespräch, AG-Sitzung, Vernetzungstreffen, Online-Format)',
};

/**
 * German title → URL slug: ä→ae, ö→oe, ü→ue, ß→ss, gender star and colon
 * dropped (»Pat*innen« → »patinnen«), everything else lower-case with hyphens.
 */
export function slugFromTitle(title: string): string {
  const withoutGenderMarks = title.normalize('NFC').replace(/(\p{L})[*:_·](?=\p{Ll})/gu, '$1');
  return slugify(withoutGenderMarks, {
    customReplacements: [
      ['&', ' und '],
      ['ẞ', 'ss'],
    ],
  });
}

/** Quotes a YAML scalar when it needs it (colons, quotes, leading special characters). */
export function yamlString(value: string): string {
  return /^[\p{L}\p{N}][^:#'"\n]*$/u.test(value) && !/\s$/.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
}

export interface ScaffoldRequest {
  type: ScaffoldKind;
  title: string;
  /** Day of the meeting (bericht), post (meldung) or event (termin), YYYY-MM-DD. */
  date: string;
  /** Working group id (bericht). */
  group?: string;
  /** Congress year (kongress). */
  year?: number;
}

export interface ScaffoldFile {
  /** Path relative to the site root. */
  path: string;
  content: string;
}

/** Templates by path relative to the site root, as read from disk. */
export type Templates = Record<string, string>;

export const TEMPLATE_PATHS: Record<ScaffoldKind, string[]> = {
  praxis: ['docs/gute-praxis/_vorlage.md'],
  bericht: ['docs/arbeitsgruppen/_vorlage.md'],
  kongress: ['docs/fachkongress/_vorlage/index.mdx', 'docs/fachkongress/_vorlage/programm.yml', 'docs/fachkongress/_vorlage/workshop.md'],
  meldung: ['blog/_vorlage.md'],
  termin: ['termine/_vorlage.md'],
};

const setField = (content: string, field: string, value: string): string =>
  content.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${value}`);

/** Drops the template's explanatory comment lines at the top of the front matter. */
const withoutTemplateComments = (content: string): string => content.replace(/^---\n(?:#.*\n)+/, '---\n');

export function scaffold(request: ScaffoldRequest, templates: Templates): ScaffoldFile[] {
  const slug = slugFromTitle(request.title);
  if (slug === '') throw new Error('Der Titel enthält keine Buchstaben oder Ziffern, aus denen sich ein Dateiname bilden ließe.');
  const template = (path: string): string => {
    const content = templates[path];
    if (content === undefined) throw new Error(`Die Vorlage ${path} fehlt.`);
    return content;
  };
  const title = yamlString(request.title);
  switch (request.type) {
    case 'praxis': {
      const content = setField(withoutTemplateComments(template('docs/gute-praxis/_vorlage.md')), 'title', title);
      return [{path: `docs/gute-praxis/${slug}.md`, content}];
    }
    case 'bericht': {
      if (!request.group) throw new Error('Für einen Bericht fehlt die Arbeitsgruppe (--gruppe).');
      let content = withoutTemplateComments(template('docs/arbeitsgruppen/_vorlage.md'));
      content = setField(content, 'title', title);
      content = setField(content, 'group', request.group);
      content = setField(content, 'meetingDate', request.date);
      return [{path: `docs/arbeitsgruppen/${request.group}/${request.date}-${slug}.md`, content}];
    }
    case 'kongress': {
      const year = request.year ?? Number(/\b(20\d\d)\b/.exec(request.title)?.[1] ?? Number(request.date.slice(0, 4)) + 1);
      return TEMPLATE_PATHS.kongress.map((path) => {
        let content = template(path).replace(/2028/g, String(year));
        if (path.endsWith('index.mdx')) content = setField(withoutTemplateComments(content), 'title', title);
        return {path: path.replace('_vorlage', String(year)), content};
      });
    }
    case 'meldung': {
      let content = withoutTemplateComments(template('blog/_vorlage.md'));
      content = setField(content, 'title', title);
      content = setField(content, 'slug', slug);
      return [{path: `blog/${request.date}-${slug}.md`, content}];
    }
    case 'termin': {
      let content = setField(withoutTemplateComments(template('termine/_vorlage.md')), 'title', title);
      // The template's time stays; the day is the one asked for, and so is the registration deadline.
      content = content.replace(/^start: \d{4}-\d{2}-\d{2}/m, `start: ${request.date}`).replace(/^( {2}deadline:).*$/m, `$1 ${request.date}`);
      return [{path: `termine/${request.date.slice(0, 7)}-${slug}.md`, content}];
    }
  }
}

/** What to do after `npm run new`, in German. */
export function nextSteps(type: ScaffoldKind, files: readonly ScaffoldFile[]): string[] {
  const main = files[0]!.path;
  const steps = [`Öffnen Sie ${main} und füllen Sie die Felder im Kopfbereich aus (zwischen den Zeilen ---).`];
  if (type === 'kongress') steps.push(`Tragen Sie das Programm in ${files[1]!.path} ein; eine Seite je dokumentiertem Workshop wie ${files[2]!.path}.`);
  if (type === 'termin') steps.push('Wählen Sie type, Beginn und Ende (Berliner Zeit) und den Ort oder online: true. Zugangslinks gehören nicht in die Datei.');
  if (type === 'praxis') steps.push('Wählen Sie carrier, topics, audiences, roles, formats und states aus den Listen in src/data/.');
  steps.push('Schreiben Sie den Text unter den Kopfbereich.', 'Prüfen Sie mit: npm run check:content', 'Vorschau: npm run build && npm run serve');
  return steps;
}
