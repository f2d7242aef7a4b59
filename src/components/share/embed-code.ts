/**
 * <embed-code>: swaps its plain link to the embedding instructions for a
 * disclosure holding the item's embed code (the same snippet its oEmbed file
 * gives), with a button that copies it and says so in a live region.
 */
import { EMBED_HEIGHTS, frameTitle } from '../../embed/embeds.ts';
import { embedSnippet } from '../../embed/snippet.ts';
import { embedPath } from '../../site/urls.ts';

// The site's name comes from the page, not from src/site/site.ts, which reads content on the server.
const siteName = () => document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? '';

class EmbedCode extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link || this.querySelector('details')) return;
    const id = this.dataset['id'] ?? '';
    const kind = this.dataset['kind'] === 'section' ? 'section' : 'event';
    const title = link.querySelector('.visually-hidden')?.textContent?.replace(/^:\s*/, '') ?? '';
    const code = embedSnippet({
      src: new URL(embedPath(import.meta.env.BASE_URL, id), window.location.href).href,
      title: frameTitle(kind, title, siteName()),
      height: EMBED_HEIGHTS[kind],
    });
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.append(...[...link.childNodes].map((node) => node.cloneNode(true)));
    const label = document.createElement('label');
    const textarea = document.createElement('textarea');
    textarea.readOnly = true;
    textarea.rows = 4;
    textarea.value = code;
    label.append('Embed code (HTML)', textarea);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Copy embed code';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => void copy(code, textarea, status));
    link.className = 'help';
    link.textContent = 'How embedding works';
    const row = document.createElement('span');
    row.className = 'row';
    row.append(button, link);
    details.append(summary, label, row, status);
    this.replaceChildren(details);
  }
}

async function copy(code: string, textarea: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(code);
    status.textContent = 'Embed code copied';
  } catch {
    // No clipboard access (an old browser, a denied permission): leave the code selected for Ctrl+C.
    textarea.select();
    status.textContent = 'Press Ctrl+C or Command+C to copy the selected code';
  }
}

if (!customElements.get('embed-code')) customElements.define('embed-code', EmbedCode);
