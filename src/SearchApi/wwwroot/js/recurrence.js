// The recurrence view ("/recurrence"), for board chairs: which themes come back review after
// review, and which recommendations were made again after earlier actions were marked complete.
import { el, replace, plural } from './dom.js';
import { getRecurrence, searchQuery } from './api.js';
import { emptyState, errorBox, loading, reviewCode, themeHref, unitCount, unitHref } from './parts.js';
import { reviewHref } from './reviews.js';
import { recurrenceChart } from './recurrence-chart.js';

// Above this many reviews a column per review cannot be read (or printed): the chart by year leads and the table is folded.
const MostReviewsAsColumns = 40;

/** Five colour steps; the cell text always states the count, so colour is never the only signal. */
function heatClass(count, max) {
  if (!count) return 'heat-0';
  const step = Math.ceil((count / Math.max(max, 1)) * 4);
  return `heat-${Math.min(Math.max(step, 1), 4)}`;
}

function heatmap(data, byShare) {
  const reviews = data.reviews || [];
  const themes = [...(data.themes || [])].sort((a, b) =>
    (Number(b.recurs) - Number(a.recurs)) || (b.reviewCount - a.reviewCount) || a.label.localeCompare(b.label));
  // By share, a long document's many units do not make its column look darker than a short one's.
  const value = cell => (byShare ? cell.share : cell.count);
  const max = Math.max(byShare ? 0.0001 : 1, ...themes.flatMap(theme => (theme.cells || []).map(value)));

  const head = el('tr', {},
    el('th', { scope: 'col', class: 'heatmap__corner' }, 'Theme'),
    reviews.map(review => el('th', { scope: 'col', class: 'heatmap__review', title: review.title },
      el('a', { class: 'heatmap__code', href: reviewHref(review.id) }, reviewCode(review)),
      el('span', { class: 'heatmap__year' }, review.year ? String(review.year) : ''),
      el('span', { class: 'visually-hidden' }, ` ${review.title}`))),
    el('th', { scope: 'col', class: 'num' }, 'Reviews'));

  const rows = themes.map(theme => {
    const cellsByReview = new Map((theme.cells || []).map(cell => [cell.reviewId, cell]));
    return el('tr', { class: ['heatmap__row', theme.recurs && 'recurs'], 'data-theme-id': theme.id },
      el('th', { scope: 'row', class: 'heatmap__theme' },
        el('a', { href: themeHref(theme.id) }, theme.label),
        theme.recurs ? el('span', { class: 'recurs-badge' }, 'Recurs') : null,
        theme.recursBecause ? el('span', { class: 'recurs-because' }, theme.recursBecause) : null),
      reviews.map(review => {
        const cell = cellsByReview.get(review.id);
        const count = cell ? cell.count : 0;
        if (!count) {
          return el('td', { class: ['heatmap__cell', 'heat-0'] },
            el('span', { 'aria-hidden': 'true' }, '·'),
            el('span', { class: 'visually-hidden' }, `None in ${reviewCode(review)}`));
        }
        const share = `${Math.round(cell.share * 100)} %`;
        // The name holds the number shown (a count or a share), so a reader using voice control can say what they see.
        const where = `${theme.label} in ${reviewCode(review)}${review.year ? ` (${review.year})` : ''}`;
        const label = byShare ? `${where}: ${share} of its recommendations, actions and findings (${count})` : `${where}: ${unitCount(count)}`;
        return el('td', { class: ['heatmap__cell', heatClass(value(cell), max)] },
          el('a', {
            href: `/?${searchQuery({ theme: [theme.id], review: [review.id] })}`,
            'aria-label': label, title: label, class: 'heatmap__link',
            'data-review-id': review.id, 'data-count': count, 'data-share': cell.share,
          }, byShare ? share : String(count)));
      }),
      el('td', { class: 'num heatmap__total' }, String(theme.reviewCount ?? 0)));
  });

  // Named apart from its section (axe: landmark-unique), so the two landmarks are told apart.
  return el('div', { class: 'heatmap-wrap', role: 'region', 'aria-label': 'Table of themes across reviews', tabindex: '0' },
    el('table', { class: 'heatmap' },
      el('caption', { class: 'visually-hidden' },
        'Themes down the side, reviews across the top in year order; each number is how many of that review’s recommendations, actions and findings carry the theme.'),
      el('thead', {}, head),
      el('tbody', {}, rows)));
}

