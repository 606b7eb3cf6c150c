/** This copy's version, named when two copies of the package meet on one page (kept equal to package.json's by a test). */
export const VERSION = '0.1.0';

/** What a copy of the package leaves on the class it registered, so a later copy can name it. */
const versionKey = Symbol.for('totp-enroll.version');

/**
 * Registers `tagName` unless a class is already registered under it, typically by a second copy
 * of the package on the page (the standalone bundle and an app's own import of `totp-enroll`).
 * `customElements.define` would throw then and stop the rest of that copy's module; instead
 * this copy steps aside, warns once, and the element keeps working with the first copy's class.
 * Where there is no registry (a server without Lit's DOM shim) it does nothing.
 */
export function defineOnce(tagName: string, elementClass: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tagName) as (CustomElementConstructor & { [versionKey]?: string }) | undefined;
  if (!existing) {
    (elementClass as { [versionKey]?: string })[versionKey] = VERSION;
    registry.define(tagName, elementClass);
    return;
  }
  if (existing === elementClass) return;
  console.warn(
    `<${tagName}>: totp-enroll ${existing[versionKey] ?? '?'} is already defined; this copy (totp-enroll ${VERSION}) steps aside: load the package once.`,
  );
}
