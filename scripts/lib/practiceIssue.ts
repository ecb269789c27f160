/**
 * An issue »Praxisbeispiel vorschlagen« (the form in PRACTICE_FORM_FILE) as a
 * practice file: the form's answers in the front matter, its description as
 * the body. Pure: the caller reads the issue, the form and src/data/, writes
 * the file and runs the content check (`npm run issue:practice`).
 *
 * The issue body is data written by anyone: it never reaches a shell, raw
 * HTML in it becomes text, and every problem is reported by the form's field
 * label, so that the submitter can correct the issue.
 */
import {parseIssue, type Checkboxes} from '@github/issue-parser';
import {parse, stringify} from 'yaml';
import type {Heading, Html, RootContent, Text} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import type {Carrier} from '../../src/content/carriers';
import {DESCRIPTION_MAX, SINCE_MIN, TITLE_MAX} from '../../src/content/practice';
import type {Problem} from '../../src/content/problems';
import {slugFromTitle} from '../../src/content/scaffold';
import type {Vocabularies} from '../../src/content/vocabularies';
import {FACETS, type Facet} from '../../src/vocabulary';
import {issueTextParser, markdownWriter} from '../../src/markdown/preset';
import {CREDIT_CONSENT, OTHER_CARRIER} from './issueForms';


export interface IssueInput {
  number: number;
  body: string;
  author: {login: string; id: number};
}

/** A problem named by the form's field label, for the comment on the issue. */
export interface FormProblem {
  label: string;
  message: string;
}

export interface PracticeFile {
  path: string;
  content: string;
  title: string;
  /** `Co-authored-by:` trailer, when the submitter agreed to be named. */
  coAuthor?: string;
}

export type Conversion = {ok: true; file: PracticeFile} | {ok: false; problems: FormProblem[]};

interface FormField {
  id?: string;
  type: string;
  attributes: {label?: string; options?: (string | {label: string; required?: boolean})[]};
}

const formFields = (form: string): FormField[] => (parse(form) as {body: FormField[]}).body;

/** Field id → label, from the form's YAML (or its parsed fields). */
export function formLabels(form: string | readonly FormField[]): Map<string, string> {
  const fields = typeof form === 'string' ? formFields(form) : form;
  return new Map(fields.filter((field) => field.id && field.attributes.label).map((field) => [field.id!, field.attributes.label!]));
}