function legend(reviews) {
  return el('div', { class: 'heatmap-legend' },
    el('p', { class: 'heat-scale', 'aria-hidden': 'true' },
      'Fewer ', ['heat-1', 'heat-2', 'heat-3', 'heat-4'].map(name => el('span', { class: ['heat-swatch', name] })), ' More recommendations, actions and findings'),
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

function repeatItem(repeat, reviewsById, themesById, onSameSubject = false) {
  const rec = repeat.recommendation;
  const reviewName = id => (reviewsById.get(id) ? reviewCode(reviewsById.get(id)) : String(id).toUpperCase());
  const earlier = repeat.earlier || [];
  const completed = earlier.filter(item => item.completed);
  const others = earlier.filter(item => !item.completed);
  const earlierItem = item => el('li', {},
    el('a', { href: unitHref(item.id) }, citationOf(item, reviewName)),
    ' ',
    el('span', { class: ['status', item.completed ? 'status--complete' : 'status--other'] },
      item.progress || item.status || (item.completed ? 'Completed' : 'Not marked complete')),
    item.why
      ? el('span', { class: 'repeat__why' }, ` Why paired: ${item.why}`)
      : item.similarity != null
        ? el('span', { class: 'repeat__similarity' }, ` Close in meaning: ${Math.round(item.similarity * 100)} %.`)
        : null,
    el('span', { class: 'repeat__earlier-text' }, item.text));
  return el('li', { class: 'repeat' },
    el('h3', { class: 'repeat__title' },
      el('a', { href: unitHref(rec.id) }, citationOf(rec, reviewName))),
    el('p', { class: 'repeat__text' }, rec.text),
    onSameSubject
      ? [el('p', { class: 'repeat__earlier-intro' }, 'Earlier recommendations on the same subject (a different change):'),
        el('ul', { class: 'repeat__earlier' }, earlier.map(earlierItem))]
      : null,
    !onSameSubject && completed.length
      ? [el('p', { class: 'repeat__earlier-intro' }, 'Recommended before, with its actions marked complete:'),
        el('ul', { class: 'repeat__earlier' }, completed.map(earlierItem))]
      : null,
    !onSameSubject && others.length
      ? el('details', { class: 'repeat__others' },
        el('summary', {}, `${plural(others.length, 'earlier recommendation')} on the same themes not marked complete`),
        el('ul', { class: 'repeat__earlier' }, others.map(earlierItem)))
      : null,
    repeat.themeIds && repeat.themeIds.length
      ? el('p', { class: 'repeat__themes' }, 'Shared themes: ', repeat.themeIds.map((id, index) => [
        index ? ', ' : '', el('a', { href: themeHref(id) }, themesById.get(id) || id)]))
      : null);
}

/** Later recommendations on the same subject as earlier ones but asking for a different change: folded, and said not to be repeats. */
function sameSubject(data, reviewsById, themesById) {
  const items = data.sameSubject || [];
  if (!items.length) return null;
  const total = data.sameSubjectTotal || items.length;
  return el('section', { class: 'recurrence-section same-subject', 'aria-labelledby': 'same-subject-heading' },
    el('h2', { id: 'same-subject-heading' }, 'Related recommendations on the same subject'),
    el('p', { class: 'hint' }, data.sameSubjectSaid || ''),
    el('details', { class: 'same-subject__list' },
      el('summary', {}, total > items.length
        ? `The first ${items.length} of ${plural(total, 'later recommendation')} on the same subject as earlier ones`
        : `${plural(total, 'later recommendation')} on the same subject as earlier ones`),
      el('ol', { class: 'repeats' }, items.map(item => repeatItem(item, reviewsById, themesById, true)))));
}

/** The sentences a chair can quote, one per recurring theme, from the same facts as the table. */
function summary(data, recurring) {
  if (!(data.themes || []).length) return null;
  return el('section', { class: 'recurrence-summary', 'aria-labelledby': 'summary-heading' },
    el('h2', { id: 'summary-heading' }, 'In brief'),
    el('p', {}, el('strong', {}, `${recurring.length} of ${plural(data.themes.length, 'theme')} recur`),
      ` in ${plural((data.reviews || []).length, 'review')}. `, data.rule || ''),
    el('ul', { class: 'recurrence-summary__list' },
      recurring.slice(0, 8).map(theme => el('li', { 'data-theme-id': theme.id }, theme.summary))));
}

/** Filters a chair can set; the form reloads this page with them in its address, so a view can be shared and printed. */
function filterForm(data, params) {
  const choices = data.choices || {};
  // A label tied by for/id, not wrapped round the list: a wrapping label's name takes in the chosen option's words too.
  const select = (name, label, options, text = option => option, valueOf = option => option) =>
    el('div', { class: 'recurrence-filter' },
      el('label', { for: `filter-${name}` }, label),
      el('select', { name, id: `filter-${name}` }, el('option', { value: '' }, 'Any'),
        (options || []).map(option => el('option', { value: String(valueOf(option)), selected: params.get(name) === String(valueOf(option)) || null }, text(option)))));
  return el('form', { class: 'recurrence-filters', method: 'get', action: '/recurrence', 'aria-label': 'Filter the recurrence view' },
    select('theme', 'Theme', choices.themes, theme => theme.label, theme => theme.id),
    select('agency', 'Agency', choices.agencies),
    select('partnership', 'Partnership', choices.partnerships),
    select('type', 'Review type', choices.types),
    select('yearFrom', 'From', choices.years),
    select('yearTo', 'To', choices.years),
    el('button', { type: 'submit', class: 'button' }, 'Show'),
    params.toString() ? el('a', { href: '/recurrence', class: 'recurrence-filters__clear' }, 'Clear filters') : null);
}

export async function renderRecurrence(context) {
  const { main, signal, setTitle } = context;
  const params = new URLSearchParams([...(context.params || new URLSearchParams())]
    .filter(([name, value]) => value && ['theme', 'agency', 'partnership', 'type', 'yearFrom', 'yearTo'].includes(name)));
  const filters = params.toString();
  setTitle('Recurrence');
  const body = el('div', {}, loading('Loading recurrence…'));
  replace(main,
    el('h1', { class: 'page-title' }, 'Lessons that recur'),
    el('p', { class: 'lead' }, 'Which themes come back review after review, and which recommendations were made again ',
      'after the actions on an earlier one were marked complete.'),
    body);
  let data;
  try {
    data = await getRecurrence(signal, 0, filters);
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
  const completedFirst = repeat => (repeat.earlier || []).some(item => item.completed);
  const afterTotal = data.repeatsAfterCompletion;
  const total = data.repeatsTotal;
  const otherTotal = total - afterTotal;

  // The API sends the repeated recommendations a page at a time, those after completed actions first.
  const afterList = el('ol', { class: 'repeats' });
  const otherList = el('ol', { class: 'repeats' });
  let loaded = 0;
  const add = page => {
    for (const repeat of page) {
      (completedFirst(repeat) ? afterList : otherList).append(repeatItem(repeat, reviewsById, themesById));
    }
    loaded += page.length;
  };
  add(repeats);
  const otherDetails = el('details', { class: 'repeats-other' },
    el('summary', {}, `${plural(otherTotal, 'more recommendation')} repeat earlier ones that were not marked complete`),
    otherList);
  const more = el('p', { class: 'repeats-more' });
  const showMore = () => {
    if (loaded >= total) {
      replace(more);
      return;
    }
    const button = el('button', { type: 'button', class: 'button button--secondary' },
      `Show more recommendations (${loaded.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} shown)`);
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = 'Loading…';
      try {
        const next = await getRecurrence(signal, loaded, filters);
        if (!context.isCurrent()) return;
        add(next.repeats || []);
        // Past the repeats after completed actions, the new ones go to the folded list: unfold it so they can be seen.
        if (loaded > afterTotal) otherDetails.open = true;
        showMore();
        more.querySelector('button')?.focus();
      } catch (error) {
        if (error.name === 'AbortError' || !context.isCurrent()) return;
        replace(more, errorBox(error, 'We could not load more recommendations'));
      }
    });
    replace(more, button);
  };
  showMore();

  const table = el('div', {}, themes.length && reviews.length ? heatmap(data, false) : null);
  const byShare = el('input', { type: 'checkbox', id: 'by-share' });
  byShare.addEventListener('change', () => replace(table, heatmap(data, byShare.checked)));
  replace(body,
    filterForm(data, params),
    summary(data, recurring),
    el('section', { class: 'recurrence-section', 'aria-labelledby': 'heatmap-heading' },
      el('h2', { id: 'heatmap-heading' }, 'Themes across reviews'),
      el('p', { class: 'hint' }, 'Choose a number to see the recommendations, actions and findings behind it. ',
        el('a', { href: `/api/recurrence/export${filters ? `?${filters}` : ''}`, class: 'recurrence-csv', download: 'recurrence.csv' }, 'Download this view as CSV')),
      themes.length && reviews.length
        ? [el('p', { class: 'recurrence-toggle' }, byShare, el('label', { for: 'by-share' }, ' Show each number as a share of the review’s recommendations, actions and findings')),
          reviews.length > MostReviewsAsColumns
            ? el('details', { class: 'recurrence-wide' }, el('summary', {}, `A column for each of the ${reviews.length} reviews`), table, legend(reviews))
            : [table, legend(reviews)]]
        : emptyState('No themes in this view', 'No review in view raises a theme: try fewer filters.')),
    themes.length && reviews.length ? recurrenceChart(data) : null,
    el('section', { class: 'recurrence-section', 'aria-labelledby': 'repeats-heading' },
      el('h2', { id: 'repeats-heading' }, 'Recommended again after earlier actions were marked complete'),
      data.pairedBy ? el('p', { class: 'hint repeats-rule' }, data.pairedBy) : null,
      afterTotal
        ? [el('p', {}, `${plural(afterTotal, 'recommendation')} of later reviews ask again for what an earlier review `,
          'recommended on the same themes, after the actions on that earlier recommendation were marked complete.'),
        afterList]
        : emptyState('None found', 'No recommendation repeats an earlier one whose actions were marked complete.'),
      otherTotal > 0 ? otherDetails : null,
      more),
    sameSubject(data, reviewsById, themesById));
}
