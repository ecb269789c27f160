/**
 * »Das Programm in Zahlen«: every number from the same data as the catalogue
 * (its facet file, counted by the catalogue's own filter code without a
 * filter), the congresses and the working groups' reports. Pure; the plugin
 * in src/plugins/numbers gathers the inputs.
 */
import {createMatcher, EMPTY_FILTER, filterCatalogue} from '../catalogue/filter';
import type {CatalogueModule, FacetRow} from '../catalogue/types';
import {catalogueQuery, FACET_WORDS, FACETS, NATIONWIDE, type Facet} from '../vocabulary';
import {barChartSvg, type ChartRow} from './charts';

export interface NumbersTable {
  /** Column headings: the row's name, then the numbers' columns. */
  columns: string[];
  rows: {label: string; href?: string; values: (number | null)[]}[];
}

export interface NumbersChart {
  id: string;
  title: string;
  caption: string;
  /** SVG markup drawn at build time, or null when there is nothing to draw. */
  svg: string | null;
  table: NumbersTable;
}

export interface ProgrammeNumbers {
  practices: number;
  carriers: number;
  carriersWithPractices: number;
  congresses: number;
  reports: number;
  charts: NumbersChart[];
}

export interface CongressFigures {
  year: number;
  title: string;
  path: string;
  participants?: number;
}

export interface GroupFigures {
  name: string;
  path: string;
  /** Year of each report's meeting. */
  reportYears: number[];
}

const FACET_CAPTIONS: Record<Facet, string> = {
  topics: 'Ein Praxisbeispiel kann zu mehreren Handlungsfeldern gehören; die Summe ist darum größer als die Zahl der Praxisbeispiele.',
  audiences: 'Ein Praxisbeispiel kann mehrere Zielgruppen erreichen.',
  roles: 'Ein Praxisbeispiel kann mehrere Rollen haben.',
  formats: 'Ein Praxisbeispiel kann mehrere Formate haben.',
  states: 'Gezählt sind die Praxisbeispiele, die das Land selbst nennen. Bundesweite Praxisbeispiele stehen in einer eigenen Zeile; im Katalog zählen sie bei jedem Land mit.',
};

const FACET_TITLES: Record<Facet, string> = {
  topics: 'Praxisbeispiele nach Handlungsfeld',
  audiences: 'Praxisbeispiele nach Zielgruppe',
  roles: 'Praxisbeispiele nach Rolle der Engagierten',
  formats: 'Praxisbeispiele nach Format',
  states: 'Praxisbeispiele nach Land',
};

function chart(id: string, title: string, caption: string, columns: [string, string], rows: (ChartRow & {href?: string})[]): NumbersChart {
  return {
    id,
    title,
    caption,
    svg: rows.some((row) => row.value > 0) ? barChartSvg(rows) : null,
    table: {columns, rows: rows.map((row) => ({label: row.label, href: row.href, values: [row.value]}))},
  };
}

export function programmeNumbers(catalogue: Pick<CatalogueModule, 'vocabularies' | 'carriers'>, rows: readonly FacetRow[], congresses: readonly CongressFigures[], groups: readonly GroupFigures[]): ProgrammeNumbers {
  const sizes = {values: Object.fromEntries(FACETS.map((facet) => [facet, catalogue.vocabularies[facet].length])) as Record<Facet, number>, carriers: catalogue.carriers.length};
  const matcher = createMatcher(EMPTY_FILTER, catalogue.vocabularies, catalogue.carriers.map((carrier) => carrier.id));
  const {counts, regional, carrierCounts} = filterCatalogue(rows, matcher, sizes, 'titel');
  const facetCharts = FACETS.map((facet) => {
    const values = catalogue.vocabularies[facet].map((value, index) => ({
      label: value.slug === NATIONWIDE ? 'bundesweit' : value.label,
      value: facet === 'states' ? regional[index]! : counts[facet][index]!,
      href: catalogueQuery(facet, value.slug),
    }));
    // Largest first, except the Länder, which keep their order (with »bundesweit« at the end).
    const ordered = facet === 'states' ? [...values.filter((row) => row.label !== 'bundesweit'), ...values.filter((row) => row.label === 'bundesweit')] : [...values].sort((a, b) => b.value - a.value);
    return chart(FACET_WORDS[facet].segment, FACET_TITLES[facet], FACET_CAPTIONS[facet], [facet === 'states' ? 'Land' : FACET_WORDS[facet].singular, 'Praxisbeispiele'], ordered);
  });

  const byYear = [...congresses].sort((a, b) => a.year - b.year);
  const withParticipants = byYear.filter((congress) => congress.participants !== undefined);
  const congressChart: NumbersChart = {
    id: 'fachkongresse',
    title: 'Fachkongresse: Teilnehmende je Jahr',
    caption:
      withParticipants.length < byYear.length
        ? 'Für Kongresse ohne Angabe (»–«) zeigt das Diagramm keinen Balken.'
        : 'Teilnehmende laut Kongressdokumentation.',
    svg: withParticipants.length > 0 ? barChartSvg(withParticipants.map((congress) => ({label: String(congress.year), value: congress.participants!}))) : null,
    table: {columns: ['Jahr', 'Teilnehmende'], rows: byYear.map((congress) => ({label: `${congress.year}: ${congress.title}`, href: congress.path, values: [congress.participants ?? null]}))},
  };

  const years = [...new Set(groups.flatMap((group) => group.reportYears))].sort((a, b) => a - b);
  const reportsChart: NumbersChart = {
    id: 'berichte',
    title: 'Berichte der Arbeitsgruppen je Jahr',
    caption: 'Berichte aus den Sitzungen, nach dem Jahr der Sitzung; die Tabelle zeigt jede Arbeitsgruppe.',
    svg: years.length > 0 ? barChartSvg(years.map((year) => ({label: String(year), value: groups.reduce((sum, group) => sum + group.reportYears.filter((entry) => entry === year).length, 0)}))) : null,
    table: {
      columns: ['Arbeitsgruppe', ...years.map(String), 'Zusammen'],
      rows: groups.map((group) => ({
        label: group.name,
        href: group.path,
        values: [...years.map((year) => group.reportYears.filter((entry) => entry === year).length), group.reportYears.length],
      })),
    },
  };

  return {
    practices: rows.length,
    carriers: catalogue.carriers.length,
    carriersWithPractices: carrierCounts.filter((count) => count > 0).length,
    congresses: congresses.length,
    reports: groups.reduce((sum, group) => sum + group.reportYears.length, 0),
    charts: [...facetCharts, congressChart, reportsChart],
  };
}
