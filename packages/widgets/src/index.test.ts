import { expect, test } from 'vitest';
import * as api from './index.js';

test('the public API changes only on purpose', () => {
  expect(Object.keys(api).sort()).toEqual(['CtAgencyCard', 'CtDeadlineTimeline', 'CtTaskList', 'LANGUAGES']);
});

test('importing the package registers the three elements', () => {
  expect(customElements.get('ct-task-list')).toBe(api.CtTaskList);
  expect(customElements.get('ct-agency-card')).toBe(api.CtAgencyCard);
  expect(customElements.get('ct-deadline-timeline')).toBe(api.CtDeadlineTimeline);
});
