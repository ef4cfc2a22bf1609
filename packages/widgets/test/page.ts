/**
 * Helpers that run in a browser page and need no test runner, shared by the component tests
 * (`test/browser.ts`, `test/overlays.ts`) and the stories (`stories/fixtures.ts`).
 */

/** A blob: URL serving `body` (JSON unless a string is given), as a page author's own file would be. */
export function served(body: unknown, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([typeof body === 'string' ? body : JSON.stringify(body)], { type }));
}

/** Text with whitespace collapsed, as a reader sees it. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Resolves once `widget` has rendered and shows neither its loading nor its searching line; throws
 * otherwise. The test runner's or Storybook's `waitFor` retries it until the widget has settled.
 */
export async function assertSettled(widget: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  await widget.updateComplete;
  if (widget.shadowRoot?.querySelector('[part~="status"]')) throw new Error(`<${widget.localName}> is still loading`);
}
