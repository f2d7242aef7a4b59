/**
 * The revised content brief's wording rules, checked on the real content so a
 * regression fails a test: rank, naming, attribution, reposts, the attackers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { previews } from '../../../src/previews/previews.ts';
import { sourceName } from '../../../src/story/source-name.ts';
import { buildStory } from '../../../src/story/story.ts';
import { quotedNotes } from '../../../src/story/update-log.ts';

const { content, site } = checkContent(join(import.meta.dirname, '../../..'));
const [article] = content.article;
if (!article) throw new Error('no article');
const story = buildStory(content);

/** Every line a reader meets as a title, summary, heading, known/unknown line or preview. */
const headlines: [string, string][] = [
  ['article title', article.data.title],
  ['article dek', article.data.dek],
  ['standing', article.data.standing?.text ?? ''],
  ...content.sections.flatMap((s): [string, string][] => [
    [`${s.id} title`, s.data.title],
    [`${s.id} summary`, s.data.summary],
  ]),
  ...content.events.flatMap((e): [string, string][] => [
    [`${e.id} title`, e.data.title],
    [`${e.id} summary`, e.data.summary],
  ]),
  ...[...article.data.known, ...article.data.unknown].map((line): [string, string] => ['known/unknown', line.text]),
  ...previews(story, 'Site').map((p): [string, string] => [`preview ${p.path}`, p.alt]),
];

/** Every text on the site written in content: bodies, fields, notes. */
const allText: [string, string][] = [
  ...Object.values(content).flatMap((entries: readonly { file: string; body: string; data: unknown }[]) =>
    entries.map((e): [string, string] => [e.file, `${JSON.stringify(e.data)}\n${e.body}`]),
  ),
];

// Kaetuai's full name carries his rank by the brief's own rule; every other rank word is Kabiru's.
const withoutKaetuai = (text: string) =>
  text.replace(/\s+/g, ' ').replaceAll('Police Constable Samuel Tompoi Kaetuai', 'Kaetuai');

describe('the officer who went missing', () => {
  it.each(headlines)('gives no rank in %s', (_, text) => {
    expect(withoutKaetuai(text)).not.toMatch(/\b(constable|corporal|PC)\b/i);
  });

  it('mentions his rank once, on kabiru-death-confirmed, as the brief words it', () => {
    const mentions = allText.filter(([, text]) => /\b(constable|corporal)\b/i.test(withoutKaetuai(text)));
    expect(mentions.map(([file]) => file)).toEqual(['content/events/kabiru-death-confirmed.md']);
    expect(mentions[0]?.[1]).toContain('reported as a constable by most outlets; one gives corporal');
  });

  it.each(allText)('%s never says he was "later named" or "first named by"', (_, text) => {
    expect(text).not.toMatch(/later named|first named by/i);
  });

  it('says he was named in the council’s statement of 26 March 2025', () => {
    expect(allText.some(([, text]) => text.includes("named in the council's statement of 26 March 2025"))).toBe(true);
  });

  it("uses Kenya's words for the death: died or death, never killed", () => {
    const confirmed = content.events.find((e) => e.id === 'kabiru-death-confirmed');
    expect(`${confirmed?.data.title} ${confirmed?.data.summary}`).not.toMatch(/kill/i);
    expect(`${article.data.title} ${article.data.dek}`).not.toMatch(/kill/i);
  });
});

describe('wording', () => {
  it.each(allText)('%s uses none of the phrases the brief rules out', (_, text) => {
    expect(text).not.toMatch(
      /opened fire|Ouest|Kenya's capital|first Kenyan officer killed in Haiti|the mission's hospital|dozens|16:30|around 800|no group has claimed/i,
    );
    expect(text).not.toMatch(/\bPC\b/);
  });

  it.each(allText)('%s puts Gran Grif beside the ambush only with "does not identify the attackers"', (_, text) => {
    if (/Gran Grif/.test(text) && /ambush/i.test(text)) expect(text).toMatch(/does not identify the attackers/);
  });
});

describe('statuses', () => {
  it.each(content.events.map((e) => [e.id, e.data] as const))('%s has a note that does not repeat its status', (_, data) => {
    if (data.statusNote) {
      expect(data.statusNote.length).toBeLessThanOrEqual(120);
      expect(data.statusNote.toLowerCase().startsWith(data.status)).toBe(false);
    }
  });

  it('says "about June 2025" for the approximate month of the lawsuit', () => {
    expect(story.events.find((e) => e.id === 'family-sues-government')?.when.date).toBe('about June 2025');
  });
});

describe('sources', () => {
  // The brief's list of names for copies on other sites.
  const REPOSTS: Record<string, string> = {
    'bbc-missing': 'BBC Africa, via tvl.network',
    'reuters-missing': 'Reuters, via TimesLIVE',
    'reuters-230': 'Reuters, via Metro Radio HK',
    'capitalfm-missing': 'Capital FM, via AllAfrica',
    'afp-court-ruling': 'AFP, via UrduPoint',
    'ap-un-welcomes-offer': 'AP, via KION546',
    'ap-body-arrives': 'AP, via chattythat.news',
    'alterpresse-first-group': 'AlterPresse, via haitify.com',
    'ohchr-pont-sonde': 'UN Human Rights Office, via Scoop',
    'mss-kaetuai-statement': 'MSS statement, via The African Watch',
    'state-designations': 'US State Department statement, via daily8.com',
    'ohchr-2024-killed': 'Caribbean News Global, via MENAFN',
    'iom-displaced-2024': 'IOM release, via TRANSCEND Media Service',
    'acled-viv-ansanm': 'ACLED analysis, via haitian-truth.org',
  };

  it.each(Object.entries(REPOSTS))('names the copy %s "%s"', (id, name) => {
    const source = content.sources.find((s) => s.id === id);
    expect(source && sourceName(source.data)).toBe(name);
  });

  it('names every copy on another site with its original', () => {
    for (const source of content.sources.filter((s) => s.data.originalPublisher)) {
      expect(sourceName(source.data)).toBe(`${source.data.originalPublisher}, via ${source.data.publisher}`);
    }
  });

  it('marks the French pages as French', () => {
    const french = content.sources.filter((s) => s.data.language === 'fr').map((s) => s.id);
    expect(french.sort()).toEqual(
      ['canalnews-binuh', 'cpt-condolences', 'haiti24-pont-sonde', 'haitiinfospro-gran-grif', 'invasion-kaetuai'].sort(),
    );
  });
});

describe('the whole story', () => {
  it('has the entries the brief gives', () => {
    expect(content.events).toHaveLength(28);
    expect(content.sources).toHaveLength(61);
    expect(content.places).toHaveLength(12);
    expect(quotedNotes(article.data.log)).toHaveLength(11);
    expect(content.places.map((p) => p.id)).not.toContain('washington');
  });

  it('invents no corrections contact: none is set until someone supplies one', () => {
    expect(site?.correctionsContact).toBeUndefined();
  });
});
