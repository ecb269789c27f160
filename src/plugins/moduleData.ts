/**
 * Route data written by a plugin, addressed relative to the site.
 *
 * Docusaurus lists every route module's path in the bundle that every visitor
 * loads (its chunk registry). `actions.createData` returns an absolute path,
 * which would ship the build machine's folder; `@site/.docusaurus/…` does not.
 */
import type {PluginContentLoadedActions} from '@docusaurus/types';
import {aliasedSitePath} from '@docusaurus/utils';

export async function createModuleData(actions: PluginContentLoadedActions, siteDir: string, name: string, data: string): Promise<string> {
  return aliasedSitePath(await actions.createData(name, data), siteDir);
}
