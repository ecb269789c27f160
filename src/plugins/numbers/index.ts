/**
 * »Das Programm in Zahlen« at /programm/zahlen: counts the catalogue's facet
 * file (the same data and filter code as the catalogue), the congresses and
 * the working groups' reports, draws the charts at build time
 * (src/numbers/), and hands the page one route module.
 */
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {programmeNumbers} from '../../numbers/programmeNumbers';
import {siteContentOf} from '../content';
import {createModuleData} from '../moduleData';
import {NO_OPTIONS, validatedOptions} from '../options';
import {NUMBERS_PATH} from '../../vocabulary';

/** This plugin has no options; any option is a mistake. */
export function validateOptions({options}: OptionValidationContext<object | undefined, {id: string}>): {id: string} {
  return validatedOptions('wissensplattform-numbers', NO_OPTIONS, options);
}

export default function numbersPlugin(context: LoadContext): Plugin<void> {
  return {
    name: 'wissensplattform-numbers',
    async allContentLoaded({allContent, actions}) {
      // The catalogue's facet rows in memory, counted with the catalogue's own filter code.
      const {site, catalogue} = siteContentOf(allContent, 'numbers');
      const meetings = site;
      const numbers = programmeNumbers(
        catalogue.module,
        catalogue.rows,
        meetings.congresses.map((congress) => ({year: congress.year, title: congress.title, path: congress.path, participants: congress.participants})),
        meetings.groups.map((group) => ({name: group.name, path: group.path, reportYears: group.reports.map((report) => Number(report.meetingDate.slice(0, 4)))})),
      );
      const data = await createModuleData(actions, context.siteDir, 'programme-numbers.json', JSON.stringify(numbers));
      actions.addRoute({
        path: `${context.baseUrl}${NUMBERS_PATH.slice(1)}`,
        exact: true,
        component: '@site/src/components/ProgrammeNumbers/index.tsx',
        modules: {numbers: data},
      });
    },
  };
}
