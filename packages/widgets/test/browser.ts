import axe from 'axe-core';
import { expect, onTestFinished, vi } from 'vitest';
import type { CtElement } from '../src/shared/ct-element.js';
import { assertSettled } from './page.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: 'print' | 'screen', colorScheme?: 'light' | 'dark') => Promise<void>;
    statusValidate: (overlay: string) => Promise<{ code: number | null; stdout: string; stderr: string }>;
  }
}

/**
 * Browser-side helpers for the component tests. Each test mounts its own fixture with `mount` and
 * the repository's `scripts/fail-on-console.ts` removes it afterwards.
 */

/**
 * Puts `markup` in a fresh host page (`<main>` with a title and a section heading, as a CMS page
 * has: a widget's own headings start at `<h3>`) and waits for
 * its first widget to render its data. Without `lang`, the page sets none.
 */
export async function mount<E extends CtElement>(markup: string, { lang }: { lang?: string } = {}): Promise<E> {
  const main = document.createElement('main');
  if (lang) main.lang = lang;
  main.innerHTML = `<h1>Chương trình hành động</h1><h2>Nhiệm vụ</h2>${markup}`;
  document.body.append(main);
  const element = main.querySelector<E>('ct-task-list, ct-agency-card, ct-deadline-timeline, ct-embed-builder, ct-status-editor');
  if (!element) throw new Error(`no widget in ${markup}`);
  await settled(element);
  return element;
}

/** Waits until the widget shows neither its loading nor its searching line. */
export async function settled(element: CtElement): Promise<void> {
  await vi.waitFor(() => assertSettled(element), { timeout: 5000, interval: 10 });
}

/** The element in the widget's shadow root matching `selector`; fails the test when missing. */
export function part<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
}

export function parts<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

export { textOf } from './page.js';

/**
 * Listens on the document for `type` until the test ends: a listener left behind would see the
 * next tests' events.
 */
export function listen<K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void): void {
  document.addEventListener(type, listener);
  onTestFinished(() => document.removeEventListener(type, listener));
}

/** Fails the test with the rule ids and targets of every axe violation in the page. */
export async function expectNoAxeViolations(): Promise<void> {
  const results = await axe.run(document, { resultTypes: ['violations'] });
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(found).toEqual([]);
}

/**
 * Lets the widget log (the test setup fails any console output) and returns the spy, so the test
 * can assert the one warning it expects.
 */
export function allowWarnings() {
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}
