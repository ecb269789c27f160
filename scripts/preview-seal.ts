/**
 * `npm run preview:seal -- --build build --base /<repo>/`: makes the previews
 * in build/vorschau safe to publish on the site's address (see
 * scripts/lib/previewSeal.ts). Run by deploy.yml after it has added them.
 */
import {parseArgs} from 'node:util';
import {resolveBaseUrl} from '../src/config/siteUrl';
import {sealPreviews} from './lib/previewSeal';

const {values} = parseArgs({options: {build: {type: 'string', default: 'build'}, base: {type: 'string', default: '/'}}});
const sealed = sealPreviews(values.build, resolveBaseUrl(values.base));
const names = Object.keys(sealed);
console.log(names.length === 0 ? 'Keine Vorschauen zu versiegeln.' : names.map((name) => `${name}: ${sealed[name]} ${sealed[name] === 1 ? "Seite" : "Seiten"} mit noindex und Hinweis`).join('\n'));
