import {describe, expect, it} from 'vitest';
import {DEFAULT_SITE_URL, resolveSiteUrl} from '../../src/config/siteUrl';

describe('resolveSiteUrl', () => {
  it.each([
    [undefined, DEFAULT_SITE_URL],
    ['', DEFAULT_SITE_URL],
    ['https://wissen.example.org', 'https://wissen.example.org'],
    ['https://wissen.example.org/', 'https://wissen.example.org'],
    [' http://127.0.0.1:8080 ', 'http://127.0.0.1:8080'],
  ])('%j → %s', (input, expected) => {
    expect(resolveSiteUrl(input)).toBe(expected);
  });

  it.each([
    ['wissen.example.org', /keine gültige Adresse/],
    ['ftp://wissen.example.org', /muss mit https:\/\//],
    ['https://wissen.example.org/unterseite', /gültig wäre https:\/\/wissen\.example\.org/],
  ])('rejects %s with a German message', (input, message) => {
    expect(() => resolveSiteUrl(input)).toThrow(message);
  });
});
