/**
 * Congresses and working groups: validates their structured content before any
 * page is compiled (one list of every problem). The pages themselves get their
 * structured parts from the remark step in src/remark/congressAndGroupPages.ts;
 * their calendar files are written with every other event's (src/plugins/events).
 */
import {join} from 'node:path';
import type {LoadContext, Plugin, OptionValidationContext} from '@docusaurus/types';
import type {Congress} from '../../content/congress';
import type {GroupWithReports} from '../../content/groups';
import {loadVocabularies} from '../../content/load';
import {loadCongresses, loadGroups} from '../../content/loadCongressesAndGroups';
import {ContentError} from '../../content/problems';
import {loadSettled} from '../../content/settled';
import {NO_OPTIONS, validatedOptions} from '../options';

export interface CongressesAndGroupsContent {
  congresses: Congress[];
  groups: GroupWithReports[];
}

/** This plugin has no options; any option is a mistake. */
export function validateOptions({options}: OptionValidationContext<object | undefined, {id: string}>): {id: string} {
  return validatedOptions('wissensplattform-congresses-and-groups', NO_OPTIONS, options);
}

export default function congressesAndGroupsPlugin(context: LoadContext): Plugin<CongressesAndGroupsContent> {
  const {siteDir} = context;
  return {
    name: 'wissensplattform-congresses-and-groups',
    getPathsToWatch() {
      return [join(siteDir, 'docs/fachkongress/**/*'), join(siteDir, 'docs/arbeitsgruppen/**/*'), join(siteDir, 'src/data/groups.yml')];
    },
    async loadContent() {
      const load = async (): Promise<CongressesAndGroupsContent> => {
        const {congresses, problems} = loadCongresses(siteDir);
        const {vocabularies, problems: vocabularyProblems} = loadVocabularies(siteDir);
        const {groups, problems: groupProblems} = loadGroups(siteDir, vocabularies);
        const all = [...problems, ...vocabularyProblems, ...groupProblems];
        if (all.length > 0) throw new ContentError(all);
        return {congresses, groups};
      };
      // Under `npm start`: read again while a file is still being saved (see src/content/settled.ts).
      if (process.env.NODE_ENV === 'production') return load();
      return loadSettled(['docs/fachkongress', 'docs/arbeitsgruppen', 'src/data'].map((folder) => join(siteDir, folder)), load);
    },
  };
}
