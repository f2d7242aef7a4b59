/**
 * <copy-link>: swaps its plain anchor for a button that copies an absolute URL
 * (the item's own page when `data-share` names one, else the anchor's), or opens
 * the share sheet on touch devices that have one, and announces the result in a
 * polite live region.
 */

const ANNOUNCER_ID = 'copy-link-announcer';

/** The page's one polite live region, created before anything is announced. */
function announcer(): HTMLElement {
  let region = document.getElementById(ANNOUNCER_ID);
  if (!region) {
    region = document.createElement('p');
    region.id = ANNOUNCER_ID;
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
}

function announce(message: string): void {
  const region = announcer();
  // Clearing first makes a repeated message be read again.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const anchor = this.querySelector('a');
    if (!anchor || this.querySelector('button')) return;
    announcer();
    // A shared link should unfurl into a preview of the item, so copy its own page when it has one.
    const url = new URL(this.dataset['share'] ?? anchor.getAttribute('href') ?? '', window.location.href).href;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['url'] = url;
    const name = anchor.querySelector('.visually-hidden')?.cloneNode(true);
    const label = document.createElement('span');
    label.textContent = 'Copy link';
    button.append(label);
    if (name) button.append(name);
    button.addEventListener('click', () => void this.copy(url, label));
    anchor.replaceWith(button);
  }

  private async copy(url: string, label: HTMLElement): Promise<void> {
    const coarse = window.matchMedia('(pointer: coarse)').matches;
    if (coarse && typeof navigator.share === 'function') {
      try {
        await navigator.share({ url, title: document.title });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      label.textContent = 'Link copied';
      announce('Link copied');
    } catch {
      announce(`Copying is not available here. The link is ${url}`);
    }
    window.setTimeout(() => (label.textContent = 'Copy link'), 4000);
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
