/**
 * The site context of remark steps (src/remark/siteContext.ts, src/plugins/siteContext.ts): the plugins that
 * configure doc and page files hand the site folder and the graph to the steps marked as needing them, and to no
 * other; a step without it names who should have given it.
 */
import type {Root} from 'mdast';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkCongressAndGroupPages from '../../src/remark/congressAndGroupPages';
import remarkResponsiveImages from '../../src/remark/responsiveImages';
import remarkGenderStar from '../../src/remark/genderStar';
import {withSiteContext} from '../../src/plugins/siteContext';

describe('withSiteContext', () => {
  it('adds the context to the marked steps only, keeping their options, and leaves the given list as it was', () => {
    const context = {siteDir: '/site'};
    const given = [remarkGenderStar, [remarkResponsiveImages, {baseUrl: '/basis/'}], remarkCongressAndGroupPages] as const;
    const copy = JSON.stringify(given.map((entry) => (Array.isArray(entry) ? entry[1] : null)));
    const result = withSiteContext(given, context);
    expect(result[0]).toBe(remarkGenderStar);
    expect(result[1]).toEqual([remarkResponsiveImages, {baseUrl: '/basis/', context}]);
    expect(result[2]).toEqual([remarkCongressAndGroupPages, {context}]);
    expect((result[1] as readonly unknown[])[1]).not.toBe(given[1][1]);
    expect(JSON.stringify(given.map((entry) => (Array.isArray(entry) ? entry[1] : null)))).toBe(copy);
  });
});

describe('a step without its context', () => {
  it('stops with a German message that names the plugins that give it', async () => {
    const transform = remarkResponsiveImages.call(unified().freeze(), {baseUrl: '/'}) as (tree: Root, file: VFile) => Promise<void>;
    await expect(transform({type: 'root', children: []}, new VFile({path: '/site/docs/a.md'}))).rejects.toThrow(/Fotos .*Kontext der Site fehlt.*src\/plugins\/docs/);
  });
});
