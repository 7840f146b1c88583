// Pieces shared by every view: result cards, theme badges, and the loading, empty and error messages.
import { el, plural, setSnippet, textBlocks, uniqueId } from './dom.js';
import { unitPath } from './api.js';
import { copyButton, unitAddress } from './copy.js';

const KIND_LABELS = { recommendation: 'Recommendation', action: 'Action', finding: 'Finding' };

export function kindLabel(kind) {
  return KIND_LABELS[kind] || (kind ? kind[0].toUpperCase() + kind.slice(1) : 'Item');
}

/** A count in the users' words ("1 recommendation, action or finding"): "unit" is the code's word, not theirs. */
export function unitCount(count) {
  return plural(count, 'recommendation, action or finding', 'recommendations, actions and findings');
}

export function unitHref(id) {
  return `/units/${unitPath(id)}`;
}

export function themeHref(id) {
  return `/themes/${encodeURIComponent(id)}`;
}

/**
 * A review's short name ("ADS14", "Children of Family Y", "CQC Derby 2015") for table heads and
 * timelines, where a full title will not fit. The full title always sits beside it for readers.
 */
export function reviewCode(review) {
  const id = String(review.id || '');
  if (review.name && review.name.length <= 14) return review.name;
  if (/^[a-z]+\d+$/i.test(id)) return id.toUpperCase();
  const beforeColon = String(review.title || review.name || '').split(':')[0].trim();
  if (beforeColon && beforeColon.length <= 22) return beforeColon;
  return id.split('-').map(part => (part.length <= 3 ? part.toUpperCase() : part[0].toUpperCase() + part.slice(1))).join(' ');
}

/** Status words as the reviews print them, mapped to a colour family (text always says the status too). */
export function statusClass(status) {
  const s = String(status || '').toLowerCase();
  if (/complete|green|confirmed|closed|done|achieved/.test(s)) return 'status--complete';
  if (/amber|on.?track|progress|ongoing|on-going|partial/.test(s)) return 'status--progress';
  if (/red|limited|no progress|not started|overdue/.test(s)) return 'status--stalled';
  return 'status--other';
}

