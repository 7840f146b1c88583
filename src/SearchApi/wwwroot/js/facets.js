// The "Narrow your results" panel and the list of filters in force. Every choice is a URL,
// so narrowing works with the keyboard, the Back button and copied links alike.
import { el, uniqueId } from './dom.js';
import { searchQuery } from './api.js';
import { kindLabel } from './parts.js';

const VISIBLE_VALUES = 8;

function href(search) {
  const query = searchQuery({ ...search, page: 1 });
  return query ? `/?${query}` : '/';
}

function toggled(list, value) {
  return list.includes(value) ? list.filter(item => item !== value) : [...list, value];
}

function count(value) {
  return el('span', { class: 'facet__count' }, `(${Number(value).toLocaleString('en-GB')})`);
}

/** Keeps selected values visible even when the API's facet list leaves them out. */
function withSelected(values, selected, labelFor) {
  const list = [...(values || [])];
  for (const value of selected) {
    if (!list.some(item => String(item.value) === String(value))) {
      list.unshift({ value, label: labelFor(value), count: 0 });
    }
  }
  return list;
}

/** Says how many values the API left out of a long facet (a broad search over thousands of reviews). */
function notListedNote(notListed, groupName) {
  if (!notListed) return null;
  return el('p', { class: 'facet__not-listed' },
    `${Number(notListed).toLocaleString('en-GB')} more ${groupName} with fewer results are not listed. Narrow the search to see them.`);
}

function splitLongList(items, groupName, notListed) {
  const note = notListedNote(notListed, groupName);
  if (items.length <= VISIBLE_VALUES + 2) return [el('ul', { class: 'facet__values' }, items), note];
  return [
    el('ul', { class: 'facet__values' }, items.slice(0, VISIBLE_VALUES)),
    el('details', { class: 'facet__more' },
      el('summary', {}, `Show ${items.length - VISIBLE_VALUES} more ${groupName}`),
      el('ul', { class: 'facet__values' }, items.slice(VISIBLE_VALUES)),
      note),
  ];
}

/** A group of checkboxes for a repeatable parameter (theme, review). */
function checkboxGroup(legend, key, values, search, navigate, groupName, notListed) {
  const items = values.map(item => {
    const value = String(item.value);
    const id = uniqueId(`facet-${key}`);
    const checked = search[key].includes(value);
    const input = el('input', {
      type: 'checkbox', id, value, checked,
      class: 'facet__checkbox',
      'data-focus-key': `${key}:${value}`,
      on: { change: () => navigate(href({ ...search, [key]: toggled(search[key], value) })) },
    });
    return el('li', { class: ['facet__value', checked && 'is-selected'] },
      input, el('label', { for: id }, item.label || value, ' ', count(item.count)));
  });
  return el('fieldset', { class: 'facet', 'data-facet': key },
    el('legend', { class: 'facet__legend' }, legend), splitLongList(items, groupName, notListed));
}

/** A list of links for a single-valued parameter (kind, agency, year): choosing one replaces the last. */
function linkGroup(legend, key, values, search, selectedValue, hrefFor, groupName, notListed) {
  const items = values.map(item => {
    const value = String(item.value);
    const selected = selectedValue === value;
    return el('li', { class: ['facet__value', selected && 'is-selected'] },
      el('a', {
        href: hrefFor(selected ? '' : value),
        class: 'facet__link',
        'data-focus-key': `${key}:${value}`,
        'aria-current': selected ? 'true' : false,
      },
      el('span', { class: 'facet__tick', 'aria-hidden': 'true' }, selected ? '✓' : ''),
      item.label || value, ' ', count(item.count),
      selected ? el('span', { class: 'visually-hidden' }, ' (selected: choose again to remove)') : null));
  });
  return el('div', { class: 'facet', role: 'group', 'aria-labelledby': `${key}-legend`, 'data-facet': key },
    el('h3', { class: 'facet__legend', id: `${key}-legend` }, legend), splitLongList(items, groupName, notListed));
}

