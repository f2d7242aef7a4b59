/** Counted nouns in English ("1 problem", "3 problems"), by the language's own plural rules. */
const RULES = new Intl.PluralRules('en');

/** `count` and the noun in the form that count takes; `many` defaults to `one` + "s". */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count} ${RULES.select(count) === 'one' ? one : many}`;
}

/** Just the form of the noun ("location" or "locations") for `count`. */
export function nounFor(count: number, one: string, many = `${one}s`): string {
  return RULES.select(count) === 'one' ? one : many;
}
