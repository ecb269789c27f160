/**
 * The map of the Länder: built from the committed Natural Earth geometry for
 * exactly the Länder of src/data/states.yml, small enough for the catalogue's
 * budget, and the pure pieces of the interactive map and the carrier images.
 */
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {loadVocabularies} from '../../src/content/load';
import {GEOMETRY_FILE, germanyMap, LAND_CODES, MAP_FILE, MAP_HEIGHT, MAP_WIDTH} from '../../src/map/geometry';
import {mapFileText, projectLands} from '../../scripts/lib/mapGeometry';
import {germanList, mapImagePath, staticMapSvg} from '../../src/map/staticMap';
import {legendOf, nextInDirection, stepBounds, stepOf} from '../../src/components/GermanyMap/scale';
import {NATIONWIDE} from '../../src/vocabulary';

const ROOT = resolve(__dirname, '../..');
const {vocabularies} = loadVocabularies(ROOT);
const order = vocabularies.states.map((state) => state.slug);
const map = germanyMap(ROOT, order);

describe('the map geometry', () => {
  it('has a shape for every Land of states.yml, and none for »bundesweit«', () => {
    expect(map.lands.map((land) => land.slug)).toEqual(order.filter((slug) => slug !== NATIONWIDE));
    expect(map.lands).toHaveLength(16);
    expect(Object.values(LAND_CODES).sort()).toEqual(order.filter((slug) => slug !== NATIONWIDE).sort());
  });

  it('draws each Land as a closed path inside the map, with its number inside the frame', () => {
    for (const land of map.lands) {
      expect(land.d, land.slug).toMatch(/^M[\d.,-]+(L[\d.,-]+)+Z/);
      const numbers = land.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...numbers), land.slug).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...numbers.filter((_, index) => index % 2 === 0)), land.slug).toBeLessThanOrEqual(MAP_WIDTH + 1);
      expect(Math.max(...numbers.filter((_, index) => index % 2 === 1)), land.slug).toBeLessThanOrEqual(MAP_HEIGHT + 1);
      expect(land.x).toBeGreaterThan(0);
      expect(land.y).toBeGreaterThan(0);
    }
    // North above south: Schleswig-Holstein's number above Bayern's, Nordrhein-Westfalen west of Sachsen.
    const at = (slug: string) => map.lands.find((land) => land.slug === slug)!;
    expect(at('schleswig-holstein').y).toBeLessThan(at('bayern').y);
    expect(at('nordrhein-westfalen').x).toBeLessThan(at('sachsen').x);
  });

  it('is simplified: a few kilobytes for the catalogue, far below the source', () => {
    const bytes = gzipSync(JSON.stringify(map)).length;
    expect(bytes).toBeLessThan(10_000);
    expect(bytes).toBeGreaterThan(2_000);
  });

  it('says which file is missing when the map is not there', () => {
    expect(() => germanyMap(resolve(ROOT, 'tests'), order)).toThrow(new RegExp(`Kartengrundlage ${MAP_FILE} fehlt`));
  });

  it('is committed as made from the Natural Earth geometry (npm run write:map), not computed on every build', () => {
    const made = projectLands(JSON.parse(readFileSync(join(ROOT, GEOMETRY_FILE), 'utf8')) as Parameters<typeof projectLands>[0]);
    expect(readFileSync(join(ROOT, MAP_FILE), 'utf8'), `${MAP_FILE} ist veraltet: npm run write:map`).toBe(mapFileText(made));
  });
});

describe('colour steps', () => {
  it.each([
    [0, []],
    [1, [1]],
    [2, [1, 2]],
    [4, [1, 2, 3, 4]],
    [10, [3, 5, 8, 10]],
  ])('up to %i: bounds %j', (max, bounds) => {
    expect(stepBounds(max)).toEqual(bounds);
  });

  it('puts each number in a step, the largest in the darkest', () => {
    const bounds = stepBounds(10);
    expect([0, 1, 3, 4, 5, 8, 9, 10].map((count) => stepOf(count, bounds))).toEqual([0, 1, 1, 2, 2, 3, 4, 4]);
    // Small numbers: 1 and 2 of at most 2 are steps 3 and 4, not 1 and 2 (the darkest always marks the largest).
    expect([1, 2].map((count) => stepOf(count, stepBounds(2)))).toEqual([3, 4]);
    expect(legendOf(stepBounds(10))).toEqual([
      {step: 1, from: 1, to: 3},
      {step: 2, from: 4, to: 5},
      {step: 3, from: 6, to: 8},
      {step: 4, from: 9, to: 10},
    ]);
  });
});

describe('arrow keys on the map', () => {
  const index = (slug: string): number => map.lands.findIndex((land) => land.slug === slug);
  it.each([
    ['bayern', 'left', 'baden-wuerttemberg'],
    ['baden-wuerttemberg', 'right', 'bayern'],
    ['bayern', 'up', 'thueringen'],
    ['schleswig-holstein', 'down', 'hamburg'],
    ['sachsen', 'left', 'thueringen'],
  ] as const)('from %s %s: %s', (from, direction, to) => {
    expect(map.lands[nextInDirection(map.lands, index(from), direction)]!.slug).toBe(to);
  });

  it('stays where nothing lies in that direction', () => {
    expect(nextInDirection(map.lands, index('saarland'), 'left')).toBe(index('saarland'));
  });
});

describe('the carriers’ map images', () => {
  it('fill the chosen Länder only, name them in the title, and get a new address when they change', () => {
    const svg = staticMapSvg(map, new Set(['sachsen', 'berlin']), 'Karte der Länder: Berlin und Sachsen');
    expect(svg.match(/fill="#2f7f93"/g)).toHaveLength(2);
    expect(svg).toContain('<title>Karte der Länder: Berlin und Sachsen</title>');
    const other = staticMapSvg(map, new Set(['sachsen']), 'Karte der Länder: Sachsen');
    expect(mapImagePath(svg)).toMatch(/^\/daten\/katalog\/karten\/laender-[0-9a-f]{10}\.svg$/);
    expect(mapImagePath(other)).not.toBe(mapImagePath(svg));
  });

  it.each([
    [[], ''],
    [['Sachsen'], 'Sachsen'],
    [['Berlin', 'Sachsen'], 'Berlin und Sachsen'],
    [['Bayern', 'Hessen', 'Sachsen'], 'Bayern, Hessen und Sachsen'],
  ])('German list of %j', (items, text) => {
    expect(germanList(items)).toBe(text);
  });
});
