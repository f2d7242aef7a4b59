import { describe, expect, it } from 'vitest';
import { countryIdByName, countryName, englishNames } from '../../../src/map/country.ts';
import { countryByCode } from '../../../src/schemas/fields/country-code.ts';
import { SiteSchema } from '../../../src/schemas/site.ts';

describe('countryByCode', () => {
  it.each(['HT', 'ht', 'HTI', 'hti', '332', ' 332 '])('reads %j as Haiti', (code) => {
    expect(countryByCode(code)).toEqual({ numeric: '332', alpha2: 'HT' });
  });

  it('pads a numeric code, as YAML reads 056 without its zero', () => {
    expect(countryByCode('56')).toEqual({ numeric: '056', alpha2: 'BE' });
  });

  it.each(['XX', 'Haiti', '999', '', 'H'])('finds no country for %j', (code) => {
    expect(countryByCode(code)).toBeUndefined();
  });
});

describe('country names', () => {
  it("names a country in the site's language, in English where the library has no such language", () => {
    const belgium = { numeric: '056', alpha2: 'BE' };
    expect(countryName(belgium, 'en-GB')).toBe('Belgium');
    expect(countryName(belgium, 'fr')).toBe('Belgique');
    expect(countryName(belgium, 'tlh')).toBe('Belgium');
  });

  it('matches a name without regard to case or accents', () => {
    for (const name of ['Haiti', 'haiti', 'Haïti', ' HAITI ']) expect(countryIdByName(name)).toBe('332');
    expect(countryIdByName('Belgique', 'fr')).toBe('056');
    expect(countryIdByName('Atlantis')).toBeUndefined();
  });

  it("gives a country's everyday English names beside its official one", () => {
    expect(englishNames('840')).toEqual(expect.arrayContaining(['United States of America', 'United States', 'USA']));
  });
});

describe('the map settings in site.yaml', () => {
  const site = (map: Record<string, unknown>, language = 'en') =>
    SiteSchema.safeParse({
      name: 'A test site',
      language,
      timelineDescription: 'A test.',
      map: { title: 'A test map', region: 'a test region', ...map },
    });

  it('takes a country code in any of its forms, numbers unquoted included', () => {
    for (const country of ['HT', 'HTI', '332', 332]) expect(site({ country }).success).toBe(true);
  });

  it('says what a country code is when the value is not one', () => {
    const result = site({ country: 'Haiti' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['map.country', 'an ISO 3166-1 country code: two letters ("HT"), three letters ("HTI") or three digits ("332")'],
    ]);
  });

  it('takes well-formed language tags only', () => {
    for (const language of ['en', 'en-GB', 'fr-HT', 'ht']) expect(site({ country: 'HT' }, language).success).toBe(true);
    for (const language of ['english', 'en_GB', 'e', '']) expect(site({ country: 'HT' }, language).success).toBe(false);
  });

  it('refuses a pinned frame whose edges are the wrong way round', () => {
    expect(site({ country: 'HT', frame: { west: -71, east: -74, south: 17, north: 20 } }).success).toBe(false);
    expect(site({ country: 'HT', frame: { west: -74, east: -71, south: 17, north: 20 } }).success).toBe(true);
  });
});
