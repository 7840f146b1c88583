// The search view ("/"): the box, example questions, result cards, facets, paging and export.
import { el, replace, plural } from './dom.js';
import {
  readSearch, searchQuery, hasCriteria, searchUnits, exportUrl, getReviews, PAGE_SIZE,
} from './api.js';
import { cardList, errorBox, emptyState, loading, notice, unitCount } from './parts.js';
import { facetPanel, activeFilters } from './facets.js';
import { reviewHref } from './reviews.js';

export const EXAMPLES = [
  'children not brought to appointments',
  'hidden men',
  'supervision',
  'information sharing at discharge',
];

// Labels for ids seen in earlier responses, so filter chips read "Theme: Was Not Brought", not an id.
const labels = { theme: new Map(), review: new Map() };
const names = {
  theme: id => labels.theme.get(id) || id,
  review: id => labels.review.get(id) || id.toUpperCase(),
};

/** The last few search answers by query string, so Back and Forward redraw without waiting. */
const recent = new Map();

function remember(result) {
  for (const item of result.facets?.themes || []) labels.theme.set(String(item.value), item.label);
  for (const item of result.facets?.reviews || []) labels.review.set(String(item.value), item.label);
  for (const hit of result.hits || []) {
    for (const theme of hit.themes || []) labels.theme.set(theme.id, theme.label);
    if (hit.review) labels.review.set(hit.review.id, hit.review.title);
  }
}

function searchForm(search, navigate) {
  const input = el('input', {
    type: 'search', id: 'q', name: 'q', value: search.q,
    autocomplete: 'off', spellcheck: 'true', 'aria-describedby': 'q-hint',
  });
  const form = el('form', { class: 'search-form', role: 'search', action: '/', method: 'get' },
    el('label', { for: 'q', class: 'search-form__label' }, 'Search recommendations, actions and findings'),
    el('p', { id: 'q-hint', class: 'hint' },
      'Use everyday words. Put "quotes" round an exact phrase.'),
    el('div', { class: 'search-form__row' },
      input,
      el('button', { type: 'submit', class: 'button' }, 'Search')),
    el('div', { class: 'examples' },
      el('p', { class: 'examples__intro', id: 'examples-intro' }, 'Or try:'),
      el('ul', { class: 'examples__list', 'aria-labelledby': 'examples-intro' },
        EXAMPLES.map(example => el('li', {},
          el('a', { href: `/?${new URLSearchParams({ q: example })}` }, example))))));
  form.addEventListener('submit', event => {
    event.preventDefault();
    // A new question keeps the filters in force but starts again at page 1.
    const current = readSearch(new URLSearchParams(location.search));
    const query = searchQuery({ ...current, q: input.value.trim(), page: 1 });
    navigate(query ? `/?${query}` : '/');
  });
  return form;
}

async function introduction(signal) {
  const section = el('section', { class: 'intro', 'aria-labelledby': 'intro-heading' },
    el('h2', { id: 'intro-heading' }, 'What you can search'),
    el('p', {}, 'LearningSearch holds the recommendations of published child safeguarding reviews, ',
      'the actions agencies took on them, and the findings that explain them. ',
      'Every result shows where it comes from, so you can cite it.'),
    el('p', {}, 'To see which lessons come back review after review, open ',
      el('a', { href: '/recurrence' }, 'Recurrence'), '. To browse by topic, open ',
      el('a', { href: '/themes' }, 'Themes'), '.'));
  try {
    const reviews = await getReviews(signal);
    if (reviews.length) {
      section.append(el('h3', {}, `The ${plural(reviews.length, 'review')} searched`),
        el('ul', { class: 'review-list' }, reviews.map(review => el('li', {},
          el('a', { href: reviewHref(review.id) }, review.title),
          ` — ${[review.partnership, review.year].filter(Boolean).join(', ')} (${unitCount(review.units)})`))));
    }
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    // The list of reviews is a courtesy; the search still works without it.
  }
  return section;
}

function countLine(result, search) {
  const total = result.total ?? 0;
  const first = (result.page - 1) * result.pageSize + 1;
  const last = Math.min(total, first + (result.hits?.length ?? 0) - 1);
  const what = search.q.trim() ? ` for “${search.q.trim()}”` : '';
  const text = total <= result.pageSize && result.page === 1
    ? `${plural(total, 'result')}${what}`
    : `Showing ${first.toLocaleString('en-GB')} to ${last.toLocaleString('en-GB')} of ${plural(total, 'result')}${what}`;
  return el('p', { id: 'result-count', class: 'result-count', role: 'status', 'data-total': total, tabindex: '-1' }, text);
}

