/** Which preview images the site has, and what each one says. */
import { formatPartialDate } from '../dates/partial-date.ts';
import type { CardText } from './card.ts';
import { statusText } from '../story/status-text.ts';
import type { Story } from '../story/story.ts';
import { counted } from '../util/plural.ts';

/** One preview image: where it is published (under /previews/, without ".png"), what it shows, and its alt text. */
export interface Preview {
  path: string;
  card: CardText;
  alt: string;
}

/** The preview path of the front page, shared by pages that have no card of their own. */
export const HOME_PREVIEW = 'home';

/** The preview path for an event's or section's own page. */
export const timelinePreview = (id: string) => `timeline/${id}`;

function describe(card: CardText): string {
  const status = card.status ? `. ${statusText(card.status.status, card.status.note)}` : '';
  const detail = card.detail ? `, ${card.detail}` : '';
  return `${card.kicker}: ${card.title}${detail}${status}. ${card.siteName}.`;
}

/** A preview for the front page, every section and every event. */
export function previews(story: Story, siteName: string): Preview[] {
  const cards: { path: string; card: CardText }[] = [
    {
      path: HOME_PREVIEW,
      card: {
        kicker: 'Explainer',
        title: story.article.data.title,
        detail: `Updated ${formatPartialDate(story.updated)}`,
        siteName,
      },
    },
  ];
  for (const section of story.sections) {
    const count = section.events.length;
    cards.push({
      path: timelinePreview(section.id),
      card: {
        kicker: 'Timeline',
        title: section.data.title,
        detail: counted(count, 'event'),
        siteName,
      },
    });
  }
  for (const event of story.events) {
    const place = event.place.data.region
      ? `${event.place.data.name}, ${event.place.data.region}`
      : event.place.data.name;
    cards.push({
      path: timelinePreview(event.id),
      card: {
        kicker: `Timeline · ${event.section.data.title}`,
        title: event.data.title,
        detail: `${event.when.full} · ${place}`,
        status: { status: event.data.status, note: event.data.statusNote },
        siteName,
      },
    });
  }
  return cards.map((entry) => ({ ...entry, alt: describe(entry.card) }));
}
