// The chart a chair can put on a slide: themes down the side, years (or partnerships) across, each
// cell the number of reviews in view raising the theme then. Inline SVG, so it downloads as the
// picture the page shows; a cell opens the reviews behind it.
import { el, svg, replace, plural } from './dom.js';
import { reviewCode } from './parts.js';
import { reviewHref } from './reviews.js';

// The heatmap's five steps (.heat-0 to .heat-4 in site.css), each with the text colour that reads on it at 4.5:1 or
// more. A smooth ramp cannot: between light and dark lies a band where neither black nor white text reaches 4.5:1, and
// axe does not look at text inside SVG, so this is checked here and not by the accessibility tests.
const Shades = [
  { fill: '#f3f5f7', ink: '#1b1f24' },
  { fill: '#dbe9f5', ink: '#1b1f24' },
  { fill: '#9fc4e4', ink: '#1b1f24' },
  { fill: '#2e6799', ink: '#ffffff' },
  { fill: '#163f63', ink: '#ffffff' },
];

/** Columns of the chart: one per year, or one per partnership; each knows the reviews it holds. */
function columnsOf(reviews, by) {
  const key = review => (by === 'partnership' ? review.partnership || 'No partnership named' : review.year ? String(review.year) : 'Year unknown');
  const columns = new Map();
  for (const review of reviews) {
    const name = key(review);
    if (!columns.has(name)) columns.set(name, []);
    columns.get(name).push(review);
  }
  return [...columns.entries()].map(([name, held]) => ({ name, reviews: held }));
}

function chartSvg(data, themes, by, onCell) {
  const columns = columnsOf(data.reviews || [], by);
  const cellWidth = by === 'partnership' ? 90 : 44;
  const left = 230;
  const top = 70;
  const rowHeight = 26;
  const width = left + columns.length * cellWidth + 10;
  const height = top + themes.length * rowHeight + 10;
  const grid = themes.map(theme => {
    const raising = new Set((theme.cells || []).map(cell => cell.reviewId));
    return columns.map(column => column.reviews.filter(review => raising.has(review.id)));
  });
  const max = Math.max(1, ...grid.flat().map(held => held.length));
  const step = n => (n ? Math.min(Math.max(Math.ceil((n / max) * 4), 1), 4) : 0);
  return svg('svg', {
    // A group, not an image: an image's children are hidden from screen readers, and its squares are buttons (axe: nested-interactive).
    xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group',
    class: 'recurrence-chart__svg', 'aria-labelledby': 'chart-title',
    // Presentation attributes, not a <style>: the page's policy runs no inline styles, and the downloaded file keeps them.
    'font-family': 'Arial, sans-serif', 'font-size': 12, fill: '#0b0c0c',
  },
  svg('title', { id: 'chart-title' }, `Reviews raising each theme, by ${by === 'partnership' ? 'partnership' : 'year'}`),
  columns.map((column, c) => svg('text', {
    x: left + c * cellWidth + cellWidth / 2, y: top - 8, 'text-anchor': 'start',
    transform: `rotate(-35 ${left + c * cellWidth + cellWidth / 2} ${top - 8})`,
  }, column.name.length > 18 ? `${column.name.slice(0, 17)}…` : column.name)),
  themes.map((theme, t) => [
    svg('text', { x: 4, y: top + t * rowHeight + 17 }, `${theme.recurs ? '● ' : ''}${theme.label.length > 32 ? `${theme.label.slice(0, 31)}…` : theme.label}`),
    columns.map((column, c) => {
      const held = grid[t][c];
      const x = left + c * cellWidth;
      const y = top + t * rowHeight;
      const cell = svg('g', held.length ? {
        class: 'recurrence-chart__cell', tabindex: '0', role: 'button',
        'aria-label': `${theme.label}, ${column.name}: ${plural(held.length, 'review')}`, 'data-count': held.length,
      } : {},
      svg('rect', { x: x + 1, y: y + 1, width: cellWidth - 2, height: rowHeight - 2, fill: Shades[step(held.length)].fill }),
      held.length ? svg('text', { x: x + cellWidth / 2, y: y + 17, 'font-weight': 700, 'text-anchor': 'middle', fill: Shades[step(held.length)].ink }, String(held.length)) : null);
      if (held.length) {
        const open = () => onCell(theme, column.name, held);
        cell.addEventListener('click', open);
        cell.addEventListener('keydown', event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } });
      }
      return cell;
    }),
  ]));
}

/** The chart with its choice of columns, the reviews of the cell chosen, and a download of the picture. */
export function recurrenceChart(data) {
  const themes = (data.themes || []).filter(theme => theme.recurs).slice(0, 15);
  const shown = themes.length ? themes : (data.themes || []).slice(0, 15);
  const drill = el('div', { class: 'recurrence-chart__reviews', 'aria-live': 'polite' });
  const picture = el('div', { class: 'recurrence-chart__picture' });
  const onCell = (theme, column, held) => replace(drill,
    el('h3', {}, `${theme.label}, ${column}: ${plural(held.length, 'review')}`),
    el('ul', {}, held.map(review => el('li', {}, el('a', { href: reviewHref(review.id) }, reviewCode(review)), ` ${review.title}${review.year ? ` (${review.year})` : ''}`))));
  const by = el('select', { id: 'chart-by' }, el('option', { value: 'year' }, 'year'), el('option', { value: 'partnership' }, 'partnership'));
  const draw = () => { replace(picture, chartSvg(data, shown, by.value, onCell)); replace(drill); };
  by.addEventListener('change', draw);
  const download = el('button', { type: 'button', class: 'button button--secondary recurrence-chart__download' }, 'Download the chart (SVG)');
  download.addEventListener('click', () => {
    const text = new XMLSerializer().serializeToString(picture.querySelector('svg'));
    const link = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' })), download: 'recurrence-chart.svg' });
    document.body.append(link);
    link.click();
    link.remove();
  });
  draw();
  return el('section', { class: 'recurrence-section recurrence-chart', 'aria-labelledby': 'chart-heading' },
    el('h2', { id: 'chart-heading' }, 'Themes over the years'),
    el('p', { class: 'hint' }, `How many reviews raise each ${themes.length ? 'recurring ' : ''}theme, by `,
      el('label', { for: 'chart-by', class: 'visually-hidden' }, 'Group the reviews by'), by,
      '. Choose a square to list the reviews behind it. ', download),
    picture, drill);
}
