import {describe, expect, it} from 'vitest';
import {slugify} from '../../src/utils/slug';

describe('slugify', () => {
  it.each([
    ['Lesetandems an Grundschulen', 'lesetandems-an-grundschulen'],
    ['Geflüchtete begleiten', 'gefluechtete-begleiten'],
    ['Straße & Größe', 'strasse-und-groesse'],
    ['Pat*innen, Mentor*innen und Lots*innen', 'patinnen-mentorinnen-und-lotsinnen'],
    ['Lehrer:innen und Schüler_innen', 'lehrerinnen-und-schuelerinnen'],
    ['Übergang Schule – Beruf', 'uebergang-schule-beruf'],
    ['Café für Zugewanderte', 'cafe-fuer-zugewanderte'],
    ['  »Menschen stärken Menschen« 2019  ', 'menschen-staerken-menschen-2019'],
    ['***', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
