import {describe, expect, it} from 'vitest';
import {similarityIndex, similarPractices} from '../../src/plugins/practices/similar';
import type {Practice} from '../../src/content/practice';

function practice(slug: string, topics: string[], states: string[], carrier = 'a'): Practice {
  return {slug, file: `${slug}.md`, title: slug, description: '', carrier, topics, audiences: ['kinder'], roles: ['mentoring'], formats: ['tandem'], states, body: '', bodyLine: 1};
}

describe('similarPractices', () => {
  const practices = [
    practice('a', ['bildung', 'sprache'], ['berlin']),
    practice('b', ['bildung', 'sprache'], ['berlin']), // shares most with a
    practice('c', ['bildung'], ['sachsen']),
    practice('d', ['wohnen'], ['bayern'], 'z'),
    practice('e', ['bildung', 'sprache'], ['sachsen']),
  ];

  it('ranks by shared values, ties in catalogue order, never the practice itself', () => {
    const similar = similarPractices(practices, 3);
    expect(similar[0]).toEqual([1, 4, 2]);
    expect(similar.every((list, index) => !list.includes(index))).toBe(true);
  });

  it('returns at most `count` and agrees with a brute-force ranking', () => {
    const keys = (p: Practice) => new Set([...p.topics.map((t) => `t${t}`), ...p.audiences, ...p.roles, ...p.formats, ...p.states.map((s) => `s${s}`), `c${p.carrier}`]);
    const expected = practices.map((p, i) =>
      practices
        .map((q, j) => ({j, score: j === i ? -1 : [...keys(q)].filter((k) => keys(p).has(k)).length}))
        .filter((x) => x.score > 0)
        .sort((x, y) => y.score - x.score || x.j - y.j)
        .slice(0, 2)
        .map((x) => x.j),
    );
    expect(similarPractices(practices, 2)).toEqual(expected);
  });

  it('answers one practice at a time as it answers all (the dev server asks for one page)', () => {
    const similarTo = similarityIndex(practices, 3);
    // Asked out of order and twice: no state may leak from one question to the next.
    const asked = [3, 0, 4, 0, 2, 1].map((index) => [index, similarTo(index)] as const);
    const all = similarPractices(practices, 3);
    for (const [index, answer] of asked) expect(answer).toEqual(all[index]);
  });
});