export function loading(text = 'Loading…') {
  return el('p', { class: 'loading', role: 'status' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/** A clear message box for a failed request; detail is the API's problem+json "detail". */
export function errorBox(error, heading = 'Something went wrong') {
  const detail = error && error.detail ? error.detail : String(error && error.message ? error.message : error);
  return el('div', { class: 'message message--error', role: 'alert' },
    el('h2', { class: 'message__title' }, heading),
    el('p', { class: 'message__detail' }, detail));
}

/**
 * Wraps a wide table so that on a phone it scrolls inside its own box, not the whole page.
 * The box is focusable so keyboard users can scroll it too.
 */
export function scrollBox(table, label) {
  return el('div', { class: 'table-wrap', role: 'region', 'aria-label': label, tabindex: '0' }, table);
}

export function notice(text) {
  return el('div', { class: 'message message--notice', role: 'note' }, el('p', {}, text));
}

export function emptyState(heading, ...advice) {
  return el('div', { class: 'message message--empty' },
    el('h2', { class: 'message__title' }, heading), advice.map(line => el('p', {}, line)));
}

/**
 * A theme badge. Its evidence (the words that made the tagger give the theme) shows in the
 * title tooltip for mouse users, and in a panel that opens on focus, hover or press so
 * keyboard and screen-reader users get it too.
 */
export function themeBadge(theme) {
  const evidence = (theme.evidence || []).filter(Boolean);
  const panelId = uniqueId('evidence');
  const wordsId = `${panelId}-words`;
  const examples = theme.examples || [];
  const evidenceText = theme.taggedBy === 'model'
    ? `Tagged because it is close in meaning to recommendations, actions and findings a reader labelled ${theme.label}`
      + (examples.length ? `, such as: ${examples.map(e => `“${shorten(e.text, 90)}” (${e.unitId})`).join('; ')}` : '')
      + (theme.probability != null ? ` (model's confidence ${Math.round(theme.probability * 100)} %)` : '')
    : evidence.length
      ? `Evidence: ${evidence.map(word => `“${word}”`).join(', ')}`
      : 'Evidence: tagged from the text as a whole';
  const button = el('button', {
    type: 'button',
    class: ['theme-badge', theme.taggedBy === 'model' && 'theme-badge--model'],
    title: evidenceText,
    'aria-expanded': 'false',
    'aria-controls': panelId,
    'aria-describedby': wordsId,
    'data-theme-id': theme.id,
  }, theme.label);
  const panel = el('span', { class: 'theme-evidence', id: panelId },
    el('span', { class: 'theme-evidence__words', id: wordsId }, evidenceText),
    el('a', { class: 'theme-evidence__link', href: themeHref(theme.id) }, `About ${theme.label}`));
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
  });
  const tag = el('span', { class: 'theme-tag' }, button, panel);
  // Escape hides the evidence without moving focus (WCAG 1.4.13); it comes back on the next focus.
  tag.addEventListener('keydown', event => {
    if (event.key !== 'Escape') return;
    button.setAttribute('aria-expanded', 'false');
    tag.classList.add('is-dismissed');
  });
  tag.addEventListener('focusout', event => {
    if (!tag.contains(event.relatedTarget)) tag.classList.remove('is-dismissed');
  });
  tag.addEventListener('mouseleave', () => tag.classList.remove('is-dismissed'));
  return tag;
}

export function themeBadges(themes) {
  if (!themes || !themes.length) return null;
  return el('ul', { class: 'theme-list', 'aria-label': 'Themes' },
    themes.map(theme => el('li', {}, themeBadge(theme))));
}

/** Kind, agency, status and dates of a unit as a compact list. */
export function unitFacts(hit) {
  const facts = [
    el('li', { class: ['kind', `kind--${hit.kind}`] }, kindLabel(hit.kind)),
  ];
  if (hit.agency) facts.push(el('li', {}, el('span', { class: 'visually-hidden' }, 'Agency: '), hit.agency));
  if (hit.status) {
    facts.push(el('li', { class: ['status', statusClass(hit.status)] },
      el('span', { class: 'visually-hidden' }, 'Status: '), hit.status));
  }
  for (const date of hit.dates || []) facts.push(el('li', { class: 'date' }, date));
  return el('ul', { class: 'facts', 'aria-label': `About this ${kindLabel(hit.kind).toLowerCase()}` }, facts);
}

/**
 * A search result or related unit as a card. headingLevel keeps the outline right on each
 * view (h2 under a search's h1, h3 under a unit page's section headings).
 */
const foundByWords = {
  words: 'Found by its words',
  meaning: 'Found by its meaning: it says this in other words',
  both: 'Found by its words and its meaning',
};

/** Copy link and copy citation for one unit, on its card and its page. */
export function copyActions(hit) {
  return el('div', { class: 'copy-actions' },
    copyButton('Copy link', 'Link copied', () => unitAddress(unitHref(hit.id)), { className: 'copy__button--link', of: hit.citation || hit.id }),
    copyButton('Copy citation', 'Citation copied', () => citationText(hit), { className: 'copy__button--citation', of: hit.citation || hit.id }));
}

/** The citation as a trainer pastes it: the citation, then the page's address (and the published review's, when known). */
export function citationText(hit) {
  return [hit.citation || hit.id, unitAddress(unitHref(hit.id)), hit.review && hit.review.publishedAddress]
    .filter(Boolean).join(' · ');
}

/** A link to where the review is published on the web, when the manifest says. */
export function publishedLink(review, text = 'The published review') {
  if (!review || !review.publishedAddress) return null;
  return el('a', { class: 'published-link', href: review.publishedAddress, rel: 'noopener noreferrer', target: '_blank' },
    text, el('span', { class: 'visually-hidden' }, ' (opens in a new tab)'));
}

export function hitCard(hit, { headingLevel = 2, showSnippet = true, showFoundBy = false } = {}) {
  const heading = el(`h${headingLevel}`, { class: 'card__citation' },
    el('a', { href: unitHref(hit.id), class: 'card__link' }, hit.citation || hit.id));
  const body = el('p', { class: 'card__text' });
  if (showSnippet && hit.snippet) {
    setSnippet(body, hit.snippet);
  } else {
    body.textContent = shorten(hit.text, 400);
  }
  return el('article', { class: ['card', `card--${hit.kind}`], 'data-unit-id': hit.id },
    heading,
    unitFacts(hit),
    body,
    showFoundBy && foundByWords[hit.foundBy]
      ? el('p', { class: ['card__found-by', `card__found-by--${hit.foundBy}`] }, foundByWords[hit.foundBy])
      : null,
    hit.recommendation && hit.kind !== 'recommendation'
      ? el('p', { class: 'card__context' },
        `${hit.kind === 'finding' ? 'Cites' : 'On'} recommendation ${hit.recommendation.number ?? ''}: `.replace(' :', ':'),
        el('span', { class: 'card__context-text' }, shorten(hit.recommendation.text, 160)))
      : null,
    themeBadges(hit.themes),
    el('div', { class: 'card__actions' }, copyActions(hit), publishedLink(hit.review)));
}

export function cardList(hits, options) {
  return el('ol', { class: 'cards' }, hits.map(hit => el('li', {}, hitCard(hit, options))));
}

export function shorten(text, length) {
  const value = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (value.length <= length) return value;
  const cut = value.lastIndexOf(' ', length);
  return value.slice(0, cut > length * 0.6 ? cut : length) + '…';
}

export { textBlocks };
