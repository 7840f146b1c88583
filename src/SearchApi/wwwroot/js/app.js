// The router: maps location.pathname to a view, keeps every view's state in its URL
// (so a copied link reopens it), and turns same-site link clicks into history.pushState.
import { renderSearch } from './search.js';
import { renderThemes, renderTheme } from './themes.js';
import { renderRecurrence } from './recurrence.js';
import { renderUnit } from './unit.js';
import { renderReviews, renderReview } from './reviews.js';
import { el, replace } from './dom.js';
import { errorBox } from './parts.js';

const routes = [
  { name: 'search', pattern: /^\/$/, render: renderSearch },
  { name: 'themes', pattern: /^\/themes\/?$/, render: renderThemes },
  { name: 'themes', pattern: /^\/themes\/([^/]+)\/?$/, render: renderTheme },
  { name: 'recurrence', pattern: /^\/recurrence\/?$/, render: renderRecurrence },
  { name: 'unit', pattern: /^\/units\/(.+?)\/?$/, render: renderUnit },
  { name: 'reviews', pattern: /^\/reviews\/?$/, render: renderReviews },
  { name: 'reviews', pattern: /^\/reviews\/([^/]+)\/?$/, render: renderReview },
];

const main = document.getElementById('main');
// The views render after their data arrives, later than the browser restores a scroll position on Back:
// each history entry keeps its own (see rememberScroll), and route() puts it back once the view is drawn.
history.scrollRestoration = 'manual';
let current = { path: null, controller: null };
let navigations = 0;

function match(pathname) {
  for (const route of routes) {
    const found = route.pattern.exec(pathname);
    if (found) return { route, args: found.slice(1).map(part => decodeURIComponent(part)) };
  }
  return null;
}

/** Goes to a page URL without reloading; replace keeps the Back button from filling with every filter click. */
export function navigate(url, { replace: replaceEntry = false } = {}) {
  const target = new URL(url, location.href);
  if (target.origin !== location.origin) {
    location.assign(target.href);
    return;
  }
  rememberScroll();
  if (replaceEntry) {
    history.replaceState(null, '', target.pathname + target.search + target.hash);
  } else {
    history.pushState(null, '', target.pathname + target.search + target.hash);
  }
  route({ moved: true });
}

export function setTitle(text) {
  document.title = text ? `${text} – LearningSearch` : 'LearningSearch – search safeguarding review learning';
}

function markNavigation(name) {
  for (const link of document.querySelectorAll('.site-nav a')) {
    if (link.dataset.nav === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function route({ moved = false } = {}) {
  navigations += 1;
  const navigation = navigations;
  current.controller?.abort();
  const controller = new AbortController();
  const found = match(location.pathname);
  const sameView = found !== null && current.path === location.pathname;
  current = { path: location.pathname, controller };

  if (!found) {
    markNavigation(null);
    setTitle('Page not found');
    replace(main,
      el('h1', { tabindex: '-1' }, 'Page not found'),
      errorBox({ detail: 'There is no page at this address. Try the search, the themes or the recurrence view.' },
        'We could not find that page'),
      el('p', {}, el('a', { href: '/' }, 'Go to the search')));
    if (moved) focusHeading();
    return;
  }

  markNavigation(found.route.name);
  const context = {
    main,
    url: new URL(location.href),
    params: new URLSearchParams(location.search),
    signal: controller.signal,
    sameView,
    moved,
    cameFromPage: navigation > 1,
    isCurrent: () => navigation === navigations,
    navigate,
    setTitle,
  };
  try {
    await found.route.render(context, ...found.args);
  } catch (error) {
    if (error.name === 'AbortError' || !context.isCurrent()) return;
    replace(main, el('h1', { tabindex: '-1' }, 'Something went wrong'), errorBox(error, 'We could not show this page'));
    if (moved) focusHeading();
    return;
  }
  if (moved && !sameView && context.isCurrent()) {
    window.scrollTo(0, 0);
    focusHeading();
  } else if (!moved && context.isCurrent() && history.state && typeof history.state.scrollY === 'number') {
    window.scrollTo(0, history.state.scrollY);
  }
}

/** Keeps the reader's place in the current history entry, so Back returns to it. */
function rememberScroll() {
  history.replaceState({ ...(history.state || {}), scrollY: window.scrollY }, '');
}

let scrollTimer = 0;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(rememberScroll, 150);
}, { passive: true });

/** After a client-side move, put focus where a screen reader user expects a new page to start. */
export function focusHeading() {
  const heading = main.querySelector('h1');
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  } else {
    main.focus({ preventScroll: true });
  }
}

document.addEventListener('click', event => {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest('a[href]');
  if (!link) return;
  // getAttribute, not link.href/link.target: on SVG links those are SVGAnimatedString objects.
  const linkTarget = link.getAttribute('target');
  if (link.hasAttribute('download') || (linkTarget && linkTarget !== '_self')) return;
  const target = new URL(link.getAttribute('href'), location.href);
  if (target.origin !== location.origin || target.pathname.startsWith('/api/')) return;
  // Links to the same place plus a #fragment are left to the browser (the skip link).
  if (target.pathname === location.pathname && target.search === location.search && target.hash) return;
  if (!match(target.pathname)) return;
  event.preventDefault();
  navigate(target.href);
});

window.addEventListener('popstate', () => route());

route();
