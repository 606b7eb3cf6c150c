/*
 * What every test of <totp-enroll> and <totp-challenge> does the same way: reach into the shadow
 * root, record the events a page would hear, wait for a state, type as a user types, read what
 * the element says. test/enroll/harness.ts and test/challenge/harness.ts add each element's own
 * selectors and flows on top; nothing here knows which element it drives.
 */
import { fixture, html, unsafeStatic, waitUntil } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One of the package's elements, as a test drives it: a shadow root, a `state`, Lit's `updateComplete`. */
export interface TestedElement extends HTMLElement {
  readonly state: string;
  readonly updateComplete: Promise<boolean>;
}

/** The first node in the element's shadow root that matches `selector`. */
export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

/** Every node in the element's shadow root that matches `selector`. */
export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** A node's text as a user reads it: white space collapsed, ends trimmed ('' when there is no node). */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The message the element shows in its `error` part ('' when none). */
export function errorText(el: Element): string {
  return textOf($(el, '[part~="error"]'));
}

/** What the element's polite live region says now (what a screen reader was last told). */
export function announcement(el: Element): string {
  return $(el, '[role="status"]')?.textContent?.trim() ?? '';
}

/** The node focused inside the element's shadow root. */
export function focusedIn(el: Element): Element | null {
  return el.shadowRoot!.activeElement;
}

export interface EventRecorder<Type extends string> {
  /** Every recorded event, in the order the page heard them. */
  readonly events: Event[];
  of(type: Type): Event[];
  stop(): void;
}

/**
 * Records every event of `types`, in order, caught on the document: an event that does not bubble
 * out of the shadow root (bubbles + composed) is not heard, as a page would not hear it.
 */
export function recordEvents<Type extends string>(types: readonly Type[]): EventRecorder<Type> {
  const events: Event[] = [];
  const listener = (event: Event) => events.push(event);
  for (const type of types) document.addEventListener(type, listener);
  return {
    events,
    of: (type) => events.filter((event) => event.type === type),
    stop: () => { for (const type of types) document.removeEventListener(type, listener); },
  };
}

/** Waits until the element reaches `state` and has rendered it. */
export async function waitForState<E extends TestedElement>(el: E, state: E['state'], timeout = 10_000): Promise<void> {
  await waitUntil(() => el.state === state, `state stayed ${el.state}, expected ${state}`, { timeout });
  await el.updateComplete;
}

/** Types (or pastes) `text` into `field` as one input event, the way a browser reports it, and waits for the render. */
export async function typeInto(el: TestedElement, field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/**
 * Renders `template` (removed again after the test) and returns the `tag` element in it: the
 * template's root, or the first such element inside a wrapper (`<div lang="de">…</div>`).
 */
export async function mountElement<E extends TestedElement>(tag: string, template: TemplateResult): Promise<E> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === tag ? root : root.querySelector(tag)) as E | null;
  if (!el) throw new Error(`no <${tag}> in the template`);
  await el.updateComplete;
  return el;
}

export interface PageOptions {
  /** On the wrapper: the element takes its language from the nearest ancestor with one, as on a page. */
  lang?: string;
  /** On the wrapper: the element lays out in its ancestors' direction. */
  dir?: 'ltr' | 'rtl';
  /** The element's class (for a page's styles, passed as `before`). */
  className?: string;
  /** The element's `strings` property: the page's own texts. */
  strings?: object;
  /** Rendered before the element, inside the wrapper (a `<style>` for it, say). */
  before?: TemplateResult;
  /** The element's children (slotted content). */
  children?: TemplateResult;
}

/** `<tag>` as a page holds it: in a `<div><section>` wrapper that carries the page's language and direction. */
export function pageWith(tag: string, { lang, dir, className, strings, before, children }: PageOptions = {}): TemplateResult {
  const name = unsafeStatic(tag);
  return html`<div lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${before ?? nothing}<section>
    <${name} class=${ifDefined(className)} .strings=${strings ?? {}}>${children ?? nothing}</${name}>
  </section></div>` as TemplateResult;
}

/** Gives `el` the page's own way on, as a page does: a link in its `continue` slot (shown on the success screen only). */
export function slotContinue(el: Element): HTMLAnchorElement {
  const link = el.appendChild(document.createElement('a'));
  link.slot = 'continue';
  link.href = '#continue';
  link.textContent = 'Continue';
  return link;
}

/** Forgets the Stytch session cookies a test set, so the next test starts signed out. */
export function clearStytchCookies(): void {
  for (const name of ['stytch_session', 'stytch_session_jwt']) document.cookie = `${name}=; max-age=0; path=/`;
}
