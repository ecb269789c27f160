/**
 * The end of the build in one ordered list (src/plugins/buildSteps.ts): this
 * plugin's `postBuild` is the only one of the site's plugins. It takes the
 * work each plugin declared (`buildStep`) from the loaded plugins Docusaurus
 * passes to `postBuild`, and runs it in the order that list gives.
 */
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {hasBuildStep, runBuildSteps} from '../buildSteps';
import {NO_OPTIONS, validatedOptions} from '../options';

/** This plugin has no options; any option is a mistake. */
export function validateOptions({options}: OptionValidationContext<object | undefined, {id: string}>): {id: string} {
  return validatedOptions('wissensplattform-build', NO_OPTIONS, options);
}

export default function buildPlugin(_context: LoadContext): Plugin<void> {
  return {
    name: 'wissensplattform-build',
    async postBuild(props) {
      await runBuildSteps(props.plugins.filter(hasBuildStep).map((plugin) => plugin.buildStep), props);
    },
  };
}
