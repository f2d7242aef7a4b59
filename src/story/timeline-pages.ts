/** Every page under /timeline/<id>/: one per event, one per section, and a redirect for each old id. */
import type { EventView, SectionView, Story } from './story.ts';
import { normaliseBase } from '../site/config.ts';

/** What lives at one /timeline/<id>/ address. */
export type TimelinePage =
  | { kind: 'event'; id: string; event: EventView }
  | { kind: 'section'; id: string; section: SectionView }
  | { kind: 'redirect'; id: string; to: string; title: string };

/** All /timeline/<id>/ pages of a story. */
export function timelinePages(story: Story): TimelinePage[] {
  const pages: TimelinePage[] = [
    ...story.events.map((event) => ({ kind: 'event' as const, id: event.id, event })),
    ...story.sections.map((section) => ({ kind: 'section' as const, id: section.id, section })),
  ];
  const titles = new Map(
    pages.map((page) => [
      page.id,
      page.kind === 'event' ? page.event.data.title : page.kind === 'section' ? page.section.data.title : '',
    ]),
  );
  for (const [alias, to] of Object.entries(story.timelineAliases)) {
    pages.push({ kind: 'redirect', id: alias, to, title: titles.get(to) ?? to });
  }
  return pages;
}

/** Old address → new address pairs for hosts that read a `_redirects` file. */
export function redirectRules(story: Story, base: string): string {
  const root = normaliseBase(base);
  return Object.entries(story.timelineAliases)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([alias, to]) =>
        `${root}timeline/${alias}/ ${root}timeline/${to}/ 301\n${root}timeline/${alias} ${root}timeline/${to}/ 301\n`,
    )
    .join('');
}
