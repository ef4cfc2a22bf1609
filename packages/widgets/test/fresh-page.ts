import { afterEach, beforeEach } from 'vitest';

beforeEach(() => {
  // The usual host: a Vietnamese page. Tests of other languages set their own.
  document.documentElement.lang = 'vi';
});

afterEach(() => {
  // Each test builds its own fixture; nothing it mounted outlives it.
  document.body.replaceChildren();
});
