// The themes views: "/themes" lists every theme with how many reviews raise it;
// "/themes/{id}" shows one theme's timeline across reviews and its units.
import { el, svg, replace, plural } from './dom.js';
import { getThemes, getTheme, searchQuery } from './api.js';
import { cardList, errorBox, emptyState, loading, reviewCode, scrollBox, themeHref, unitCount } from './parts.js';

function yearSpan(first, last) {
  if (!first && !last) return '';
  return first === last || !last ? `${first}` : `${first} to ${last}`;
}

export async function renderThemes(context) {
  const { main, signal, setTitle } = context;
  setTitle('Themes');
  const body = el('div', { class: 'themes-body' }, loading('Loading themes…'));
  replace(main,
    el('h1', { class: 'page-title' }, 'Themes'),
    el('p', { class: 'lead' }, 'Each theme is a lesson that safeguarding reviews keep coming back to. ',
      'A theme is given to a recommendation, action or finding when its words match the theme; ',
      'the words that matched are shown on every result.'),
    body);
  let themes;
  try {
    themes = await getThemes(signal);
  } catch (error) {
    if (error.name === 'AbortError' || !context.isCurrent()) throw error;
    replace(body, errorBox(error, 'We could not load the themes'));
    return;
  }
  if (!context.isCurrent()) return;
  if (!themes.length) {
    replace(body, emptyState('No themes yet', 'The list of themes is empty. Ask the person who looks after LearningSearch.'));
    return;
  }
  const ordered = [...themes].sort((a, b) => (b.reviews - a.reviews) || a.label.localeCompare(b.label));
  replace(body,
    el('p', { class: 'result-count' }, `${plural(themes.length, 'theme')}, the most widely raised first.`),
    el('ul', { class: 'theme-cards' }, ordered.map(theme => el('li', { class: 'theme-card', 'data-theme-id': theme.id },
      el('h2', { class: 'theme-card__title' }, el('a', { href: themeHref(theme.id) }, theme.label)),
      el('p', { class: 'theme-card__definition' }, theme.definition),
      el('p', { class: 'theme-card__reach' },
        el('strong', {}, `Raised in ${plural(theme.reviews, 'review')}`),
        theme.reviews ? ` (${yearSpan(theme.firstYear, theme.lastYear)})` : '',
        ` · ${unitCount(theme.units)}`)))));
}

/**
 * A timeline of the reviews that raise a theme: one row per review in year order, its dot at its
 * year and bigger for more units (a row each, so labels never collide). The table below carries
 * the same facts for screen readers and keyboard users; the dots' links stay out of the tab order.
 */
