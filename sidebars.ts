import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/**
 * Small, hand-written sidebars only. A sidebar is inlined into every page that
 * shows it, so catalogue entries, reports and congress pages never go here:
 * they are listed on their own overview pages.
 */
const sidebars = {
  programm: [
    {type: 'doc', id: 'programm/index', label: 'Das Bundesprogramm'},
    {type: 'doc', id: 'programm/projekt', label: 'Das Projekt des BBE'},
  ],
  mitmachen: [
    {type: 'doc', id: 'mitmachen/index', label: 'So machen Sie mit'},
    {type: 'doc', id: 'mitmachen/gute-praxis', label: 'Ein Praxisbeispiel eintragen'},
    {type: 'doc', id: 'mitmachen/ohne-git', label: 'Ohne Git mitmachen'},
    {type: 'doc', id: 'mitmachen/kongresse-und-berichte', label: 'Kongresse und Berichte'},
    {type: 'doc', id: 'mitmachen/meldungen', label: 'Eine Meldung veröffentlichen'},
    {type: 'doc', id: 'mitmachen/markdown', label: 'Markdown auf jeder Seite'},
    {type: 'doc', id: 'mitmachen/suchbegriffe', label: 'Suchbegriffe pflegen'},
    {type: 'doc', id: 'mitmachen/pruefung', label: 'Meldungen der Inhaltsprüfung'},
    {type: 'doc', id: 'mitmachen/betrieb', label: 'Website veröffentlichen'},
  ],
} satisfies SidebarsConfig;

export default sidebars;
