/**
 * Moves keyboard and screen-reader focus to the item a URL's fragment names,
 * on arrival and on in-page navigation, so reading starts where the link
 * pointed. Old ids (aliases) stay in the page as empty anchors inside the
 * renamed item; for those the address bar is switched to the current id, so
 * a reader who shares it onwards shares the live link.
 */

function focusTarget(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const element = id ? document.getElementById(id) : null;
  const item = element?.closest<HTMLElement>('[data-anchor]');
  if (!item) return;
  if (element !== item && element?.classList.contains('alias') && item.id) {
    history.replaceState(history.state, '', `#${item.id}`);
  }
  item.focus({ preventScroll: true });
}

window.addEventListener('hashchange', focusTarget);
// Chromium settles focus after its own scroll to the fragment, at load; focus again then.
window.addEventListener('load', () => requestAnimationFrame(focusTarget));
if (document.readyState !== 'loading') focusTarget();
else document.addEventListener('DOMContentLoaded', focusTarget);
