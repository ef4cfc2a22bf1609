import type { StatusEntry } from '@chuongtrinh/core/status';

/** What an officer has entered for one task (for an annual task: for the reporting year). */
export type DraftEntry = Omit<StatusEntry, 'taskId' | 'year'>;

/** A report in progress, kept in the browser at every change. */
export interface Draft {
  /** Goes up by one at every save, in whichever tab saves: a tab that finds a higher one than it loaded was overtaken. */
  revision: number;
  entries: Record<string, DraftEntry>;
}

/**
 * Keeps one draft in localStorage under `key`, written synchronously at every change so that a
 * reload or a closed tab loses nothing (IndexedDB writes are asynchronous and can be cut off by a
 * closing tab). Other tabs hear of each save through a BroadcastChannel (and the `storage` event,
 * for browsers without one), so two tabs on one draft never overwrite each other silently: a save
 * from a tab whose revision is behind the stored one is refused and the tab is told.
 */
export class DraftStore {
  private channel: BroadcastChannel | undefined;
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === this.key) this.onExternalChange(this.read());
  };

  constructor(
    readonly key: string,
    private readonly onExternalChange: (draft: Draft) => void,
  ) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(key) : undefined;
    this.channel?.addEventListener('message', () => this.onExternalChange(this.read()));
    window.addEventListener('storage', this.onStorage);
  }

  read(): Draft {
    try {
      const stored = JSON.parse(localStorage.getItem(this.key) ?? 'null') as Draft | null;
      if (stored && typeof stored.revision === 'number' && stored.entries && typeof stored.entries === 'object') return stored;
    } catch {
      // A draft that is not JSON (edited by hand) is treated as none; it is overwritten only on the next change.
    }
    return { revision: 0, entries: {} };
  }

  /**
   * Saves `entries` if the stored draft is still at `revision`; returns the new draft, or the
   * stored one (newer, from another tab) when the save was refused.
   */
  save(revision: number, entries: Draft['entries']): { saved: boolean; draft: Draft } {
    const stored = this.read();
    if (stored.revision !== revision) return { saved: false, draft: stored };
    const draft = { revision: revision + 1, entries };
    localStorage.setItem(this.key, JSON.stringify(draft));
    this.channel?.postMessage(draft.revision);
    return { saved: true, draft };
  }

  close(): void {
    this.channel?.close();
    window.removeEventListener('storage', this.onStorage);
  }
}