function pageLink(search, page, text, label, current = false) {
  const query = searchQuery({ ...search, page });
  return el('a', {
    href: query ? `/?${query}` : '/',
    class: ['pager__link', current && 'is-current'],
    'aria-label': label,
    'aria-current': current ? 'page' : false,
    'data-focus-key': `page:${text}`,
  }, text);
}

function pager(result, search) {
  const pages = Math.ceil((result.total ?? 0) / result.pageSize);
  if (pages <= 1) return null;
  const page = result.page;
  const numbers = new Set([1, pages]);
  for (let n = page - 2; n <= page + 2; n += 1) if (n >= 1 && n <= pages) numbers.add(n);
  const items = [];
  if (page > 1) items.push(el('li', {}, pageLink(search, page - 1, 'Previous', `Previous page (page ${page - 1})`)));
  let last = 0;
  for (const n of [...numbers].sort((a, b) => a - b)) {
    if (n - last > 1) items.push(el('li', { class: 'pager__gap', 'aria-hidden': 'true' }, '…'));
    items.push(el('li', {}, pageLink(search, n, String(n), `Page ${n}`, n === page)));
    last = n;
  }
  if (page < pages) items.push(el('li', {}, pageLink(search, page + 1, 'Next', `Next page (page ${page + 1})`)));
  return el('nav', { class: 'pager', 'aria-label': 'Result pages' }, el('ul', {}, items));
}

function howWeSearched(result) {
  const all = result.expansions || [];
  const expansions = all.filter((x) => x.kind === 'theme');
  const byMeaning = all.filter((x) => x.kind === 'meaning');
  const sayings = all.filter((x) => x.kind === 'vocabulary');
  const common = result.commonWords || [];
  const meaning = result.meaning && result.meaning.state !== 'exact' ? result.meaning : null;
  if (all.length === 0 && common.length === 0 && !meaning) return null;
  const parts = [el('summary', {}, 'How we searched')];
  if (meaning) parts.push(el('p', { class: ['how-searched__meaning', `how-searched__meaning--${meaning.state}`] }, meaning.says));
  if (sayings.length) {
    parts.push(
      el('p', {}, 'Reviews often say the same thing in other words, so we also searched for:'),
      el('ul', { class: 'how-searched__list how-searched__also' },
        ...sayings.map((x) => el('li', {},
          '\u201C' + x.matched + '\u201D: also searched ',
          x.phrases.map((p) => '\u201C' + p + '\u201D').join(', '),
          x.label === 'abbreviation' ? ' (the abbreviation and its words)' : '', '.'))));
  }
  if (expansions.length) {
    parts.push(
      el('p', {}, 'Your words name a theme, so results tagged with that theme are included as well as results with your words:'),
      el('ul', { class: 'how-searched__list' },
        ...expansions.map((x) => el('li', {},
          '\u201C' + x.matched + '\u201D is about ', el('strong', {}, x.label),
          '. A result is tagged with it when it says, for example: ',
          x.phrases.map((p) => '\u201C' + p + '\u201D').join(', '), '.'))));
  }
  if (byMeaning.length) {
    parts.push(el('p', { class: 'how-searched__themes-by-meaning' },
      'Your question is about ', byMeaning.map((x) => x.label).join(', '),
      ' in other words, so results tagged with ', byMeaning.length === 1 ? 'that theme' : 'those themes', ' are included too.'));
  }
  if (common.length) {
    const words = common.map((w) => '\u201C' + w + '\u201D').join(', ');
    parts.push(el('p', {}, `${words} ${common.length === 1 ? 'appears' : 'appear'} in so many results that ${common.length === 1 ? 'it was' : 'they were'} used to put the results in order, not to find them.`));
  }
  return el('details', { class: 'how-searched' }, ...parts);
}

/** "Did you mean ...?" as a link, or the line saying the question was searched as the reviews spell it. */
function spelling(result, search) {
  const said = result.spelling;
  if (!said) return null;
  if (said.applied) return el('p', { class: 'spelling spelling--applied', role: 'status' }, said.says);
  const query = searchQuery({ ...search, q: said.suggested, page: 1 });
  return el('p', { class: 'spelling' }, 'Did you mean ',
    el('a', { href: `/?${query}`, 'data-focus-key': 'spelling' }, `\u201C${said.suggested}\u201D`), '?');
}

