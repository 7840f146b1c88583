// The unit view ("/units/{id}"): one recommendation, action or finding in full, with its
// recommendation, that recommendation's actions, the findings that cite it, and similar units elsewhere.
import { el, replace, textBlocks } from './dom.js';
import { getUnit, getSimilar } from './api.js';
import { reviewHref } from './reviews.js';
import {
  cardList, errorBox, emptyState, kindLabel, loading, themeBadges, unitFacts, hitCard, copyActions, publishedLink,
} from './parts.js';

function section(id, heading, ...content) {
  return el('section', { class: 'unit-section', id, 'aria-labelledby': `${id}-heading` },
    el('h2', { id: `${id}-heading` }, heading), content);
}

function details(unit) {
  if (!unit.details || !unit.details.length) return null;
  return section('details', 'Details',
    el('dl', { class: 'details' }, unit.details.map(detail => [
      el('dt', {}, detail.label),
      el('dd', {}, textBlocks(detail.text)),
    ])));
}

function source(unit) {
  const review = unit.unit.review || {};
  const parts = [];
  if (review.title) parts.push(review.title);
  if (review.partnership) parts.push(review.partnership);
  if (review.year) parts.push(String(review.year));
  if (review.type) parts.push(review.type);
  const where = [unit.sourceFile && `file ${unit.sourceFile}`, linesSaid(unit.lines)].filter(Boolean).join(', ');
  const published = publishedLink(review, 'Read the review where it is published');
  return el('section', { class: 'unit-source', 'aria-labelledby': 'source-heading' },
    el('h2', { id: 'source-heading' }, 'Where this comes from'),
    el('p', {}, parts.join(' · ')),
    where ? el('p', { class: 'hint' }, `In the original document: ${where}.`) : null,
    review.id ? el('ul', { class: 'link-list' },
      published ? el('li', {}, published) : null,
      unit.document ? el('li', {}, el('a', { class: 'document-link', href: documentHref(unit), target: '_blank', rel: 'noopener' },
        `Open the original document at ${linesSaid(unit.lines) || 'its start'}`,
        el('span', { class: 'visually-hidden' }, ' (opens in a new tab)'))) : null,
      el('li', {}, el('a', { href: reviewHref(review.id) }, `${review.title || review.id.toUpperCase()}: all its recommendations and actions`)),
      el('li', {}, el('a', { href: `/?${new URLSearchParams({ review: review.id })}` }, 'Search within this review'))) : null);
}

/** "line 12" or "lines 120-131", as the API gives a unit's lines ("12", "120-131"). */
function linesSaid(lines) {
  if (!lines) return '';
  return String(lines).includes('-') ? `lines ${lines}` : `line ${lines}`;
}

/** The original file; a PDF opens at the unit's page when the API knows it. */
function documentHref(unit) {
  return unit.page ? `${unit.document}#page=${unit.page}` : unit.document;
}

function relatedUnits(unit) {
  const hit = unit.unit;
  const parts = [];
  if (unit.recommendation && unit.recommendation.id !== hit.id) {
    parts.push(section('recommendation', 'The recommendation', hitCard(unit.recommendation, { headingLevel: 3, showSnippet: false })));
  }
  const actions = (unit.actions || []).filter(action => action.id !== hit.id);
  const actionsHeading = hit.kind === 'recommendation' ? 'Actions taken on this recommendation' : 'Other actions on this recommendation';
  if (actions.length) {
    parts.push(section('actions', `${actionsHeading} (${actions.length})`, cardList(actions, { headingLevel: 3, showSnippet: false })));
  } else if (hit.kind === 'recommendation') {
    parts.push(section('actions', actionsHeading, emptyState('No actions recorded',
      'The review does not list any action against this recommendation.')));
  }
  const findings = (unit.findings || []).filter(finding => finding.id !== hit.id);
  if (findings.length) {
    parts.push(section('findings', `Findings that cite ${hit.kind === 'recommendation' ? 'it' : 'the recommendation'} (${findings.length})`,
      cardList(findings, { headingLevel: 3, showSnippet: false })));
  }
  return parts;
}

async function similar(id, signal, isCurrent) {
  const body = el('div', { class: 'similar__body' }, loading('Looking for similar recommendations, actions and findings in other reviews…'));
  const block = section('similar', 'Similar in other reviews', body);
  getSimilar(id, signal).then(result => {
    if (!isCurrent()) return;
    const hits = result.hits || [];
    replace(body, hits.length
      ? cardList(hits, { headingLevel: 3, showSnippet: false })
      : emptyState('Nothing similar found', 'No other review has a recommendation, action or finding close to this one.'));
  }).catch(error => {
    if (error.name === 'AbortError' || !isCurrent()) return;
    replace(body, errorBox(error, 'We could not look for similar recommendations, actions and findings'));
  });
  return block;
}

export async function renderUnit(context, id) {
  const { main, signal, setTitle } = context;
  setTitle('Loading');
  replace(main, loading());
  let unit;
  try {
    unit = await getUnit(id, signal);
  } catch (error) {
    if (error.name === 'AbortError' || !context.isCurrent()) throw error;
    setTitle('Not found');
    replace(main,
      el('h1', { class: 'page-title' }, error.status === 404 ? 'We could not find that recommendation, action or finding' : 'Something went wrong'),
      errorBox(error, error.status === 404 ? 'No recommendation, action or finding has this address' : 'We could not open this page'),
      el('p', {}, el('a', { href: '/' }, 'Go to the search')));
    return;
  }
  if (!context.isCurrent()) return;
  const hit = unit.unit;
  setTitle(hit.citation || `${kindLabel(hit.kind)} ${hit.number ?? ''}`);

  // Back returns to the exact results the reader came from; a unit opened from a shared link offers the search.
  const back = context.cameFromPage
    ? el('a', { href: '/', class: 'back-link', on: { click: event => { event.preventDefault(); history.back(); } } }, 'Back')
    : el('a', { href: '/', class: 'back-link' }, 'Go to the search');

  replace(main,
    el('nav', { class: 'breadcrumbs', 'aria-label': 'Back' }, back),
    el('article', { class: ['unit', `unit--${hit.kind}`], 'data-unit-id': hit.id },
      el('p', { class: 'unit__kind' }, kindLabel(hit.kind) + (hit.number ? ` ${hit.number}` : '')),
      el('h1', { class: 'page-title unit__citation' }, hit.citation || hit.id),
      unitFacts(hit),
      copyActions(hit),
      el('div', { class: 'unit__text' }, textBlocks(hit.text)),
      hit.themes && hit.themes.length
        ? el('div', { class: 'unit__themes' }, el('h2', { class: 'unit__themes-heading' }, 'Themes'), themeBadges(hit.themes))
        : null,
      details(unit)),
    relatedUnits(unit),
    await similar(hit.id, signal, context.isCurrent),
    source(unit));
}
