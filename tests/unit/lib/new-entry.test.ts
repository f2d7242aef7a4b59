import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  isNewKind,
  newEntry,
  newEntryFields,
  NEW_KINDS,
  questionsFor,
  yamlScalar,
} from '../../../scripts/lib/new-entry.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import { parseContentFile } from '../../../src/content/read-content.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../../src/schemas/collections.ts';
import { EventSchema } from '../../../src/schemas/event.ts';

const event = {
  id: 'search-continues',
  title: "Kenya's Inspector General says the search for the officer continues",
  summary: 'Almost a week after the ambush, the search was still going on.',
  date: '2025-03-31',
  place: 'nairobi',
  section: 'the-pont-sonde-ambush',
  status: 'reported',
  sources: 'eastleigh-family-sues',
};

describe('questionsFor', () => {
  it('asks for the required fields of an event, in file order', () => {
    expect(questionsFor('event').map((field) => field.name)).toEqual([
      'title',
      'summary',
      'date',
      'place',
      'section',
      'status',
      'sources',
    ]);
  });

  it('asks for the few fields a place needs', () => {
    expect(questionsFor('place').map((field) => field.name)).toEqual(['name', 'kind', 'country']);
  });
});

describe('isNewKind', () => {
  it('knows the five kinds and nothing else', () => {
    expect(['event', 'fact', 'source', 'place', 'section'].every(isNewKind)).toBe(true);
    expect(isNewKind('article')).toBe(false);
    expect(isNewKind('toString')).toBe(false);
    expect(isNewKind(undefined)).toBe(false);
  });
});

describe('newEntry', () => {
  it('writes an event with its id as file name and quoted dates, and no typed updated date', () => {
    expect(newEntry('event', { ...event, sources: 'eastleigh-family-sues, capitalfm-missing' })).toEqual({
      ok: true,
      file: 'content/events/search-continues.md',
      text: [
        '---',
        "title: Kenya's Inspector General says the search for the officer continues",
        'summary: Almost a week after the ambush, the search was still going on.',
        'date: "2025-03-31"',
        'place: nairobi',
        'section: the-pont-sonde-ambush',
        'status: reported',
        'sources: [eastleigh-family-sues, capitalfm-missing]',
        '---',
        '',
      ].join('\n'),
    });
  });

  it('writes a file the content reader and the schema accept as they are', () => {
    const entry = newEntry('event', { ...event, title: 'Background: a title with a colon', approximate: 'true' });
    if (!entry.ok) throw new Error('expected a file');
    const raw = parseContentFile('events', entry.file, entry.text);
    if (!('data' in raw)) throw new Error(formatProblem(raw));
    expect(EventSchema.parse(raw.data)).toMatchObject({ title: 'Background: a title with a colon', approximate: true });
  });

  it('writes data files without front matter, numbers as numbers', () => {
    const place = {
      id: 'saint-marc',
      name: 'Saint-Marc',
      kind: 'town',
      country: 'Haiti',
      lat: '19.117',
      lon: '-72.7',
    };
    expect(newEntry('place', { ...place, precision: 'exact' })).toEqual({
      ok: true,
      file: 'content/places/saint-marc.yaml',
      text: 'name: Saint-Marc\nkind: town\ncountry: Haiti\nlat: 19.117\nlon: -72.7\nprecision: exact\n',
    });
  });

  it('refuses an id that is not kebab-case, suggesting one', () => {
    const entry = newEntry('event', { ...event, id: 'Search Continues' });
    expect(entry.ok ? [] : entry.problems.map(formatProblem)).toEqual([
      'content/events/Search Continues.md: id: found "Search Continues", expected a kebab-case id: lower-case letters and digits joined by single hyphens, e.g. "kaetuai-killed"; try "search-continues"',
    ]);
  });

  it('writes nothing when an answer breaks the schema, and says which line it would be', () => {
    const entry = newEntry('fact', { id: 'a-figure', label: 'Things', value: '5,601', unit: 'people' });
    expect(entry.ok ? [] : entry.problems.map(formatProblem)).toEqual([
      'content/facts/a-figure.md: value: found "5,601", expected the figure as a plain number without commas, e.g. 5601 (line 3)',
      'content/facts/a-figure.md: asOf: found nothing, expected a quoted date: "2025-03-25", "2025-03" or "2025" (this field is required; add it, e.g. asOf: "2025-02/2025-03")',
      'content/facts/a-figure.md: sources: found nothing, expected a list of ids, e.g. [capitalfm-missing, reuters-missing] (this field is required; add it, e.g. sources: [kenyans-144, standard-family-anguish])',
    ]);
  });
});

describe('checkAnswer', () => {
  const field = (name: string) => {
    const found = newEntryFields('event').find((f) => f.name === name);
    if (!found) throw new Error(name);
    return found;
  };

  it('accepts a good answer and explains a bad one', () => {
    expect(checkAnswer(field('date'), '2025-03-25')).toBeUndefined();
    expect(checkAnswer(field('date'), '2025-03-00')).toBe(
      'the month alone, "2025-03", when the day is not known (the site then shows the month only)',
    );
  });

  it('suggests the choice that was meant', () => {
    expect(checkAnswer(field('status'), 'Confirmed')).toBe(
      'one of confirmed, reported, unconfirmed, disputed; did you mean "confirmed"?',
    );
  });
});

describe('yamlScalar', () => {
  it.each([
    ['Pont-Sondé', 'Pont-Sondé'],
    ['at least', 'at least'],
    ['Background: the mission', '"Background: the mission"'],
    ['true', '"true"'],
    ['123', '"123"'],
    ['a #hashtag', '"a #hashtag"'],
    ['"quoted"', '"\\"quoted\\""'],
    ['- a list?', '"- a list?"'],
  ])('writes %s as %s', (text, yaml) => {
    expect(yamlScalar(text)).toBe(yaml);
  });
});

describe('NEW_KINDS', () => {
  it('names exactly the collections the vocabulary table marks for npm run new, by their singular', () => {
    const fromTable = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].scaffold).map(
      (name) => [COLLECTIONS[name].singular, name] as const,
    );
    expect(Object.entries(NEW_KINDS).sort()).toEqual([...fromTable].sort());
  });
});
