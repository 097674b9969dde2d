/**
 * @module
 * A tiny element builder for the playground's views: `h('button', { class: 'x', onclick }, 'Go')`
 * for HTML, `svg('rect', { x: 1 })` for SVG. Attributes are strings; `on…` keys are listeners.
 */

/** Attributes and listeners of an element. */
export type Attrs = { readonly [name: string]: string | number | boolean | undefined | ((event: never) => void) };

function apply(el: Element, attrs: Attrs, children: readonly (Node | string)[]): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value as EventListener);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children);
}

/** An HTML element. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs, children);
  return el;
}

/** An SVG element. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  apply(el, attrs, children);
  return el;
}
