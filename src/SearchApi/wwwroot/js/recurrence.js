// The recurrence view ("/recurrence"), for board chairs: which themes come back review after
// review, and which recommendations were made again after earlier actions were marked complete.
import { el, replace, plural } from './dom.js';
import { getRecurrence, searchQuery } from './api.js';
import { emptyState, errorBox, loading, reviewCode, themeHref, unitHref } from './parts.js';

/** Five colour steps; the cell text always states the count, so colour is never the only signal. */
function heatClass(count, max) {
  if (!count) return 'heat-0';
  const step = Math.ceil((count / Math.max(max, 1)) * 4);
  return `heat-${Math.min(Math.max(step, 1), 4)}`;
}

function heatmap(data) {
  const reviews = data.reviews || [];
  const themes = [...(data.themes || [])].sort((a, b) =>
    (Number(b.recurs) - Number(a.recurs)) || (b.reviewCount - a.reviewCount) || a.label.localeCompare(b.label));
  const max = Math.max(1, ...themes.flatMap(theme => (theme.cells || []).map(cell => cell.count)));

  const head = el('tr', {},
    el('th', { scope: 'col', class: 'heatmap__corner' }, 'Theme'),
    reviews.map(review => el('th', { scope: 'col', class: 'heatmap__review', title: review.title },
      el('span', { class: 'heatmap__code' }, reviewCode(review)),
      el('span', { class: 'heatmap__year' }, review.year ? String(review.year) : ''),
      el('span', { class: 'visually-hidden' }, ` ${review.title}`))),
    el('th', { scope: 'col', class: 'num' }, 'Reviews'));

  const rows = themes.map(theme => {
    const counts = new Map((theme.cells || []).map(cell => [cell.reviewId, cell.count]));
    return el('tr', { class: ['heatmap__row', theme.recurs && 'recurs'], 'data-theme-id': theme.id },
      el('th', { scope: 'row', class: 'heatmap__theme' },
        el('a', { href: themeHref(theme.id) }, theme.label),
        theme.recurs ? el('span', { class: 'recurs-badge' }, 'Recurs') : null),
      reviews.map(review => {
        const count = counts.get(review.id) || 0;
        if (!count) {
          return el('td', { class: ['heatmap__cell', 'heat-0'] },
            el('span', { 'aria-hidden': 'true' }, '·'),
            el('span', { class: 'visually-hidden' }, `None in ${reviewCode(review)}`));
        }
        const label = `${theme.label} in ${reviewCode(review)}${review.year ? ` (${review.year})` : ''}: ${plural(count, 'unit')}`;
        return el('td', { class: ['heatmap__cell', heatClass(count, max)] },
          el('a', {
            href: `/?${searchQuery({ theme: [theme.id], review: [review.id] })}`,
            'aria-label': label, title: label, class: 'heatmap__link',
            'data-review-id': review.id, 'data-count': count,
          }, String(count)));
      }),
      el('td', { class: 'num heatmap__total' }, String(theme.reviewCount ?? 0)));
  });

  return el('div', { class: 'heatmap-wrap', role: 'region', 'aria-labelledby': 'heatmap-heading', tabindex: '0' },
    el('table', { class: 'heatmap' },
      el('caption', { class: 'visually-hidden' },
        'Themes down the side, reviews across the top in year order; each number is how many units of that review carry the theme.'),
      el('thead', {}, head),
      el('tbody', {}, rows)));
}

function legend(reviews) {
  return el('div', { class: 'heatmap-legend' },
    el('p', { class: 'heat-scale', 'aria-hidden': 'true' },
      'Fewer units ', ['heat-1', 'heat-2', 'heat-3', 'heat-4'].map(name => el('span', { class: ['heat-swatch', name] })), ' More units'),
    el('details', {},
      el('summary', {}, 'Which review is which'),
      el('dl', { class: 'review-key' }, reviews.map(review => [
        el('dt', {}, reviewCode(review)),
        el('dd', {}, `${review.title}${review.year ? ` (${review.year})` : ''}`),
      ]))));
}

