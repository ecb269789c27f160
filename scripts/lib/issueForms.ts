/**
 * The GitHub issue form »Praxisbeispiel vorschlagen«, generated from the
 * content model (vocabularies and carriers), so that its choices never drift
 * from src/data/. Written by `npm run write:issue-forms`; a test fails when the
 * committed file is out of date.
 */
import {Document, isMap, isScalar, isSeq, Scalar} from 'yaml';
import type {Carrier} from '../../src/content/carriers';
import {type Vocabularies} from '../../src/content/vocabularies';
import {FACET_WORDS, FACETS} from '../../src/vocabulary';

export const PRACTICE_FORM_FILE = '.github/ISSUE_TEMPLATE/praxisbeispiel.yml';
/** The label a maintainer adds to a suggestion to turn it into a pull request (.github/workflows/praxis-aus-issue.yml). */
export const ACCEPT_LABEL = 'übernehmen';
/** The carrier choice for organisations that are not in src/data/carriers.yml yet. */
export const OTHER_CARRIER = 'Andere (bitte unten nennen)';
/** The optional consent that names the submitter as co-author of the pull request's commit. */
export const CREDIT_CONSENT = 'Ich möchte im Pull Request als Mitautor*in genannt werden (mit meinem GitHub-Namen).';

const HINTS: Record<(typeof FACETS)[number], string> = {
  topics: 'In welchen Handlungsfeldern ist das Angebot aktiv? Mindestens eins.',
  audiences: 'Wen erreicht das Angebot? Mindestens eine Zielgruppe.',
  roles: 'Welche Rolle haben die Engagierten? Mindestens eine.',
  formats: 'Wie ist das Angebot organisiert? Mindestens ein Format.',
  states: 'Wo gibt es das Angebot? »Bundesweit«, wenn es überall angeboten wird.',
};

const LINE_WIDTH = 120;

/**
 * Prose that does not fit on the line beside its key or dash (`indent` is the
 * column where the entries of `node` start) becomes a folded block (`>-`),
 * readable without quotes; short text stays plain.
 */
function foldLongText(node: unknown, indent: number): void {
  const entries = isMap(node) ? node.items.map((pair) => pair.value) : isSeq(node) ? node.items : [];
  for (const entry of entries) {
    if (isScalar(entry) && typeof entry.value === 'string' && entry.value.includes(' ') && entry.value.length > LINE_WIDTH - (indent + 2)) {
      entry.type = Scalar.BLOCK_FOLDED;
    } else {
      foldLongText(entry, indent + 2);
    }
  }
}

export function practiceIssueForm(vocabularies: Vocabularies, carriers: readonly Carrier[]): string {
  const choice = (name: (typeof FACETS)[number]) =>
    name === 'states'
      ? {
          type: 'dropdown',
          id: name,
          attributes: {label: FACET_WORDS[name].heading, description: HINTS[name], multiple: true, options: vocabularies[name].map((entry) => entry.label)},
          validations: {required: true},
        }
      : {
          type: 'checkboxes',
          id: name,
          attributes: {label: FACET_WORDS[name].heading, description: HINTS[name], options: vocabularies[name].map((entry) => ({label: entry.label}))},
        };
  const form = {
    name: 'Praxisbeispiel vorschlagen',
    description: 'Ein Praxisbeispiel für den Katalog guter Praxis vorschlagen, ohne Git: Das Projektteam prüft den Vorschlag, daraus entsteht die Seite.',
    title: 'Praxisbeispiel: ',
    labels: ['praxisbeispiel'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value:
            'Danke, dass Sie Ihre gute Praxis teilen! Füllen Sie die Felder aus. Das Projektteam prüft den Vorschlag; ist er vollständig, entsteht daraus automatisch ein Entwurf der Seite mit Vorschau (ein Pull Request), sonst nennt ein Kommentar hier, was noch fehlt. Bitte nennen Sie Namen und Kontaktdaten von Personen nur mit deren Einverständnis.',
        },
      },
      {
        type: 'input',
        id: 'title',
        attributes: {label: 'Titel', description: 'Kurz und sprechend, höchstens 120 Zeichen.', placeholder: 'Lesetandems an Grundschulen'},
        validations: {required: true},
      },
      {
        type: 'textarea',
        id: 'description',
        attributes: {label: 'Kurzbeschreibung', description: 'Ein bis zwei Sätze, höchstens 300 Zeichen. Sie erscheinen auf der Karte im Katalog.'},
        validations: {required: true},
      },
      {
        type: 'dropdown',
        id: 'carrier',
        attributes: {
          label: 'Träger*in',
          description: 'Wer führt das Angebot durch? Fehlt Ihre Organisation, wählen Sie »Andere« und nennen Sie sie im nächsten Feld.',
          options: [...carriers.map((carrier) => carrier.name), OTHER_CARRIER],
        },
        validations: {required: true},
      },
      {type: 'input', id: 'carrier_other', attributes: {label: 'Andere Träger*in', description: 'Name, Ort und Website der Organisation.'}},
      ...FACETS.map(choice),
      {type: 'input', id: 'since', attributes: {label: 'Seit wann gibt es das Angebot?', description: 'Jahr, zum Beispiel 2019.', placeholder: '2019'}},
      {
        type: 'textarea',
        id: 'body',
        attributes: {
          label: 'Beschreibung',
          description: 'Was macht das Angebot, wie arbeitet es, was hat zum Gelingen beigetragen, was können andere übernehmen?',
          value: '### Ausgangslage\n\n### Umsetzung\n\n### Gelingensfaktoren\n\n### Zum Nachmachen\n',
        },
        validations: {required: true},
      },
      {
        type: 'textarea',
        id: 'contact',
        attributes: {
          label: 'Kontakt (optional)',
          description: 'Für Rückfragen von anderen Programmträger*innen, je Zeile eine Angabe: Name, E-Mail, Telefon, Website (mit https://).',
        },
      },
      {
        type: 'checkboxes',
        id: 'consent',
        attributes: {
          label: 'Einverständnis',
          options: [
            {label: 'Die genannten Personen sind mit der Veröffentlichung ihrer Namen und Kontaktdaten einverstanden.', required: true},
            {label: 'Der Text darf auf der Wissensplattform veröffentlicht und redaktionell bearbeitet werden.', required: true},
            {label: CREDIT_CONSENT},
          ],
        },
      },
    ],
  };
  // Text that a YAML 1.1 reader would take for something else (`on`, `2024-01-02`) is quoted, so that every reader sees text.
  const document = new Document(form, {aliasDuplicateObjects: false, compat: 'yaml-1.1'});
  foldLongText(document.contents, 0);
  return `# Erzeugt von \`npm run write:issue-forms\` aus src/data/ – nicht von Hand bearbeiten.\n${document.toString({lineWidth: LINE_WIDTH, singleQuote: true})}`;
}
