// Talks to the SearchApi. Every call uses a relative URL so the page works wherever it is hosted.

/** An API failure carrying the message meant for the user (problem+json "detail"). */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `The server answered ${status}.`);
    this.status = status;
    this.title = title || 'Something went wrong';
    this.detail = detail || title || `The server answered ${status}.`;
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Could not reach LearningSearch',
      'The search service did not answer. Check your connection and try again.');
  }
  if (response.ok) return response.json();

  let title = '';
  let detail = '';
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      const problem = await response.json();
      title = problem.title || '';
      detail = problem.detail || '';
    } catch {
      // A broken error body still deserves the status-based message below.
    }
  }
  if (!detail) {
    detail = response.status === 404
      ? 'We could not find that page. It may have moved, or the link may be incomplete.'
      : `The search service had a problem (${response.status}). Please try again in a moment.`;
  }
  throw new ApiError(response.status, title, detail);
}

/** The search parameters the page understands, in the order they appear in URLs. */
export const SEARCH_KEYS = ['q', 'theme', 'review', 'kind', 'agency', 'status', 'yearFrom', 'yearTo', 'page'];
const REPEATABLE = new Set(['theme', 'review']);

/** Reads a search from a query string into { q, theme: [], review: [], kind, ..., page }. */
export function readSearch(searchParams) {
  const search = {};
  for (const key of SEARCH_KEYS) {
    if (REPEATABLE.has(key)) {
      search[key] = [...new Set(searchParams.getAll(key).filter(Boolean))];
    } else {
      search[key] = searchParams.get(key) || '';
    }
  }
  const page = Number.parseInt(search.page, 10);
  search.page = Number.isFinite(page) && page > 1 ? page : 1;
  return search;
}

/** Writes a search back to a query string, leaving out empty values and page 1. */
export function searchQuery(search) {
  const params = new URLSearchParams();
  for (const key of SEARCH_KEYS) {
    const value = search[key];
    if (REPEATABLE.has(key)) {
      for (const item of value || []) params.append(key, item);
    } else if (key === 'page') {
      if (value && Number(value) > 1) params.set(key, String(value));
    } else if (value) {
      params.set(key, String(value));
    }
  }
  return params.toString();
}

/** True when a search asks for something (words or any filter). */
export function hasCriteria(search) {
  return Boolean(search.q.trim() || search.theme.length || search.review.length || search.kind
    || search.agency || search.status || search.yearFrom || search.yearTo);
}

export const PAGE_SIZE = 20;

export function searchUnits(search, signal) {
  const query = searchQuery(search);
  return getJson(`/api/search?${query}${query ? '&' : ''}pageSize=${PAGE_SIZE}`, signal);
}

export function exportUrl(search) {
  const copy = { ...search, page: 1 };
  return `/api/export?${searchQuery(copy)}`;
}

/** Unit ids contain slashes (ads14/rec-8/action-2): encode each segment, keep the slashes. */
export function unitPath(id) {
  return String(id).split('/').map(encodeURIComponent).join('/');
}

export const getUnit = (id, signal) => getJson(`/api/units/${unitPath(id)}`, signal);
export const getSimilar = (id, signal) => getJson(`/api/units/${unitPath(id)}/similar`, signal);
export const getThemes = signal => getJson('/api/themes', signal);
export const getTheme = (id, signal) => getJson(`/api/themes/${encodeURIComponent(id)}`, signal);
/** filters: the page's own query string (theme, agency, partnership, type, yearFrom, yearTo), passed on as it is. */
export const getRecurrence = (signal, repeatsFrom = 0, filters = '') => {
  const query = new URLSearchParams(filters);
  if (repeatsFrom) query.set('repeatsFrom', String(repeatsFrom));
  const text = query.toString();
  return getJson(text ? `/api/recurrence?${text}` : '/api/recurrence', signal);
};
export const getReviews = signal => getJson('/api/reviews', signal);
export const getReview = (id, signal) => getJson(`/api/reviews/${encodeURIComponent(id)}`, signal);