function citationOf(rec, reviewName) {
  if (rec.citation) return rec.citation;
  return `${reviewName(rec.reviewId)}${rec.year ? ` (${rec.year})` : ''} · Recommendation ${rec.number ?? ''}`.trim();
}

function repeatItem(repeat, reviewsById, themesById) {
  const rec = repeat.recommendation;
  const reviewName = id => (reviewsById.get(id) ? reviewCode(reviewsById.get(id)) : String(id).toUpperCase());
  return el('li', { class: 'repeat' },
    el('h3', { class: 'repeat__title' },
      el('a', { href: unitHref(rec.id) }, citationOf(rec, reviewName))),
    el('p', { class: 'repeat__text' }, rec.text),
    el('p', { class: 'repeat__earlier-intro' }, 'Recommended before in an earlier review:'),
    el('ul', { class: 'repeat__earlier' }, (repeat.earlier || []).map(earlier => el('li', {},
      el('a', { href: unitHref(earlier.id) }, citationOf(earlier, reviewName)),
      ' ',
      el('span', { class: ['status', earlier.completed ? 'status--complete' : 'status--other'] },
        earlier.progress || earlier.status || (earlier.completed ? 'Completed' : 'Not marked complete')),
      el('span', { class: 'repeat__earlier-text' }, earlier.text)))),
    repeat.themeIds && repeat.themeIds.length
      ? el('p', { class: 'repeat__themes' }, 'Shared themes: ', repeat.themeIds.map((id, index) => [
        index ? ', ' : '', el('a', { href: themeHref(id) }, themesById.get(id) || id)]))
      : null);
}

export async function renderRecurrence(context) {
  const { main, signal, setTitle } = context;
  setTitle('Recurrence');
  const body = el('div', {}, loading('Loading recurrence…'));
  replace(main,
    el('h1', { class: 'page-title' }, 'Lessons that recur'),
    el('p', { class: 'lead' }, 'Which themes come back review after review, and which recommendations were made again ',
      'after the actions on an earlier one were marked complete.'),
    body);
  let data;
  try {
    data = await getRecurrence(signal);
  } catch (error) {
    if (error.name === 'AbortError' || !context.isCurrent()) throw error;
    replace(body, errorBox(error, 'We could not load the recurrence view'));
    return;
  }
  if (!context.isCurrent()) return;
  const reviews = data.reviews || [];
  const themes = data.themes || [];
  const repeats = data.repeats || [];
  const recurring = themes.filter(theme => theme.recurs);
  const reviewsById = new Map(reviews.map(review => [review.id, review]));
  const themesById = new Map(themes.map(theme => [theme.id, theme.label]));

  replace(body,
    el('section', { class: 'recurrence-section', 'aria-labelledby': 'heatmap-heading' },
      el('h2', { id: 'heatmap-heading' }, 'Themes across reviews'),
      recurring.length
        ? el('p', {}, el('strong', {}, `${plural(recurring.length, 'theme')} recur: `),
          recurring.map((theme, index) => [index ? ', ' : '', el('a', { href: themeHref(theme.id) }, theme.label)]),
          '. They are listed first and marked “Recurs”.')
        : null,
      el('p', { class: 'hint' }, 'Choose a number to see the units behind it.'),
      themes.length && reviews.length ? [heatmap(data), legend(reviews)] : emptyState('No themes have been found in the reviews yet')),
    el('section', { class: 'recurrence-section', 'aria-labelledby': 'repeats-heading' },
      el('h2', { id: 'repeats-heading' }, 'Recommended again after earlier actions were marked complete'),
      repeats.length
        ? el('ol', { class: 'repeats' }, repeats.map(repeat => repeatItem(repeat, reviewsById, themesById)))
        : emptyState('None found', 'No recommendation repeats an earlier one whose actions were marked complete.')));
}
