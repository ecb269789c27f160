import {describe, expect, it} from 'vitest';
import {validateOptions} from '../../src/search/server/plugin';

const validate = (options: unknown) =>
  validateOptions({options: options as never, validate: (() => {
    throw new Error('not used');
  }) as never});

describe('options of the site’s own plugins', () => {
  it('keep Docusaurus’ instance id and fill defaults', () => {
    expect(validate(undefined)).toEqual({id: 'default', backend: {backend: 'builtin'}});
    expect(validate({id: 'zweite', backend: {backend: 'builtin'}})).toEqual({id: 'zweite', backend: {backend: 'builtin'}});
  });

  it('stop with a message naming the plugin, the option and what is wrong', () => {
    expect(() => validate({backend: {backend: 'algolia', appId: 'A', indexName: 'I', hosts: []}})).toThrow(
      /Plugin wissensplattform-search: ungültige Optionen in docusaurus\.config\.ts\n- backend\.searchKey: Pflichtfeld fehlt\./,
    );
    expect(() => validate({backen: {backend: "builtin"}})).toThrow("- backen: unbekannte Option. Erlaubt sind: backend.");
  });
});
