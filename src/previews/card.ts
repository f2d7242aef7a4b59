/**
 * The layout of a link-preview image (1200×630), as the element tree satori
 * draws. Pure data, so tests can read what a card says without rendering it.
 */
import type { Status } from '../schemas/fields/status.ts';

/** Width and height of every preview image, as Open Graph expects. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** What a preview card says. */
export interface CardText {
  /** A small line above the title, e.g. "Timeline · The Pont-Sondé ambush". */
  kicker: string;
  title: string;
  /** Date at its true precision, and place, e.g. "25 March 2025 · Pont-Sondé". */
  detail?: string | undefined;
  status?: { status: Status; note?: string | undefined } | undefined;
  siteName: string;
}

/** A node of satori's element tree. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const STATUS_COLOURS: Record<Status, string> = {
  confirmed: '#1d6b34',
  reported: '#0b4f8a',
  unconfirmed: '#7a4b00',
  disputed: '#a11a1a',
};

const node = (
  type: string,
  style: Record<string, string | number>,
  children: (CardNode | string)[] | string,
): CardNode => ({
  type,
  props: { style, children },
});

/** Long titles get a smaller size so three lines always fit. */
export function titleSize(title: string): number {
  if (title.length <= 50) return 64;
  if (title.length <= 80) return 54;
  return 46;
}

/** The element tree of one preview card. */
export function previewCard(text: CardText): CardNode {
  const accent = text.status ? STATUS_COLOURS[text.status.status] : '#1b1b1b';
  const lines: CardNode[] = [
    node(
      'div',
      { fontSize: 28, fontWeight: 700, color: '#4d4d4d', textTransform: 'uppercase', letterSpacing: 2 },
      text.kicker,
    ),
    node(
      'div',
      { fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.15, marginTop: 24, color: '#1b1b1b' },
      text.title,
    ),
  ];
  if (text.detail) lines.push(node('div', { fontSize: 34, marginTop: 28, color: '#1b1b1b' }, text.detail));
  if (text.status) {
    // The note follows its status word, as everywhere else: "CONFIRMED: that the council said so".
    const note = text.status.note ? `: ${text.status.note}` : '';
    lines.push(
      node('div', { display: 'flex', alignItems: 'flex-start', marginTop: 24, fontSize: 28 }, [
        node(
          'div',
          {
            border: `3px solid ${accent}`,
            color: accent,
            padding: '4px 14px',
            borderRadius: 8,
            fontWeight: 700,
            textTransform: 'uppercase',
            letterSpacing: 2,
          },
          text.status.status,
        ),
        node('div', { marginLeft: 8, color: '#4d4d4d', flex: 1, lineHeight: 1.3, paddingTop: 5 }, note),
      ]),
    );
  }
  return node(
    'div',
    { width: '100%', height: '100%', display: 'flex', background: '#fdfcf9', fontFamily: 'Noto Sans' },
    [
      node('div', { width: 24, height: '100%', background: accent }, []),
      node(
        'div',
        { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 64px', flex: 1 },
        [
          node('div', { display: 'flex', flexDirection: 'column' }, lines),
          node(
            'div',
            { fontSize: 28, fontWeight: 700, color: '#0b5394', borderTop: '3px solid #1b1b1b', paddingTop: 20 },
            text.siteName,
          ),
        ],
      ),
    ],
  );
}
