import {describe, expect, it} from 'vitest';
import {validateOptions} from '../../src/search/server/plugin';

const validate = (options: unknown) =>
  validateOptions({options: options as never, validate: (() => {
    throw new Error('not used');
  })});

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

describe('every local plugin checks its options', () => {
  it('names the option and what is valid', async () => {
    const context = {validate: (() => undefined) as never};
    const {validateOptions: practices} = await import('../../src/plugins/practices');
    expect(() => practices({...context, options: {publicDir: 'x', editUrl: 'kein Link'}})).toThrow(/Plugin wissensplattform-practices: .*\n- editUrl: /);
    expect(practices({...context, options: {publicDir: 'x'}})).toEqual({id: 'default', publicDir: 'x', pagesOnly: false});
    const {validateOptions: home} = await import('../../src/plugins/home');
    expect(() => home({...context, options: {count: 0}})).toThrow(/- count: /);
    const {validateOptions: security} = await import('../../src/plugins/security');
    expect(() => security({...context, options: {connectOrigins: ['https://suche.example.org/pfad']}})).toThrow('Erwartet wird ein Ursprung wie https://suche.example.org (ohne Pfad).');
    const {validateOptions: images} = await import('../../src/plugins/images');
    expect(() => images({...context, options: {qualitaet: 80}})).toThrow('- qualitaet: unbekannte Option.');
    expect(images({...context, options: undefined})).toEqual({id: 'default'});
  });
});
