/**
 * `npm run preview:links -- --files <list.txt> --checkout <folder> --url <preview address> --commit <sha> --out <comment.md>`:
 * the comment that links a pull request's preview page by page
 * (.github/workflows/vorschau-veroeffentlichen.yml).
 *
 * --files: the changed files, one per line (from GitHub's API, not from the
 * pull request's code); --checkout: the pull request's files, read as text
 * only (titles and slugs from the front matter).
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {resolve, sep} from 'node:path';
import {parseArgs} from 'node:util';
import {previewComment, previewPages, type ChangedFile} from './lib/previewLinks';

const USAGE = 'Aufruf: npm run preview:links -- --files <Liste.txt> --checkout <Ordner> --url <Adresse der Vorschau> --commit <SHA> --out <Kommentar.md>';

function main(): void {
  const {values} = parseArgs({options: {files: {type: 'string'}, checkout: {type: 'string'}, url: {type: 'string'}, commit: {type: 'string'}, out: {type: 'string'}}});
  if (!values.files || !values.checkout || !values.url || !values.commit || !values.out) throw new Error(`Es fehlen Angaben.\n${USAGE}`);
  if (!/^https?:\/\/[^\s]+$/.test(values.url)) throw new Error(`--url »${values.url}« ist keine Adresse.`);
  if (!/^[0-9a-f]{7,40}$/.test(values.commit)) throw new Error(`--commit »${values.commit}« ist kein Commit.`);
  const checkout = resolve(values.checkout);
  const files: ChangedFile[] = readFileSync(values.files, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((path) => {
      const file = resolve(checkout, path);
      // A path from the list never reads outside the checkout.
      if (!file.startsWith(checkout + sep)) return {path};
      return {path, text: existsSync(file) ? readFileSync(file, 'utf8') : undefined};
    });
  const {pages, others} = previewPages(files);
  writeFileSync(values.out, `${previewComment({previewUrl: values.url, pages, others, commit: values.commit})}\n`);
  console.log(`${values.out}: ${pages.length === 1 ? 'eine geänderte Seite' : `${pages.length} geänderte Seiten`}, ${others.length} weitere Dateien.`);
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