/** Markdown or HTML from a one-line field as plain text: »**Lese**<b>tandems</b>« → »Lesetandems«. */
export function plainText(value: string): string {
  const tree = issueTextParser.parse(value.replace(/\r\n?/g, '\n'));
  visit(tree, 'html', (node: Html, index, parent) => {
    if (parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return toString(tree, {includeHtml: false}).replace(/\s+/g, ' ').trim();
}

/**
 * The description field as the page body: raw HTML shown as text (a page
 * never runs the submitter's markup), headings moved so that the form's
 * `###` sections become the page's `##` sections.
 */
export function bodyMarkdown(value: string): string {
  const tree = issueTextParser.parse(value.replace(/\r\n?/g, '\n'));
  visit(tree, 'html', (node: Html, index, parent) => {
    if (!parent || index === undefined) return;
    const text: Text = {type: 'text', value: node.value};
    // A block of HTML becomes a paragraph of text, HTML inside a paragraph stays inline.
    (parent.children as RootContent[])[index] = ['root', 'blockquote', 'listItem'].includes(parent.type) ? {type: 'paragraph', children: [text]} : text;
  });
  const depths: number[] = [];
  visit(tree, 'heading', (node: Heading) => void depths.push(node.depth));
  const shift = depths.length > 0 ? Math.min(...depths) - 2 : 0;
  visit(tree, 'heading', (node: Heading) => {
    node.depth = Math.min(6, Math.max(2, node.depth - shift)) as Heading['depth'];
  });
  // Sections the submitter left empty (the form's prefilled headings) are not kept.
  tree.children = tree.children.filter((node, index, all) => !(node.type === 'heading' && (index === all.length - 1 || (all[index + 1]!.type === 'heading' && (all[index + 1] as Heading).depth <= node.depth))));
  return String(markdownWriter.stringify(tree)).trim();
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const URL_PATTERN = /https?:\/\/[^\s<>()[\]"']+[^\s<>()[\]"'.,;:!?]/;
const PHONE = /^(?:tel(?:efon)?\.?:?\s*)?(\+?[\d][\d ()/-]{4,}\d)$/i;
const LINE_LABEL = /^(?:name|ansprechpartner\*?in|kontakt|e-?mail|mail|telefon|tel\.?|web(?:site)?|internet|url)\s*:\s*/i;

/** The free contact field, one piece of information per line, as the front matter's contact. */
export function parseContact(value: string): {contact: {name?: string; email?: string; phone?: string; url?: string}; rest: string[]} {
  const contact: {name?: string; email?: string; phone?: string; url?: string} = {};
  const rest: string[] = [];
  for (const raw of value.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/^\s*[-*]\s+/, '').trim();
    if (line === '') continue;
    const email = EMAIL.exec(line.replace(/^mailto:/i, ''))?.[0];
    const url = URL_PATTERN.exec(line)?.[0];
    const text = plainText(line).replace(LINE_LABEL, '');
    const phone = PHONE.exec(text)?.[1];
    if (email && !contact.email) contact.email = email;
    else if (url && !contact.url) contact.url = url;
    else if (phone && !contact.phone) contact.phone = phone;
    else if (!email && !url && !phone && text !== '' && !contact.name) contact.name = text;
    else rest.push(line);
  }
  return {contact, rest};
}

type Parsed = Record<string, string | string[] | Checkboxes | undefined>;

const textField = (parsed: Parsed, id: string): string | undefined => {
  const value = parsed[id];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};
const dropdownField = (parsed: Parsed, id: string): string[] => {
  const value = parsed[id];
  return Array.isArray(value) ? value.map((entry) => entry.trim()).filter((entry) => entry !== '') : [];
};
const checkedField = (parsed: Parsed, id: string): string[] => {
  const value = parsed[id];
  return value && typeof value === 'object' && !Array.isArray(value) ? value.selected.map((entry) => entry.trim()) : [];
};

const quoted = (values: readonly string[]): string => values.map((value) => `»${value}«`).join(', ');

/** The issue's answers as a practice file, or every problem the submitter can fix in the issue. */
export function practiceFromIssue(issue: IssueInput, options: {form: string; vocabularies: Vocabularies; carriers: readonly Carrier[]; currentYear?: number}): Conversion {
  const fields = formFields(options.form);
  const labels = formLabels(fields);
  const label = (id: string): string => labels.get(id) ?? id;
  // The description field is prefilled with ### sections. The parser takes every ### line for a field heading
  // and drops an answer that starts with one, so sections become ## before parsing (bodyMarkdown sets their level).
  const known = new Set(labels.values());
  const body = issue.body.replace(/\r\n?/g, '\n').replace(/^###[ \t]+(.*?)[ \t]*$/gm, (line, text: string) => (known.has(text) ? line : `## ${text}`));
  const parsed = parseIssue(body, options.form);
  const problems: FormProblem[] = [];
  const problem = (id: string, message: string) => problems.push({label: label(id), message});

  const title = plainText(textField(parsed, 'title') ?? '');
  const slug = slugFromTitle(title);
  if (title === '') problem('title', 'Bitte geben Sie einen Titel an.');
  else if (slug === '') problem('title', `»${title}« enthält keine Buchstaben oder Ziffern; aus dem Titel entsteht die Adresse der Seite. Bitte geben Sie einen Titel mit Wörtern an.`);
  else if (title.length > TITLE_MAX) problem('title', `Der Titel hat ${title.length} Zeichen; höchstens ${TITLE_MAX} sind möglich.`);

  const description = plainText(textField(parsed, 'description') ?? '');
  if (description === '') problem('description', 'Bitte beschreiben Sie das Angebot in ein bis zwei Sätzen.');
  else if (description.length > DESCRIPTION_MAX) problem('description', `Die Kurzbeschreibung hat ${description.length} Zeichen; höchstens ${DESCRIPTION_MAX} sind möglich (sie erscheint auf der Karte im Katalog). Längeres gehört in die Beschreibung.`);

  // A carrier name may contain a comma; the parser splits dropdown answers at commas.
  const carrierName = dropdownField(parsed, 'carrier').join(', ');
  const otherCarrier = plainText(textField(parsed, 'carrier_other') ?? '');
  let carrier: string | undefined;
  if (carrierName === '') {
    problem('carrier', `Bitte wählen Sie eine Träger*in aus der Liste oder »${OTHER_CARRIER}«.`);
  } else if (carrierName === OTHER_CARRIER) {
    problem(
      'carrier',
      otherCarrier === ''
        ? `Sie haben »${OTHER_CARRIER}« gewählt; bitte nennen Sie die Organisation im Feld »${label('carrier_other')}«.`
        : `»${otherCarrier}« steht noch nicht im Verzeichnis der Träger*innen. Das Projektteam trägt die Organisation in src/data/carriers.yml ein; danach wird der Vorschlag erneut übernommen.`,
    );
  } else {
    carrier = options.carriers.find((entry) => entry.name === carrierName)?.id;
    if (!carrier) problem('carrier', `»${carrierName}« gibt es im Verzeichnis der Träger*innen nicht. Möglich sind: ${quoted(options.carriers.map((entry) => entry.name))} oder »${OTHER_CARRIER}«.`);
  }

  const facets = {} as Record<Facet, string[]>;
  for (const facet of FACETS) {
    const chosen = facet === 'states' ? dropdownField(parsed, facet) : checkedField(parsed, facet);
    const entries = options.vocabularies[facet];
    const unknown = chosen.filter((value) => !entries.some((entry) => entry.label === value));
    if (unknown.length > 0) problem(facet, `${quoted(unknown)} gibt es in dieser Liste nicht. Möglich sind: ${quoted(entries.map((entry) => entry.label))}.`);
    else if (chosen.length === 0) problem(facet, `Bitte wählen Sie mindestens einen Eintrag aus: ${quoted(entries.map((entry) => entry.label))}.`);
    facets[facet] = entries.filter((entry) => chosen.includes(entry.label)).map((entry) => entry.slug);
  }

  const sinceText = plainText(textField(parsed, 'since') ?? '');
  const sinceYear = /\b(\d{4})\b/.exec(sinceText)?.[1];
  const latest = (options.currentYear ?? new Date().getFullYear()) + 1;
  if (sinceText !== '' && !sinceYear) problem('since', `»${sinceText}« ist keine Jahreszahl. Bitte geben Sie das Startjahr an, zum Beispiel 2019, oder lassen Sie das Feld leer.`);
  else if (sinceYear && (Number(sinceYear) < SINCE_MIN || Number(sinceYear) > latest)) problem('since', `${sinceYear} liegt außerhalb des möglichen Bereichs: ein Jahr von ${SINCE_MIN} bis ${latest}.`);

  const text = bodyMarkdown(textField(parsed, 'body') ?? '');
  if (text === '') problem('body', 'Bitte beschreiben Sie das Angebot: Ausgangslage, Umsetzung, Gelingensfaktoren und was andere übernehmen können.');

  const {contact, rest} = parseContact(textField(parsed, 'contact') ?? '');
  if (rest.length > 0) problem('contact', `Diese Zeilen kann ich keiner Angabe zuordnen: ${quoted(rest)}. Bitte schreiben Sie je Zeile eine Angabe: einen Namen, eine E-Mail-Adresse, eine Telefonnummer oder eine Website (mit https://).`);

  const consents = parsed.consent && typeof parsed.consent === 'object' && !Array.isArray(parsed.consent) ? parsed.consent : {selected: [], unselected: []};
  const consentOptions = (fields.find((field) => field.id === 'consent')?.attributes.options ?? []).filter((option) => typeof option !== 'string');
  const missing = consentOptions.filter((option) => option.required && !consents.selected.includes(option.label));
  if (missing.length > 0) problem('consent', `Ohne dieses Einverständnis kann das Projektteam den Vorschlag nicht veröffentlichen: ${quoted(missing.map((option) => option.label))}.`);

  if (problems.length > 0 || !carrier) return {ok: false, problems};
  // One field as YAML, quoted where needed. Docusaurus reads front matter with YAML 1.1's types
  // (`2024-01-02` is a date there), so such text is quoted to stay text.
  const field = (key: string, value: unknown): string => stringify({[key]: value}, {lineWidth: 0, singleQuote: true, compat: 'yaml-1.1'}).trimEnd();
  const lines = [
    field('title', title),
    field('description', description),
    `carrier: ${carrier}`,
    ...FACETS.map((facet) => `${facet}: [${facets[facet].join(', ')}]`),
    ...(sinceYear ? [`since: ${sinceYear}`] : []),
    ...(Object.keys(contact).length > 0 ? [field('contact', contact)] : []),
  ];
  const content = `---\n${lines.join('\n')}\n---\n\n${text}\n`;
  const credit = consents.selected.includes(CREDIT_CONSENT);
  return {
    ok: true,
    file: {
      path: `docs/gute-praxis/${slug}.md`,
      content,
      title,
      coAuthor: credit ? `Co-authored-by: ${issue.author.login} <${issue.author.id}+${issue.author.login}@users.noreply.github.com>` : undefined,
    },
  };
}

/** Which form field a content-check problem of the written file belongs to. */
export function formProblemsFromCheck(problems: readonly Problem[], file: string, form: string): FormProblem[] {
  const labels = formLabels(form);
  return problems
    .filter((entry) => entry.file === file && entry.severity !== 'warning')
    .map((entry) => {
      const id = entry.field?.split(/[.[]/)[0];
      const label = id !== undefined && labels.has(id) ? labels.get(id)! : labels.get('body') ?? 'Beschreibung';
      return {label, message: entry.message};
    });
}

/** The German comment on the issue when its answers cannot become a page yet. */
export function problemsComment(problems: readonly FormProblem[]): string {
  const byLabel = new Map<string, string[]>();
  for (const entry of problems) byLabel.set(entry.label, [...(byLabel.get(entry.label) ?? []), entry.message]);
  return [
    'Danke für Ihren Vorschlag! Bevor daraus eine Seite im Katalog werden kann, fehlt noch etwas:',
    '',
    ...[...byLabel].map(([name, messages]) => `- **${name}:** ${messages.join(' ')}`),
    '',
    'Bitte bearbeiten Sie das Issue (»Edit« im Menü »…« oben rechts an Ihrem Beitrag) und korrigieren Sie die genannten Felder. Danach wird der Vorschlag automatisch erneut geprüft.',
  ].join('\n');
}

/** Title, branch, commit message and description of the pull request. */
export function pullRequest(issue: IssueInput, file: PracticeFile): {title: string; branch: string; commitMessage: string; body: string} {
  const title = `Praxisbeispiel: ${file.title}`;
  return {
    title,
    branch: `praxis/issue-${issue.number}`,
    commitMessage: [title, '', `Aus dem Vorschlag in #${issue.number}.`, ...(file.coAuthor ? ['', file.coAuthor] : [])].join('\n'),
    body: [
      `Neues Praxisbeispiel aus dem Vorschlag in #${issue.number}: \`${file.path}\`.`,
      '',
      'Bitte prüfen: Text, Zuordnung zu Handlungsfeldern und Zielgruppen, Kontaktangaben (nur mit Einverständnis der Genannten). Die Vorschau der Seite verlinkt ein Kommentar, sobald sie gebaut ist. Wird das Issue bearbeitet, entsteht die Datei neu und ersetzt den Stand dieses Pull Requests, auch Änderungen, die hier gemacht wurden. Soll das Issue danach unverändert bleiben, entfernen Sie dort das Label »übernehmen«.',
      '',
      `Closes #${issue.number}`,
    ].join('\n'),
  };
}
