// "Copy link" and "Copy citation" buttons: a trainer pastes a unit's address or citation into a
// slide or a training pack. The button says what happened in a live region beside it, so a screen
// reader hears "Link copied" too.
import { el } from './dom.js';

async function writeText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Served over plain http to another machine, the page has no Clipboard API: the old way still works there.
  const area = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true', tabindex: '-1' });
  area.value = text;
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('The browser would not copy');
}

/** A button that copies text() when pressed and says done (or how to copy by hand). */
export function copyButton(label, done, text, { className = '', of = '' } = {}) {
  const said = el('span', { class: 'copy__said', role: 'status' });
  const button = el('button', {
    type: 'button',
    class: ['copy__button', className],
    // Many cards each have one: the name says whose it is, and starts with the words it shows (WCAG 2.5.3).
    'aria-label': of ? `${label} of ${of}` : null,
    on: {
      click: async () => {
        const value = text();
        try {
          await writeText(value);
          said.textContent = done;
        } catch {
          said.textContent = `Could not copy; select and copy: ${value}`;
        }
      },
    },
  }, label);
  return el('span', { class: 'copy' }, button, said);
}

/** The page's own address of a unit, as a reader would paste it. */
export function unitAddress(href) {
  return new URL(href, location.origin).href;
}
