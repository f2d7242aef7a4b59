/**
 * Figures that are well-formed but read wrong: a percentage written as a
 * fraction (0.9 for 90 %, shown "0.9%"), a unit that is a placeholder, a share
 * whose unit is not "%". The schema checks the shape; this checks the sense.
 */
import type { Problem } from '../content/problem.ts';
import type { ValidContent } from '../content/validate-content.ts';

type Facts = ValidContent['facts'];

const PLACEHOLDER_UNIT = /^(?:[-–—?.x]+|n\/?a|none|null|tbc|tbd|unit|\d[\d.,]*)$/iu;
const SHARE_WORDS = /\b(?:share|percent(?:age)?|per cent|proportion)\b|%/iu;

/** Errors: a percentage under 1 (a fraction), a unit that says nothing. */
export function factNumberProblems(facts: Facts): Problem[] {
  return facts.flatMap((fact): Problem[] => {
    const { value, upTo, unit } = fact.data;
    const problems: Problem[] = [];
    if (unit === '%' && value > 0 && value < 1 && (upTo === undefined || upTo <= 1)) {
      problems.push({
        file: fact.file,
        field: 'value',
        found: `${value} with unit "%" (it would read "${value}%")`,
        expected: `the percentage itself: ${Math.round(value * 1000) / 10} for ${Math.round(value * 1000) / 10} %`,
        line: fact.lineOf(['value']),
      });
    }
    if (PLACEHOLDER_UNIT.test(unit.trim())) {
      problems.push({
        file: fact.file,
        field: 'unit',
        found: `${JSON.stringify(unit)}, which says nothing after the number`,
        expected: 'what the figure counts, shown after it: "people", "officers", "%"',
        line: fact.lineOf(['unit']),
      });
    }
    return problems;
  });
}

/** Warnings: a share whose unit is not "%", a percentage over 100. */
export function factNumberWarnings(facts: Facts): Problem[] {
  return facts.flatMap((fact): Problem[] => {
    const { value, upTo, unit, label } = fact.data;
    if (unit === '%' && Math.max(value, upTo ?? 0) > 100) {
      return [
        {
          file: fact.file,
          field: 'value',
          found: `${Math.max(value, upTo ?? 0)} %`,
          expected:
            'a share of at most 100 %; check the figure (a rise of more than 100 % is possible, a share is not)',
          line: fact.lineOf(['value']),
        },
      ];
    }
    if (unit !== '%' && SHARE_WORDS.test(label)) {
      return [
        {
          file: fact.file,
          field: 'unit',
          found: `${JSON.stringify(unit)} for a figure labelled as a share`,
          expected: 'unit: "%" and the percentage as the value (90 for 90 %), if the figure is a share',
          line: fact.lineOf(['unit']),
        },
      ];
    }
    return [];
  });
}
