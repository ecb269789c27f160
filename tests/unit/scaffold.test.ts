/**
 * `npm run new`: slugs from German titles, and a new file of each type that
 * passes the content check as it is; the command refuses to overwrite.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {checkContent} from '../../src/content/checkAll';
import {formatProblem, isWarning} from '../../src/content/problems';
import {slugFromTitle} from '../../src/content/scaffold';
import {copySite, removeAll} from '../../scripts/lib/siteCopy';
import {PROCESS_TIMEOUT} from '../support/timeouts';

describe('slugFromTitle', () => {
  it.each([
    ['Lesetandems an Grundschulen', 'lesetandems-an-grundschulen'],
    ['Pat*innen für Geflüchtete', 'patinnen-fuer-gefluechtete'],
    ['Mentor:innen & Lots_innen', 'mentorinnen-und-lotsinnen'],
    ['Größere Straßenfeste in Köln', 'groessere-strassenfeste-in-koeln'],
    ['Übergang Schule – Beruf', 'uebergang-schule-beruf'],
    ['  Sprachcafé im Quartier!  ', 'sprachcafe-im-quartier'],
    ['Fachkongress 2028', 'fachkongress-2028'],
  ])('%s → %s', (title, slug) => expect(slugFromTitle(title)).toBe(slug));
});

describe('npm run new', {timeout: PROCESS_TIMEOUT}, () => {
  const site = copySite({prefix: 'wissensplattform-new-'});
  afterAll(() => removeAll([site]));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/new.ts'), '--dir', site, ...args], {encoding: 'utf8'});

  it.each([
    [['praxis', 'Pat*innen im Stadtteil'], 'docs/gute-praxis/patinnen-im-stadtteil.md'],
    [['bericht', 'Sechste Sitzung: Künstliche Intelligenz', '--gruppe', 'digitalisierung', '--datum', '2026-03-04'], 'docs/arbeitsgruppen/digitalisierung/2026-03-04-sechste-sitzung-kuenstliche-intelligenz.md'],
    [['kongress', 'Fachkongress 2029'], 'docs/fachkongress/2029/index.mdx'],
    [['meldung', 'BBE-Mitglied des Monats: Beispielverein', '--datum', '2026-05-06'], 'blog/2026-05-06-bbe-mitglied-des-monats-beispielverein.md'],
    [['termin', 'Mittagsgespräch: Engagement im Quartier', '--datum', '2027-05-12'], 'termine/2027-05-mittagsgespraech-engagement-im-quartier.md'],
  ])('%j creates %s, and the content check passes', (args, path) => {
    const result = run(...args);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Angelegt: ${path}`);
    expect(result.stdout).toContain('Nächste Schritte:');
    expect(existsSync(join(site, path))).toBe(true);
    expect(readFileSync(join(site, path), 'utf8')).toMatch(/^---\ntitle: /);
    // Errors only: the site's own placeholders for operator data are warnings.
    expect(checkContent(site).problems.filter((problem) => !isWarning(problem)).map(formatProblem)).toEqual([]);
  });

  it('refuses to overwrite', () => {
    const result = run('praxis', 'Pat*innen im Stadtteil');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('docs/gute-praxis/patinnen-im-stadtteil.md gibt es schon; nichts wurde überschrieben.');
  });

  it('explains what is missing when not run in a terminal', () => {
    expect(run().stderr).toMatch(/^Es fehlt, was angelegt werden soll\.\nAufruf: npm run new -- <praxis\|bericht\|kongress\|meldung\|termin> "Titel"/);
    expect(run('bericht', 'Ohne Gruppe').stderr).toMatch(/Für einen Bericht fehlt --gruppe\. Bekannte Arbeitsgruppen: digitalisierung/);
    expect(run('rezept', 'Kuchen').stderr).toMatch(/»rezept« kenne ich nicht/);
  });
});
