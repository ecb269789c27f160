/**
 * The catalogue's page fragments (src/plugins/practices/fragments.ts): what a
 * practice page, a value page, a carrier page and the carrier index show,
 * with content as data (escaped) and links to the pages that exist.
 */
import {resolve} from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import type {Carrier} from '../../src/content/carriers';
import type {Vocabularies} from '../../src/content/vocabularies';
import {carrierFragment, carriersIndexFragment, displayEmail, encodeEmail, otherPages, practiceFragment, valueFragment} from '../../src/plugins/practices/fragments';
import {createCatalogue, type RenderedPractice} from '../../src/plugins/practices/model';
import {FACET_WORDS, FACETS} from '../../src/vocabulary';
import {buildCatalogueData} from '../../src/plugins/practices/catalogueData';
import {germanyMap} from '../../src/map/geometry';

const ROOT = resolve(__dirname, '../..');
/** The Länder of awo's practices below, in the vocabulary's order. */
const LANDS_OF_AWO = ['Sachsen', 'Berlin'];

const vocabularies: Vocabularies = {
  topics: [
    {slug: 'bildung', label: 'Bildung'},
    {slug: 'wohnen', label: 'Wohnen'},
  ],
  audiences: [{slug: 'kinder', label: 'Kinder'}],
  roles: [{slug: 'patenschaft', label: 'Patenschaft'}],
  formats: [{slug: 'tandem', label: 'Tandem'}],
  states: [
    {slug: 'bundesweit', label: 'bundesweit'},
    {slug: 'sachsen', label: 'Sachsen'},
    {slug: 'berlin', label: 'Berlin'},
  ],
};

const carriers: Carrier[] = [
  {id: 'awo', name: 'AWO <Bundesverband>', city: 'Berlin', state: 'berlin', url: 'https://awo.example', description: 'Ein Wohlfahrtsverband.'},
  {id: 'leer', name: 'Ohne Praxis e. V.'},
] as Carrier[];

function practice(slug: string, title: string, fields: Partial<RenderedPractice> = {}): RenderedPractice {
  return {
    slug,
    file: `docs/gute-praxis/${slug}.md`,
    title,
    description: `Kurz zu ${title}`,
    carrier: 'awo',
    topics: ['bildung'],
    audiences: ['kinder'],
    roles: ['patenschaft'],
    formats: ['tandem'],
    states: ['sachsen'],
    body: '',
    bodyLine: 1,
    html: '<p>Text</p>',
    ...fields,
  };
}

const practices = [
  practice('lesetandems', 'Lesetandems <b>an</b> Schulen', {since: 2019, sample: true, contact: {name: 'Koordination', email: 'kontakt@awo.example'}, toc: '<nav>TOC</nav>', lastUpdated: Date.UTC(2026, 10, 2)}),
  practice('bundesweit', 'Bundesweite Patenschaften', {states: ['bundesweit'], topics: ['wohnen']}),
  practice('berlin', 'Berliner Tandems', {states: ['berlin']}),
];
const catalogue = createCatalogue(vocabularies, carriers, practices);
const bySlug = (slug: string) => catalogue.practices.find((entry) => entry.slug === slug)!;

describe('a practice page', () => {
  const fragment = practiceFragment(catalogue, bySlug('lesetandems'), [bySlug('berlin')], 'https://example.org/edit/main/');
  const $ = load(fragment.html);

  it('shows the title as text, once as the only h1, with the sample note', () => {
    expect($('h1')).toHaveLength(1);
    expect($('h1').text()).toBe('Lesetandems <b>an</b> Schulen');
    expect($('h1 b')).toHaveLength(0);
    expect($('header').text()).toContain('Dieses Praxisbeispiel ist erfunden');
    expect(fragment).toMatchObject({path: '/gute-praxis/lesetandems', title: 'Lesetandems <b>an</b> Schulen'});
  });

  it('has a fact box with links to the carrier and each value page, the start year and a protected address', () => {
    const facts = $('aside.wp-facts');
    const rows = facts.find('dt').map((_, term) => $(term).text()).get();
    expect(rows).toEqual(['Träger*in', ...FACETS.map((name) => FACET_WORDS[name].heading), 'Seit', 'Kontakt']);
    expect(facts.find('a[href="/traeger/awo"]').text()).toBe('AWO <Bundesverband>');
    expect(facts.find('a[href="/gute-praxis/thema/bildung"]').text()).toBe('Bildung');
    expect(facts.find('a[href="/gute-praxis/region/sachsen"]').text()).toBe('Sachsen');
    const mail = facts.find('a.wp-mail');
    expect(mail.attr('href')).toBeUndefined();
    expect(mail.text()).toBe(displayEmail('kontakt@awo.example'));
    expect(mail.attr('data-wp-mail')).toBe(encodeEmail('kontakt@awo.example'));
    expect(fragment.html).not.toContain('kontakt@awo.example');
  });

  it('puts the table of contents before the body, then similar practices, the date, the way back and the edit link', () => {
    expect(fragment.html.indexOf('<nav>TOC</nav>')).toBeLessThan(fragment.html.indexOf('<div class="wp-body markdown"><p>Text</p></div>'));
    expect($('#aehnliche').text()).toBe('Ähnliche Praxisbeispiele');
    expect($('section[aria-labelledby="aehnliche"] a').attr('href')).toBe('/gute-praxis/berlin');
    expect($('time').attr('datetime')).toBe('2026-11-02');
    expect($('a[href="/gute-praxis"]').last().text()).toBe('← Zurück zum Katalog');
    expect($('a[rel="noopener"]').last().attr('href')).toBe('https://example.org/edit/main/docs/gute-praxis/lesetandems.md');
  });

  it('leaves out what a practice does not have', () => {
    const plain = load(practiceFragment(catalogue, bySlug('berlin'), []).html);
    expect(plain('#aehnliche')).toHaveLength(0);
    expect(plain('time')).toHaveLength(0);
    expect(plain('dt').map((_, term) => plain(term).text()).get()).not.toContain('Kontakt');
    expect(plain.html()).not.toContain('Diese Seite bearbeiten');
  });
});

