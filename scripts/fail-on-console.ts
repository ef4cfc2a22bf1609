import { afterEach, beforeEach, vi } from 'vitest';

// A test that writes to the console hides a warning someone should read: fail it instead. A test
// that expects a warning replaces the spy with one that records it (see `allowWarnings`).
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;

beforeEach(() => {
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called in a test: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});
