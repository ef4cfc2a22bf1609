import { expect, test } from 'vitest';
import * as api from './index.js';

test('the public API changes only on purpose', () => {
  expect(Object.keys(api).sort()).toEqual(['CtAgencyCard', 'CtDeadlineTimeline', 'CtTaskList', 'LANGUAGES', 'STATUS_FILTERS']);
});

test('importing the package registers the three elements', () => {
  expect(customElements.get('ct-task-list')).toBe(api.CtTaskList);
  expect(customElements.get('ct-agency-card')).toBe(api.CtAgencyCard);
  expect(customElements.get('ct-deadline-timeline')).toBe(api.CtDeadlineTimeline);
});

test.each([
  ['ct-task-list', api.CtTaskList],
  ['ct-agency-card', api.CtAgencyCard],
  ['ct-deadline-timeline', api.CtDeadlineTimeline],
] as const)('<%s> never sizes in rem: the host page\'s root font size is not the widget\'s', (_tag, element) => {
  const css = element.elementStyles.map((style) => (style instanceof CSSStyleSheet ? '' : style.cssText)).join('\n');
  expect(css.length).toBeGreaterThan(0);
  expect(css).not.toMatch(/\d\s*rem\b/);
});