function timeline(theme) {
  const reviews = theme.reviews.filter(review => review.year)
    .sort((a, b) => a.year - b.year || reviewCode(a).localeCompare(reviewCode(b)));
  if (!reviews.length) return null;
  const years = reviews.map(review => review.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  // Drawn at the width it is shown at: a 720-wide drawing shrunk onto a phone had 7 px words. On a narrow
  // screen each review's name sits above its row instead of beside it, so the years keep the whole width.
  const shown = document.getElementById('main')?.clientWidth || 720;
  const width = Math.round(Math.max(300, Math.min(720, shown - 8)));
  const narrow = width < 560;
  const left = narrow ? 28 : 200;
  const right = width - (narrow ? 40 : 50);
  const rowHeight = narrow ? 60 : 40;
  const top = 24;
  const axisY = top + reviews.length * rowHeight;
  const height = axisY + 40;
  const x = year => (first === last ? (left + right) / 2 : left + ((year - first) / (last - first)) * (right - left));
  const maxUnits = Math.max(...reviews.map(review => review.units || 1));
  const radius = units => 5 + 12 * Math.sqrt((units || 1) / maxUnits);

  const parts = [svg('line', { x1: left - 16, x2: right + 16, y1: axisY, y2: axisY, class: 'timeline__axis' })];
  const span = last - first;
  // A year's label needs about 44 px, or the years run into each other on a phone.
  const step = [1, 2, 5, 10, 20].find(each => span === 0 || ((right - left) / span) * each >= 44) || 20;
  for (let year = first; year <= last; year += step) {
    parts.push(svg('line', { x1: x(year), x2: x(year), y1: top - 8, y2: axisY + 4, class: 'timeline__grid' }),
      svg('text', { x: x(year), y: axisY + 22, 'text-anchor': 'middle', class: 'timeline__year' }, String(year)));
  }
  reviews.forEach((review, row) => {
    const cy = top + row * rowHeight + rowHeight / 2 + (narrow ? 8 : -4);
    const cx = x(review.year);
    const r = radius(review.units);
    parts.push(svg('a', { href: `/?${searchQuery({ theme: [theme.id], review: [review.id] })}`, tabindex: '-1', class: 'timeline__review' },
      svg('title', {}, `${review.title} (${review.year}): ${unitCount(review.units)}`),
      svg('text', { x: 8, y: narrow ? cy - 20 : cy + 5, class: 'timeline__label' }, reviewCode(review)),
      svg('line', { x1: left - 16, x2: right + 16, y1: cy, y2: cy, class: 'timeline__row' }),
      svg('circle', { cx, cy, r, class: 'timeline__dot' }),
      svg('text', { x: cx + r + 5, y: cy + 4, class: 'timeline__count' }, String(review.units))));
  });
  const summary = `Timeline: ${theme.label} was raised in ${plural(reviews.length, 'review')}`
    + (first === last ? ` in ${first}.` : ` between ${first} and ${last}.`);
  return el('figure', { class: 'timeline' },
    svg('svg', {
      // A group, not an image: an image may hold no links (axe: nested-interactive), and each dot is a link to its search.
      viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': summary,
      class: 'timeline__svg', preserveAspectRatio: 'xMinYMin meet',
    }, parts),
    el('figcaption', { class: 'hint' }, 'Each row is a review, its dot at the year it was published; the number and the size of the dot show how many of its recommendations, actions and findings raise this theme.'));
}

function reviewsTable(theme) {
  const cell = (review, kind) => String(review.kinds?.[kind] ?? 0);
  return el('table', { class: 'data-table' },
    el('caption', { class: 'visually-hidden' }, `Reviews that raise ${theme.label}`),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Review'),
      el('th', { scope: 'col', class: 'num' }, 'Year'),
      el('th', { scope: 'col', class: 'num' }, 'Recommendations'),
      el('th', { scope: 'col', class: 'num' }, 'Actions'),
      el('th', { scope: 'col', class: 'num' }, 'Findings'),
      el('th', { scope: 'col', class: 'num' }, 'All three'))),
    el('tbody', {}, [...theme.reviews].sort((a, b) => (a.year || 0) - (b.year || 0)).map(review => el('tr', {},
      el('th', { scope: 'row' }, el('a', { href: `/?${searchQuery({ theme: [theme.id], review: [review.id] })}` }, review.title)),
      el('td', { class: 'num' }, review.year ? String(review.year) : '–'),
      el('td', { class: 'num' }, cell(review, 'recommendation')),
      el('td', { class: 'num' }, cell(review, 'action')),
      el('td', { class: 'num' }, cell(review, 'finding')),
      el('td', { class: 'num' }, String(review.units ?? 0))))));
}

export async function renderTheme(context, id) {
  const { main, signal, setTitle } = context;
  setTitle('Theme');
  replace(main, loading('Loading theme…'));
  let theme;
  try {
    theme = await getTheme(id, signal);
  } catch (error) {
    if (error.name === 'AbortError' || !context.isCurrent()) throw error;
    setTitle('Theme not found');
    replace(main,
      el('h1', { class: 'page-title' }, error.status === 404 ? 'We could not find that theme' : 'Something went wrong'),
      errorBox(error, 'We could not open this theme'),
      el('p', {}, el('a', { href: '/themes' }, 'See all themes')));
    return;
  }
  if (!context.isCurrent()) return;
  setTitle(theme.label);
  const reviews = theme.reviews || [];
  const units = theme.units || [];
  replace(main,
    el('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumb' },
      el('ol', {}, el('li', {}, el('a', { href: '/themes' }, 'Themes')), el('li', { 'aria-current': 'page' }, theme.label))),
    el('h1', { class: 'page-title' }, theme.label),
    el('p', { class: 'lead' }, theme.definition),
    theme.synonyms && theme.synonyms.length
      ? el('p', { class: 'synonyms' }, el('strong', {}, 'Also found as: '), theme.synonyms.join(', '))
      : null,
    el('p', {}, el('a', { class: 'button', href: `/?${searchQuery({ theme: [theme.id] })}` },
      `Search everything on ${theme.label}`)),
    el('section', { class: 'theme-section', 'aria-labelledby': 'timeline-heading' },
      el('h2', { id: 'timeline-heading' }, `Raised in ${plural(reviews.length, 'review')}`),
      reviews.length ? [timeline(theme), scrollBox(reviewsTable(theme), `Reviews that raise ${theme.label}`)] : emptyState('No review raises this theme yet')),
    el('section', { class: 'theme-section', 'aria-labelledby': 'units-heading' },
      el('h2', { id: 'units-heading' }, `Recommendations, actions and findings (${units.length})`),
      units.length ? cardList(units, { headingLevel: 3, showSnippet: false }) : emptyState('No recommendation, action or finding raises this theme yet')));
}
