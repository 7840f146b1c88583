// The reviews views: "/reviews" lists every review searched; "/reviews/{id}" shows one review as it
// is organised: each recommendation with the actions taken on it and the findings that cite it.
import { el, replace, plural } from './dom.js';
import { getReviews, getReview, searchQuery } from './api.js';
import { cardList, errorBox, emptyState, hitCard, loading, scrollBox } from './parts.js';

export function reviewHref(id) {
  return `/reviews/${encodeURIComponent(id)}`;
}

export async function renderReviews(context) {
  const { main, signal, setTitle } = context;
  setTitle('Reviews');
  const body = el('div', {}, loading('Loading reviews…'));
  replace(main,
    el('h1', { class: 'page-title' }, 'Reviews'),
    el('p', { class: 'lead' }, 'The published reviews LearningSearch holds, oldest first. Open one to see its recommendations with the actions taken on each.'),
    body);
  let reviews;
  try {
    reviews = await getReviews(signal);
  } catch (error) {
    if (error.name === 'AbortError' || !context.isCurrent()) throw error;
    replace(body, errorBox(error, 'We could not load the reviews'));
    return;
  }
  if (!context.isCurrent()) return;
  if (!reviews.length) {
    replace(body, emptyState('No reviews yet', 'No review has been added to LearningSearch.'));
    return;
  }
  replace(body, scrollBox(el('table', { class: 'data-table reviews-table' },
    el('caption', { class: 'visually-hidden' }, 'Reviews with their year and how many recommendations, actions and findings each has'),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Review'),
      el('th', { scope: 'col' }, 'Partnership'),
      el('th', { scope: 'col', class: 'num' }, 'Year'),
      el('th', { scope: 'col', class: 'num' }, 'Recommendations'),
      el('th', { scope: 'col', class: 'num' }, 'Actions'),
      el('th', { scope: 'col', class: 'num' }, 'Findings'))),
    el('tbody', {}, reviews.map(review => el('tr', { 'data-review-id': review.id },
      el('th', { scope: 'row' }, el('a', { href: reviewHref(review.id) }, review.title),
        review.type ? el('span', { class: 'table-note' }, review.type) : null),
      el('td', {}, review.partnership || '–'),
      el('td', { class: 'num' }, review.year ? String(review.year) : '–'),
      el('td', { class: 'num' }, String(review.recommendations ?? '–')),
      el('td', { class: 'num' }, String(review.actions ?? '–')),
      el('td', { class: 'num' }, String(review.findings ?? '–')))))), 'Reviews'));
}

function facts(review) {
  const rows = [
    ['Partnership', review.partnership],
    ['Area', review.area],
    ['Published', review.year],
    ['Type', review.type],
    ['Source document', review.sourceFile],
  ].filter(([, value]) => value !== null && value !== undefined && value !== '');
  return el('dl', { class: 'review-facts' }, rows.map(([label, value]) => [el('dt', {}, label), el('dd', {}, String(value))]));
}

function recommendationBlock(node, index) {
  const actions = node.actions || [];
  const findings = node.findings || [];
  return el('li', { class: 'review-recommendation' },
    hitCard(node.recommendation, { headingLevel: 3, showSnippet: false }),
    actions.length
      ? el('details', { class: 'review-recommendation__more', open: index === 0 },
        el('summary', {}, `${plural(actions.length, 'action')} taken on it`),
        cardList(actions, { headingLevel: 4, showSnippet: false }))
      : el('p', { class: 'hint' }, 'No action is recorded against this recommendation.'),
    findings.length
      ? el('details', { class: 'review-recommendation__more' },
        el('summary', {}, `${plural(findings.length, 'finding')} citing it`),
        cardList(findings, { headingLevel: 4, showSnippet: false }))
      : null);
}

export async function renderReview(context, id) {
  const { main, signal, setTitle } = context;
  setTitle('Review');
  replace(main, loading('Loading review…'));
  let detail;
  try {
    detail = await getReview(id, signal);
  } catch (error) {
    if (error.name === 'AbortError' || !context.isCurrent()) throw error;
    setTitle('Review not found');
    replace(main,
      el('h1', { class: 'page-title' }, error.status === 404 ? 'We could not find that review' : 'Something went wrong'),
      errorBox(error, 'We could not open this review'),
      el('p', {}, el('a', { href: '/reviews' }, 'See all reviews')));
    return;
  }
  if (!context.isCurrent()) return;
  const review = detail.review;
  const recommendations = detail.recommendations || [];
  const otherFindings = detail.otherFindings || [];
  setTitle(review.title);
  replace(main,
    el('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumb' },
      el('ol', {}, el('li', {}, el('a', { href: '/reviews' }, 'Reviews')), el('li', { 'aria-current': 'page' }, review.title))),
    el('h1', { class: 'page-title' }, review.title),
    facts(review),
    el('p', { class: 'lead' }, `${plural(review.recommendations ?? recommendations.length, 'recommendation')}, `,
      `${plural(review.actions ?? 0, 'action')} and ${plural(review.findings ?? otherFindings.length, 'finding')}.`),
    el('p', {}, el('a', { class: 'button', href: `/?${searchQuery({ review: [review.id] })}` }, 'Search within this review')),
    el('section', { class: 'theme-section', 'aria-labelledby': 'recommendations-heading' },
      el('h2', { id: 'recommendations-heading' }, 'Recommendations and the actions taken'),
      recommendations.length
        ? el('ol', { class: 'cards review-recommendations' }, recommendations.map(recommendationBlock))
        : emptyState('No recommendations found in this review')),
    otherFindings.length
      ? el('section', { class: 'theme-section', 'aria-labelledby': 'other-findings-heading' },
        el('h2', { id: 'other-findings-heading' }, `Findings that cite no recommendation (${otherFindings.length})`),
        cardList(otherFindings, { headingLevel: 3, showSnippet: false }))
      : null);
}
