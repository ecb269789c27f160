/** Every content check in one call: what `npm run check:content` and the bench run. */
import {loadCatalogue} from './load';
import {loadCongresses, loadGroups} from './loadStructured';
import type {Problem} from './problems';

export interface ContentSummary {
  practices: number;
  carriers: number;
  congresses: number;
  groups: number;
  reports: number;
}

export function checkContent(siteDir: string): {problems: Problem[]; summary: ContentSummary} {
  const {practices, carriers, vocabularies, problems} = loadCatalogue(siteDir);
  const {congresses, problems: congressProblems} = loadCongresses(siteDir);
  const {groups, problems: groupProblems} = loadGroups(siteDir, vocabularies);
  return {
    problems: [...problems, ...congressProblems, ...groupProblems],
    summary: {
      practices: practices.length,
      carriers: carriers.length,
      congresses: congresses.length,
      groups: groups.length,
      reports: groups.reduce((sum, group) => sum + group.reports.length, 0),
    },
  };
}
