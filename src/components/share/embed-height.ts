/**
 * Inside another site's page, tells that page how tall the embed is, whenever
 * it changes (fonts, a narrower frame), so the iframe can fit its content with
 * no scrollbar of its own. Speaks Pym.js's child protocol; a page that does not
 * listen keeps the iframe at its fixed height, and the content scrolls inside.
 */
import { childId, heightMessage, isWidthMessage } from '../../embed/pym-message.ts';

if (window.parent !== window) {
  const id = childId(window.location.search);
  let sent = 0;
  const send = () => {
    // The root's own box, not scrollHeight: that never drops below the frame's height, so a frame could never shrink.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    // Only a number leaves the frame, so any page may read it.
    window.parent.postMessage(heightMessage(id, height), '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  window.addEventListener('load', send);
  // Browsers pause rendering, and so the observer, in a frame scrolled out of view; a Pym parent's
  // width message still arrives, and measuring then forces the layout, as pym.js's own child does.
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isWidthMessage(event.data, id)) send();
  });
}
