import type {Page} from 'playwright-core';

/**
 * Opens the catalogue (with an optional query) and waits until it shows its
 * result: the status says how many, no card waits for its text, the facets show counts, the map is in.
 */
export async function openCatalogue(page: Page, origin: string, query = ''): Promise<void> {
  await page.goto(`${origin}/gute-praxis${query}`);
  await page.waitForFunction(
    () =>
      /gefunden|im Katalog|Keine/.test(document.querySelector('main [role="status"]')?.textContent ?? '') &&
      !document.querySelector('main [aria-busy="true"]') &&
      !document.querySelector('[data-map-loading]') &&
      /\(\d+\)/.test(document.querySelector('fieldset label')?.textContent ?? ''),
  );
}
