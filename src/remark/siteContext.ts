/**
 * What a remark step of doc and page files may need from the build and cannot
 * get from Docusaurus: the site folder and the content graph. The plugin that
 * configures the step (src/plugins/docs, src/plugins/pages) adds a reference
 * to the step's options (never through the site config, which every visitor
 * loads): the folder when the plugin is made, the graph in
 * `allContentLoaded`, before any page is compiled.
 */
import type {Site} from '../content/site';

export interface SiteContextRef {
  /** The site folder, from Docusaurus' context. */
  siteDir: string;
  /** The content graph of the current load. */
  site?: Site;
}

/** The options field the configuring plugin fills. */
export interface WithSiteContext {
  context?: SiteContextRef;
}

/**
 * Marks a step for the plugin that configures it. A mark, not the function's identity: the site config and the
 * plugin may hold separate instances of a module.
 */
export const NEEDS_SITE_CONTEXT = 'needsSiteContext';

export function needsSiteContext<T extends object>(step: T): T & {[NEEDS_SITE_CONTEXT]: true} {
  return Object.assign(step, {[NEEDS_SITE_CONTEXT]: true as const});
}

/** The step's context, or a German message naming who should have given it. */
export function siteContextOf(options: WithSiteContext, step: string): SiteContextRef {
  if (!options.context) throw new Error(`${step}: Der Kontext der Site fehlt. Diesen Schritt konfiguriert das Docs- oder Pages-Plugin (src/plugins/docs, src/plugins/pages), nicht die Site-Konfiguration allein.`);
  return options.context;
}
