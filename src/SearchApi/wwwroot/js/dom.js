// Builds elements from plain values. API text only ever reaches the page as text nodes here;
// the one exception (a search snippet the API has already escaped) goes through setSnippet.

/**
 * Creates an element. attrs: attributes (false/null/undefined are skipped, true sets an empty
 * attribute); "class" takes a string or an array; "on" takes { event: handler }.
 * children: strings (inserted as text), nodes, arrays of either, or null (skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'class') {
      const names = Array.isArray(value) ? value.filter(Boolean) : [value];
      if (names.length) node.setAttribute('class', names.join(' '));
    } else if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  return el('svg:' + tag, attrs, ...children);
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces everything inside a node. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/**
 * Puts a search snippet into a node. The API HTML-escapes the unit text and adds only
 * <mark> around matches; anything else that slipped in is dropped here rather than trusted.
 */
export function setSnippet(node, snippetHtml) {
  const template = document.createElement('template');
  template.innerHTML = snippetHtml ?? '';
  const safe = document.createDocumentFragment();
  for (const child of template.content.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      safe.append(child.textContent);
    } else if (child.nodeName === 'MARK') {
      safe.append(el('mark', {}, child.textContent));
    } else {
      safe.append(child.textContent ?? '');
    }
  }
  node.replaceChildren(safe);
  return node;
}

let idCounter = 0;
/** A page-unique id for aria-describedby / aria-controls pairs. */
export function uniqueId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** "1 unit" / "3 units". */
export function plural(count, one, many = one + 's') {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** Splits clean unit text (paragraphs separated by blank lines, bullets as "- ") into paragraphs and lists. */
export function textBlocks(text) {
  const blocks = [];
  for (const paragraph of String(text ?? '').split(/\n\s*\n/)) {
    const lines = paragraph.split('\n').map(line => line.trim()).filter(Boolean);
    if (!lines.length) continue;
    if (lines.every(line => line.startsWith('- '))) {
      blocks.push(el('ul', {}, lines.map(line => el('li', {}, line.slice(2)))));
    } else {
      blocks.push(el('p', {}, lines.join(' ')));
    }
  }
  return blocks;
}