describe('a value page', () => {
  it('lists every practice with the value, counts them and links to the filtered catalogue', () => {
    const $ = load(valueFragment(catalogue, 'topics', 'bildung').html);
    expect($('h1').text()).toBe('Handlungsfeld: Bildung');
    expect($('.wp-practice-list a').map((_, a) => $(a).attr('href')).get()).toEqual(['/gute-praxis/berlin', '/gute-praxis/lesetandems']);
    expect($('p').first().text()).toContain('2 Praxisbeispiele.');
  });

  it('counts nationwide practices into every Land, and says so', () => {
    const $ = load(valueFragment(catalogue, 'states', 'sachsen').html);
    expect($('.wp-practice-list a').map((_, a) => $(a).attr('href')).get()).toEqual(['/gute-praxis/bundesweit', '/gute-praxis/lesetandems']);
    expect($.text()).toContain('Bundesweite Angebote sind eingeschlossen.');
    expect(load(valueFragment(catalogue, 'states', 'bundesweit').html).text()).not.toContain('eingeschlossen');
  });
});

describe('carrier pages', () => {
  it('show the carrier as text with place, description and website, and its practices in catalogue order', () => {
    const fragment = carrierFragment(catalogue, 'awo');
    const $ = load(fragment.html);
    expect($('h1').text()).toBe('AWO <Bundesverband>');
    expect($.text()).toContain('Berlin, Berlin');
    expect($('a[href="https://awo.example"]').text()).toBe('Website von AWO <Bundesverband>');
    expect($('.wp-practice-list a').map((_, a) => $(a).attr('href')).get()).toEqual(['/gute-praxis/berlin', '/gute-praxis/bundesweit', '/gute-praxis/lesetandems']);
    expect($.text()).toContain('3 Praxisbeispiele.');
  });

  it('show where the carrier works: the map of its Länder as an image, and the same in words', () => {
    const {carrierMaps} = buildCatalogueData(catalogue, '/', germanyMap(ROOT, vocabularies.states.map((state) => state.slug)));
    // awo's practices: in Sachsen, bundesweit and in Berlin (see below); a carrier without practices gets no map.
    expect(carrierMaps.leer).toBeUndefined();
    const $ = load(carrierFragment(catalogue, 'awo', carrierMaps.awo).html);
    expect($('h2').first().text()).toBe('Wo AWO <Bundesverband> tätig ist');
    const image = $('figure.wp-land-map img');
    expect(image.attr('src')).toBe(carrierMaps.awo!.src);
    expect(carrierMaps.awo!.lands).toEqual(LANDS_OF_AWO);
    expect(image.attr('alt')).toBe(`Karte der Länder, hervorgehoben: ${LANDS_OF_AWO.join(' und ')}`);
    expect(Number(image.attr('width'))).toBeGreaterThan(0);
    expect($('figure.wp-land-map figcaption').text()).toBe(`Tätig in ${LANDS_OF_AWO.join(' und ')}, dazu bundesweit. Kartengrundlage: Natural Earth (gemeinfrei).`);
    expect(carrierMaps.awo!.nationwide).toBe(true);
  });

  it('say so when a carrier has no practice yet, and the index counts each carrier', () => {
    expect(load(carrierFragment(catalogue, 'leer').html).text()).toContain('Hierzu gibt es noch keine Praxisbeispiele.');
    const index = load(carriersIndexFragment(catalogue).html);
    expect(index('li').map((_, item) => index(item).text()).get()).toEqual(['AWO <Bundesverband> (Berlin) – 3 Praxisbeispiele', 'Ohne Praxis e. V. – 0 Praxisbeispiele']);
  });

  it('are all among the other pages, with the value pages and the index', () => {
    const paths = otherPages(catalogue).map((page) => page().path);
    expect(paths).toContain('/traeger/awo');
    expect(paths).toContain('/traeger/leer');
    expect(paths).toContain('/gute-praxis/region/sachsen');
    expect(paths.at(-1)).toBe('/traeger');
    expect(new Set(paths).size).toBe(paths.length);
  });
});
