/**
 * Countries by name, from i18n-iso-countries: places name their country in
 * words, the site settings by code (src/schemas/fields/country-code.ts).
 */
import countries from 'i18n-iso-countries';
import type { CountryCode } from '../schemas/fields/country-code.ts';

/** A language tag's primary language, lower-cased: "en-GB" → "en". */
const primary = (language: string) => language.split('-')[0]?.toLowerCase() ?? 'en';

/** The country's usual name in `language` (BCP 47), or in English where the library has none in it. */
export function countryName(country: CountryCode, language: string): string {
  return (
    countries.getName(country.alpha2, primary(language)) ?? countries.getName(country.alpha2, 'en') ?? country.alpha2
  );
}

/** Every English name (official and everyday) of the country with this numeric code. */
export function englishNames(numeric: string): string[] {
  const alpha2 = countries.numericToAlpha2(numeric);
  return alpha2 ? (countries.getName(alpha2, 'en', { select: 'all' }) ?? []) : [];
}

/** The numeric code of a country named in English (or `language`), ignoring case and accents. */
export function countryIdByName(name: string, language = 'en'): string | undefined {
  const alpha2 =
    countries.getSimpleAlpha2Code(name.trim(), 'en') ?? countries.getSimpleAlpha2Code(name.trim(), primary(language));
  return alpha2 ? countries.alpha2ToNumeric(alpha2) : undefined;
}