function results(result, search, navigate) {
  const hits = result.hits || [];
  const list = [];
  const spelled = spelling(result, search);
  if (spelled) list.push(spelled);
  if (result.notice) list.push(notice(result.notice));
  const filters = activeFilters(search, names);
  const bar = el('div', { class: 'results-bar' },
    countLine(result, search),
    result.total > 0
      ? el('a', { class: 'button button--secondary export-link', href: exportUrl(search), download: 'learningsearch.csv' },
        'Export CSV', el('span', { class: 'visually-hidden' }, ' (all results of this search, for a spreadsheet)'))
      : null);
  list.push(bar, filters, howWeSearched(result));
  if (!hits.length) {
    list.push(emptyState('No recommendations, actions or findings match',
      'Try fewer or different words, or remove a filter.',
      'Words like "and", "the" and "of" are ignored; "not", "no" and "never" are kept.'));
  } else {
    list.push(cardList(hits, { headingLevel: 3, showFoundBy: result.meaning?.state === 'used' }), pager(result, search));
  }
  return el('div', { class: 'results-layout' },
    facetPanel(result, search, navigate, names),
    el('section', { class: 'results', 'aria-labelledby': 'results-heading' },
      el('h2', { id: 'results-heading', class: 'visually-hidden' }, 'Results'), list));
}

/** Puts focus back on the control with the same data-focus-key after the results are redrawn. */
function restoreFocus(container, key) {
  if (!key) return false;
  const target = [...container.querySelectorAll('[data-focus-key]')].find(node => node.dataset.focusKey === key);
  if (target) target.focus({ preventScroll: true });
  return Boolean(target);
}

export async function renderSearch(context) {
  const { main, params, signal, sameView, navigate, setTitle } = context;
  const search = readSearch(params);
  setTitle(search.q.trim() ? `“${search.q.trim()}” – Search` : (hasCriteria(search) ? 'Search' : ''));

  let area = main.querySelector('#search-results');
  const previousPage = area?.dataset.page;
  if (!sameView || !area) {
    area = el('div', { id: 'search-results', class: 'search-results' });
    replace(main,
      el('h1', { class: 'page-title' }, 'Search safeguarding review learning'),
      searchForm(search, navigate),
      area);
  } else {
    const input = main.querySelector('#q');
    if (input && document.activeElement !== input) input.value = search.q;
  }

  if (!hasCriteria(search)) {
    replace(area, loading());
    const intro = await introduction(signal);
    if (context.isCurrent()) replace(area, intro);
    return;
  }

  // Paging moves the reader to the top of the new page; other redraws keep focus where it was.
  const activeKey = document.activeElement?.dataset?.focusKey;
  const focusKey = activeKey && !activeKey.startsWith('page:') ? activeKey : null;
  if (recent.has(searchQuery(search))) {
    // Drawn at once below; no loading state to show.
  } else if (area.firstChild && !area.querySelector('.loading')) {
    area.classList.add('is-loading');
    area.setAttribute('aria-busy', 'true');
  } else {
    replace(area, loading('Searching…'));
  }
  try {
    // A remembered answer is drawn before the first await, so Back from a unit page lands on
    // the same results at the same scroll position instead of a loading message.
    const key = searchQuery(search);
    const result = recent.get(key) || await searchUnits(search, signal);
    if (!context.isCurrent()) return;
    remember(result);
    recent.delete(key);
    recent.set(key, result);
    if (recent.size > 20) recent.delete(recent.keys().next().value);
    result.page = result.page || search.page;
    result.pageSize = result.pageSize || PAGE_SIZE;
    replace(area, results(result, search, navigate));
  } catch (error) {
    if (error.name === 'AbortError' || !context.isCurrent()) return;
    replace(area, errorBox(error, 'We could not run that search'));
  } finally {
    if (context.isCurrent()) {
      area.classList.remove('is-loading');
      area.removeAttribute('aria-busy');
    }
  }
  area.dataset.page = String(search.page);
  if (sameView && context.moved && !restoreFocus(area, focusKey)) {
    // Paging or a new search: start the reader at the top of the new results.
    const count = area.querySelector('#result-count') || area.querySelector('[role="alert"]');
    if (count) {
      if (!count.hasAttribute('tabindex')) count.setAttribute('tabindex', '-1');
      count.focus({ preventScroll: true });
      if (previousPage !== String(search.page)) area.scrollIntoView({ block: 'start' });
    }
  }
}
