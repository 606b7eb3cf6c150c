/*
 * "Nothing clipped": the one check of an element's shadow tree against its box, shared by the
 * i18n suite (German, right to left) and the narrow-phone suite (test/layout).
 */
import { expect } from '@open-wc/testing';

/** Whether `node` is laid out as a box of its own (not inline text, not hidden, not visually hidden). */
export function isBox(node: Element): node is HTMLElement {
  if (!(node instanceof HTMLElement)) return false;
  const style = getComputedStyle(node);
  return style.display !== 'inline' && style.display !== 'none' && node.getClientRects().length > 0
    && !node.closest('.visually-hidden') && !node.closest('[hidden]');
}

/**
 * Fails when anything in `el`'s shadow tree is wider than its own box (its text or children
 * clipped or scrolled: scrollWidth > clientWidth) or sticks out of the card, and when the card
 * is wider than the element. 1 px of slack for sub-pixel rounding.
 */
export function expectNothingClipped(el: HTMLElement, context = ''): void {
  const card = el.shadowRoot!.querySelector<HTMLElement>('.card')!;
  const bounds = card.getBoundingClientRect();
  const host = el.getBoundingClientRect();
  expect(card.scrollWidth, `${context}the card overflows`).to.be.at.most(card.clientWidth + 1);
  expect(bounds.right <= host.right + 1 && bounds.left >= host.left - 1, `${context}the card is wider than the element`).to.equal(true);
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    if (!isBox(node) || node === card) continue;
    const box = node.getBoundingClientRect();
    const where = `${context}${node.outerHTML.slice(0, 70)}`;
    expect(node.scrollWidth, `${where} clips its text (${node.scrollWidth} px in ${node.clientWidth})`).to.be.at.most(node.clientWidth + 1);
    if (!card.contains(node)) continue;
    expect(box.left >= bounds.left - 1 && box.right <= bounds.right + 1, `${where} sticks out of the card`).to.equal(true);
  }
}
