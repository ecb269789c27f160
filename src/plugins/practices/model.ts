/** The catalogue as the plugin passes it around: validated content plus lookups. */
import type {Carrier} from '../../content/carriers';
import type {Practice} from '../../content/practice';
import type {Vocabularies} from '../../content/vocabularies';
import {carrierPath, FACETS, practicePath, valuePath, type Facet} from '../../vocabulary';

export interface RenderedPractice extends Practice {
  html: string;
  /** »Auf dieser Seite« for a body with several sections, else '' (see tocHtml). */
  toc?: string;
}

export interface Catalogue {
  vocabularies: Vocabularies;
  carriers: Carrier[];
  /** Sorted by title (German collation). */
  practices: RenderedPractice[];
  labels: Record<Facet, Map<string, string>>;
  carrierById: Map<string, Carrier>;
  /** Each carrier's practices, in catalogue order (a carrier's page lists them; filtering all practices per carrier would cost carriers × practices). */
  practicesByCarrier: Map<string, RenderedPractice[]>;
}

export const germanCollator = new Intl.Collator('de', {sensitivity: 'base', numeric: true});

export function createCatalogue(vocabularies: Vocabularies, carriers: Carrier[], practices: RenderedPractice[]): Catalogue {
  const labels = Object.fromEntries(
    FACETS.map((name) => [name, new Map(vocabularies[name].map((entry) => [entry.slug, entry.label]))]),
  ) as Record<Facet, Map<string, string>>;
  const sorted = [...practices].sort((a, b) => germanCollator.compare(a.title, b.title) || a.slug.localeCompare(b.slug));
  const practicesByCarrier = new Map<string, RenderedPractice[]>();
  for (const practice of sorted) {
    const list = practicesByCarrier.get(practice.carrier);
    if (list) list.push(practice);
    else practicesByCarrier.set(practice.carrier, [practice]);
  }
  return {
    vocabularies,
    carriers: [...carriers].sort((a, b) => germanCollator.compare(a.name, b.name)),
    practices: sorted,
    labels,
    carrierById: new Map(carriers.map((carrier) => [carrier.id, carrier])),
    practicesByCarrier,
  };
}



/** Paths of the catalogue's pages, in the order of the fragments (see joinParts). */
export function cataloguePaths(catalogue: Catalogue): string[] {
  return [
    ...catalogue.practices.map((practice) => practicePath(practice.slug)),
    ...FACETS.flatMap((name) => catalogue.vocabularies[name].map((entry) => valuePath(name, entry.slug))),
    ...catalogue.carriers.map((carrier) => carrierPath(carrier.id)),
    '/traeger',
  ];
}
