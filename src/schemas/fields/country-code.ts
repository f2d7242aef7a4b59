/**
 * ISO 3166-1 country codes, from i18n-iso-countries: the story's map country is
 * written as a code in content/site.yaml. world-atlas keys its shapes by the
 * numeric code, so that is the id the maps use.
 */
import countries from 'i18n-iso-countries';

/** One country: its ISO 3166-1 numeric code (the atlas's id, three digits) and alpha-2 code. */
export interface CountryCode {
  numeric: string;
  alpha2: string;
}

/** What a country code may be written as, for editors' messages. */
export const COUNTRY_CODE_EXPECTED =
  'an ISO 3166-1 country code: two letters ("HT"), three letters ("HTI") or three digits ("332")';

/** The country an ISO 3166-1 alpha-2, alpha-3 or numeric code names, in any case; undefined for none. */
export function countryByCode(code: string): CountryCode | undefined {
  const written = code.trim().toUpperCase();
  const alpha2 = /^\d{1,3}$/.test(written)
    ? countries.numericToAlpha2(written.padStart(3, '0'))
    : /^[A-Z]{3}$/.test(written)
      ? countries.alpha3ToAlpha2(written)
      : /^[A-Z]{2}$/.test(written) && countries.alpha2ToNumeric(written)
        ? written
        : undefined;
  const numeric = alpha2 ? countries.alpha2ToNumeric(alpha2) : undefined;
  return alpha2 && numeric ? { numeric, alpha2 } : undefined;
}
