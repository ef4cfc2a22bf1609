import { describe, expect, it } from 'vitest';
import { LazyModule } from './lazy-module.js';

describe('LazyModule', () => {
  it('imports once, however many ask', async () => {
    let imports = 0;
    const lazy = new LazyModule(async () => ({ value: ++imports }));
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(first).toEqual({ value: 1 });
    expect(second).toBe(first);
    expect(await lazy.load()).toBe(first);
    expect(lazy.current).toBe(first);
    expect(imports).toBe(1);
  });

  it('keeps why a load failed, and tries again at the next load', async () => {
    let attempts = 0;
    const lazy = new LazyModule(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return { value: attempts };
    });
    expect(await lazy.load()).toBeUndefined();
    expect(lazy.failure).toBe('offline');
    await expect(lazy.required()).resolves.toEqual({ value: 2 });
    expect(lazy.failure).toBeUndefined();
  });

  it('rejects `required` with the failure', async () => {
    const lazy = new LazyModule(() => Promise.reject(new Error('HTTP 404')));
    await expect(lazy.required()).rejects.toThrow('HTTP 404');
  });
});
