/**
 * A part of the widgets loaded with `import()` the first time a page needs it (search, status
 * overlays, exports, English texts…), shared by every widget on the page. A failed load is kept
 * as `failure` (so widgets can say why) and tried again at the next `load()`: a dropped
 * connection must not disable a part until the page is reloaded.
 */
export class LazyModule<T> {
  /** The module, once loaded. */
  current: T | undefined;
  /** Why the last attempt failed; cleared when a new attempt starts. */
  failure: string | undefined;
  private loading: Promise<T | undefined> | undefined;

  constructor(private readonly importer: () => Promise<T>) {}

  /** The module, loading it unless it is there or on its way; undefined if this attempt fails. */
  load(): Promise<T | undefined> {
    if (this.current) return Promise.resolve(this.current);
    if (!this.loading) {
      this.failure = undefined;
      this.loading = this.importer().then(
        (module) => (this.current = module),
        (error: unknown) => {
          this.failure = error instanceof Error ? error.message : String(error);
          this.loading = undefined;
          return undefined;
        },
      );
    }
    return this.loading;
  }

  /** Like `load`, for an action a visitor asked for: rejects with the failure instead. */
  async required(): Promise<T> {
    const module = await this.load();
    if (!module) throw new Error(this.failure);
    return module;
  }
}