/** Builds the facet panel from the search response. */
export function facetPanel(result, search, navigate, names) {
  const facets = result.facets || {};
  const notListed = facets.notListed || {};
  const groups = [];
  const themes = withSelected(facets.themes, search.theme, value => names.theme(value));
  if (themes.length) groups.push(checkboxGroup('Theme', 'theme', themes, search, navigate, 'themes', notListed.themes));
  const reviews = withSelected(facets.reviews, search.review, value => names.review(value));
  if (reviews.length) groups.push(checkboxGroup('Review', 'review', reviews, search, navigate, 'reviews', notListed.reviews));

  const kinds = withSelected(facets.kinds, search.kind ? [search.kind] : [], value => kindLabel(value))
    .map(item => ({ ...item, label: item.label && item.label !== item.value ? item.label : kindLabel(item.value) }));
  if (kinds.length) {
    groups.push(linkGroup('Kind', 'kind', kinds, search, search.kind, value => href({ ...search, kind: value }), 'kinds', notListed.kinds));
  }
  const agencies = withSelected(facets.agencies, search.agency ? [search.agency] : [], value => value);
  if (agencies.length) {
    groups.push(linkGroup('Agency', 'agency', agencies, search, search.agency,
      value => href({ ...search, agency: value }), 'agencies', notListed.agencies));
  }
  const singleYear = search.yearFrom && search.yearFrom === search.yearTo ? search.yearFrom : '';
  const years = withSelected(facets.years, singleYear ? [singleYear] : [], value => value)
    .sort((a, b) => String(a.value).localeCompare(String(b.value)));
  if (years.length) {
    groups.push(linkGroup('Year', 'year', years, search, singleYear,
      value => href({ ...search, yearFrom: value, yearTo: value }), 'years', notListed.years));
  }
  if (!groups.length) return null;
  // On a phone the panel starts folded so the results are not pushed below a long list of filters.
  const narrow = window.matchMedia('(max-width: 48rem)').matches;
  const anySelected = search.theme.length || search.review.length || search.kind || search.agency || search.yearFrom;
  return el('aside', { class: 'facets', 'aria-labelledby': 'facets-heading' },
    el('details', { class: 'facets__fold', open: !narrow || Boolean(anySelected) },
      el('summary', { class: 'facets__summary' },
        el('h2', { id: 'facets-heading', class: 'facets__heading' }, 'Narrow your results')),
      groups));
}

/** The filters in force, each with a link that removes it. */
export function activeFilters(search, names) {
  const chips = [];
  const chip = (label, without) => chips.push(el('li', {},
    el('a', { class: 'filter-chip', href: href(without), 'data-focus-key': `remove:${label}` },
      label, el('span', { 'aria-hidden': 'true', class: 'filter-chip__x' }, ' ×'),
      el('span', { class: 'visually-hidden' }, ' (remove this filter)'))));

  for (const id of search.theme) chip(`Theme: ${names.theme(id)}`, { ...search, theme: search.theme.filter(t => t !== id) });
  for (const id of search.review) chip(`Review: ${names.review(id)}`, { ...search, review: search.review.filter(r => r !== id) });
  if (search.kind) chip(`Kind: ${kindLabel(search.kind)}`, { ...search, kind: '' });
  if (search.agency) chip(`Agency: ${search.agency}`, { ...search, agency: '' });
  if (search.status) chip(`Status: ${search.status}`, { ...search, status: '' });
  if (search.yearFrom || search.yearTo) {
    const label = search.yearFrom === search.yearTo
      ? `Year: ${search.yearFrom}`
      : `Years: ${search.yearFrom || 'any'} to ${search.yearTo || 'now'}`;
    chip(label, { ...search, yearFrom: '', yearTo: '' });
  }
  if (!chips.length) return null;
  const clearAll = { q: search.q, theme: [], review: [], kind: '', agency: '', status: '', yearFrom: '', yearTo: '', page: 1 };
  return el('div', { class: 'active-filters' },
    el('h3', { class: 'visually-hidden' }, 'Filters in use'),
    el('ul', { class: 'active-filters__list' }, chips),
    chips.length > 1 ? el('a', { class: 'active-filters__clear', href: href(clearAll) }, 'Clear all filters') : null);
}
