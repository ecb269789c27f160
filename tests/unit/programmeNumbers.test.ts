/**
 * »Das Programm in Zahlen«: the numbers are the catalogue's own counts of its
 * facet rows (nationwide practices in their own row), the congresses'
 * participants and the reports per group and year; the charts are SVG markup
 * made here, and the page component only imports types from this code.
 */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {barChartSvg, CHART_WIDTH} from '../../src/numbers/charts';
import {programmeNumbers} from '../../src/numbers/programmeNumbers';
import type {FacetRow, FacetValue} from '../../src/catalogue/types';
import type {Facet} from '../../src/vocabulary';

const values = (...slugs: string[]): FacetValue[] => slugs.map((slug) => ({slug, label: slug[0]!.toUpperCase() + slug.slice(1)}));
const vocabularies: Record<Facet, FacetValue[]> = {
  topics: values('bildung', 'sprache'),
  audiences: values('kinder'),
  roles: values('patenschaft'),
  formats: values('tandem'),
  states: values('berlin', 'sachsen', 'bundesweit'),
};
const carriers = [{id: 'awo', name: 'AWO'}, {id: 'leer', name: 'Leer e. V.'}];
// carrier, topics, audiences, roles, formats, states, since
const rows: FacetRow[] = [
  [0, 0b01, 1, 1, 1, 0b001, 0], // bildung, berlin
  [0, 0b11, 1, 1, 1, 0b010, 0], // bildung + sprache, sachsen
  [0, 0b01, 1, 1, 1, 0b100, 0], // bildung, bundesweit
];
const numbers = programmeNumbers(
  {vocabularies, carriers},
  rows,
  [
    {year: 2019, title: 'Kongress 2019', path: '/fachkongress/2019', participants: 240},
    {year: 2018, title: 'Kongress 2018', path: '/fachkongress/2018', participants: 180},
    {year: 2027, title: 'Kongress 2027', path: '/fachkongress/2027'},
  ],
  [
    {name: 'AG Digitalisierung', path: '/arbeitsgruppen/digitalisierung', reportYears: [2019]},
    {name: 'AG Beispiel', path: '/arbeitsgruppen/beispiel', reportYears: [2020, 2020]},
  ],
);
const chart = (id: string) => numbers.charts.find((entry) => entry.id === id)!;
const table = (id: string) => Object.fromEntries(chart(id).table.rows.map((row) => [row.label, row.values]));

describe('the programme in numbers', () => {
  it('counts practices, carriers with practices, congresses and reports', () => {
    expect(numbers).toMatchObject({practices: 3, carriers: 2, carriersWithPractices: 1, congresses: 3, reports: 3});
  });

  it('counts each facet value as the catalogue does without a filter, largest first', () => {
    expect(chart('thema').table.columns).toEqual(['Handlungsfeld', 'Praxisbeispiele']);
    expect(chart('thema').table.rows.map((row) => [row.label, row.values[0], row.href])).toEqual([
      ['Bildung', 3, '/gute-praxis?topics=bildung'],
      ['Sprache', 1, '/gute-praxis?topics=sprache'],
    ]);
  });

  it('counts the Länder by the practices that name them, and the nationwide ones in their own row at the end', () => {
    expect(chart('region').table.columns).toEqual(['Land', 'Praxisbeispiele']);
    expect(table('region')).toEqual({Berlin: [1], Sachsen: [1], bundesweit: [1]});
    expect(chart('region').table.rows.at(-1)!.label).toBe('bundesweit');
  });

  it('shows the congresses by year, with »–« for one without a figure, and draws only those with one', () => {
    expect(chart('fachkongresse').table.rows.map((row) => [row.label, row.values[0]])).toEqual([
      ['2018: Kongress 2018', 180],
      ['2019: Kongress 2019', 240],
      ['2027: Kongress 2027', null],
    ]);
    const $ = load(chart('fachkongresse').svg!, {xmlMode: true});
    expect($('text.chart-label').map((_, element) => $(element).text()).get()).toEqual(['2018', '2019']);
  });

  it('shows the reports per group and year, with a total', () => {
    expect(chart('berichte').table.columns).toEqual(['Arbeitsgruppe', '2019', '2020', 'Zusammen']);
    expect(table('berichte')).toEqual({'AG Digitalisierung': [1, 0, 1], 'AG Beispiel': [0, 2, 2]});
  });

  it('draws nothing for a chart without data', () => {
    const empty = programmeNumbers({vocabularies, carriers}, [], [], []);
    expect(empty.charts.every((entry) => entry.svg === null)).toBe(true);
    expect(empty.practices).toBe(0);
  });
});

describe('bar charts', () => {
  it('draw one labelled bar per row, scaled to the largest, with the number in German after it', () => {
    const $ = load(barChartSvg([{label: 'A & B', value: 1200}, {label: 'C', value: 600}, {label: 'D', value: 0}]), {xmlMode: true});
    expect($('svg').attr('aria-hidden')).toBe('true');
    expect($('text.chart-label').map((_, element) => $(element).text()).get()).toEqual(['A & B', 'C', 'D']);
    expect($('text.chart-value').map((_, element) => $(element).text()).get()).toEqual(['1.200', '600', '0']);
    const widths = $('rect.chart-bar').map((_, element) => Number($(element).attr('width'))).get();
    expect(widths[0]).toBeLessThan(CHART_WIDTH);
    expect(widths[1]).toBe(Math.round(widths[0]! / 2));
    expect(widths[2]).toBe(0);
  });

  it('escape labels', () => {
    expect(barChartSvg([{label: '<script>', value: 1}])).toContain('&lt;script&gt;');
  });
});

describe('the page component', () => {
  it('imports only types from the chart code: nothing that draws reaches the browser', () => {
    const source = readFileSync(resolve(__dirname, '../../src/components/ProgrammeNumbers/index.tsx'), 'utf8');
    const imports = [...source.matchAll(/^import (type )?.* from '([^']+)';$/gm)].filter((match) => match[2]!.includes('numbers/'));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((match) => match[1] === 'type ')).toBe(true);
  });
});
