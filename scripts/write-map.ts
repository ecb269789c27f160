/**
 * `npm run write:map`: writes the map of the Länder (src/data/karte/laender.karte.json)
 * from the committed Natural Earth geometry (src/data/karte/laender.geojson).
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {GEOMETRY_FILE, MAP_FILE} from '../src/map/geometry';
import {mapFileText, projectLands} from './lib/mapGeometry';

const siteDir = resolve(__dirname, '..');
const map = projectLands(JSON.parse(readFileSync(join(siteDir, GEOMETRY_FILE), 'utf8')) as Parameters<typeof projectLands>[0]);
writeFileSync(join(siteDir, MAP_FILE), mapFileText(map));
console.log(`${MAP_FILE}: ${map.lands.length} Länder aus ${GEOMETRY_FILE} geschrieben.`);
