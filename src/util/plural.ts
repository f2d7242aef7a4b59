/** Counted nouns in English ("1 problem", "3 problems"), by the language's own plural rules. */
// Made on first use, not at import: client scripts that import a module beside this one must not carry it.
let rules: Intl.PluralRules | undefined;
const one = (count: number) => (rules ??= new Intl.PluralRules('en')).select(count) === 'one';

/** `count` and the noun in the form that count takes; `many` defaults to `singular` + "s". */
export function counted(count: number, singular: string, many = `${singular}s`): string {
  return `${count} ${nounFor(count, singular, many)}`;
}

/** Just the form of the noun ("location" or "locations") for `count`. */
export function nounFor(count: number, singular: string, many = `${singular}s`): string {
  return one(count) ? singular : many;
}
