/**
 * <copy-link>: swaps its plain anchor for one button. Where the device has a
 * share sheet (the Web Share API) the button opens it; elsewhere it copies an
 * absolute URL (the item's own page when `data-share` names one, else the
 * anchor's). Success shows on the button; when copying is refused the link
 * appears in a text field, selected, to copy by hand. Both are announced in
 * one polite live region.
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

const canShare = () => typeof navigator.share === 'function';

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
    // The icon and the hidden item name move over; only the visible words change.
    button.append(...anchor.childNodes);
    const label = button.querySelector('.label') ?? button;
    const idle = canShare() ? 'Share' : 'Copy link';
    label.textContent = idle;
    button.addEventListener('click', () => void this.act(url, button, label, idle));
    anchor.replaceWith(button);
  }

  private async act(url: string, button: HTMLElement, label: Element, idle: string): Promise<void> {
    if (canShare()) {
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
      button.dataset['state'] = 'done';
      announce('Link copied');
      window.setTimeout(() => {
        label.textContent = idle;
        delete button.dataset['state'];
      }, 4000);
    } catch {
      this.showField(url);
    }
  }

  /** Copying was refused: the link, selected in a field, for the reader to copy themselves. */
  private showField(url: string): void {
    let input = this.querySelector('input');
    if (!input) {
      const wrap = document.createElement('label');
      wrap.className = 'fallback';
      wrap.textContent = 'Copy this link: ';
      input = document.createElement('input');
      input.readOnly = true;
      input.value = url;
      wrap.append(input);
      this.append(wrap);
    }
    input.focus();
    input.select();
    announce('Copying is not available here. The link is selected: copy it with your keyboard or menu.');
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
