/**
 * Registers a custom element unless the tag is taken. A CMS page can load the script twice (two
 * templates, or a cached and a fresh URL); the second `customElements.define` would throw and stop
 * the rest of that script, so the first registration wins.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
