/**
 * The content graph in the build (src/content/site.ts): read and validated
 * once per build and once per change under `npm start`, in `loadContent`,
 * before any page is compiled; a mistake stops the build with every problem.
 * With it, the catalogue's view of the graph (sorted practices, the browser's
 * facet and text files, the carriers' maps), made once for the catalogue's
 * pages, /suche and »Das Programm in Zahlen«.
 *
 * The other plugins take both in `allContentLoaded` (`siteContentOf`), as
 * Docusaurus hands one plugin's content to another; none reads content files
 * itself.
 */
import {join} from 'node:path';
import type {AllContent, LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import type {FacetRow, CatalogueModule} from '../../catalogue/types';
import {createValidationCache} from '../../content/load';
import {ContentError} from '../../content/problems';
import {loadSettled, type FileStamps} from '../../content/settled';
import {CONTENT_FOLDERS, loadSite, type Site} from '../../content/site';
import {germanyMap} from '../../map/geometry';
import {NO_OPTIONS, validatedOptions} from '../options';
import {buildCatalogueData, type CarrierMap, type DataFile} from '../practices/catalogueData';
import {cataloguePaths, createCatalogue, type Catalogue} from '../practices/model';

export const CONTENT_PLUGIN_NAME = 'wissensplattform-content';

/** The catalogue as its pages, /suche and the numbers see it. */
export interface CatalogueView {
  /** Practices sorted by title (the order of the facet file), with lookups; no HTML yet. */
  catalogue: Catalogue;
  /** The catalogue page's route module. */
  module: CatalogueModule;
  /** Facet file, text chunks, map: served under /daten/katalog. */
  files: DataFile[];
  /** Facet rows of the practices, in catalogue order (as in the facet file). */
  rows: FacetRow[];
  carrierMaps: Record<string, CarrierMap>;
  /** Paths of every catalogue page (practices, value pages, carriers), in the order the render workers return them. */
  paths: string[];
}

export interface SiteContent {
  site: Site;
  catalogue: CatalogueView;
}

/** The catalogue's view of the graph. */
export function catalogueView(site: Site, siteDir: string, baseUrl: string): CatalogueView {
  const catalogue = createCatalogue(site.vocabularies, site.carriers, site.practices.map((practice) => ({...practice, html: ''})));
  const map = germanyMap(siteDir, site.vocabularies.states.map((state) => state.slug));
  return {catalogue, ...buildCatalogueData(catalogue, baseUrl, map), paths: cataloguePaths(catalogue)};
}

/** This plugin has no options; any option is a mistake. */
export function validateOptions({options}: OptionValidationContext<object | undefined, {id: string}>): {id: string} {
  return validatedOptions(CONTENT_PLUGIN_NAME, NO_OPTIONS, options);
}

/** The graph and the catalogue as this plugin loaded them, for another plugin's `allContentLoaded`. */
export function siteContentOf(allContent: AllContent, who: string): SiteContent {
  const content = allContent[CONTENT_PLUGIN_NAME]?.default as SiteContent | undefined;
  if (!content) throw new Error(`${who}: Das Plugin ${CONTENT_PLUGIN_NAME} (src/plugins/content) fehlt in docusaurus.config.ts; es liest die Inhalte für alle anderen.`);
  return content;
}

/** The graph alone. */
export const siteOf = (allContent: AllContent, who: string): Site => siteContentOf(allContent, who).site;

export default function contentPlugin(context: LoadContext): Plugin<SiteContent> {
  const {siteDir, baseUrl} = context;
  const roots = CONTENT_FOLDERS.map((folder) => join(siteDir, folder));
  // Under `npm start`: practices validated in an earlier load are taken again when their file is unchanged.
  const cache = process.env.NODE_ENV === 'production' ? undefined : createValidationCache();
  return {
    name: CONTENT_PLUGIN_NAME,
    getPathsToWatch() {
      // Folders, not patterns: on each added, renamed or removed file the watcher reads the folder again, and matching
      // a pattern against 10,000 practices' names each time took it seconds.
      return roots;
    },
    async loadContent() {
      const load = (stamps?: FileStamps): SiteContent => {
        const {site, problems} = loadSite(siteDir, {cache, stamps});
        if (problems.length > 0) throw new ContentError(problems);
        return {site, catalogue: catalogueView(site, siteDir, baseUrl)};
      };
      // Under `npm start`: read again while a file is still being saved (see src/content/settled.ts).
      return cache ? loadSettled(roots, load) : load();
    },
  };
}
