/**
 * JSON paths as messages write them (`tasks[3].deadlines[0].year`), for the dataset's validator and
 * the status overlays' alike, so a path reads the same whichever of them reports it.
 */

/** `path` with one more key: `[i]` for an index, `.key` for a field. */
export function appendPath(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
}

/** A path given as keys (zod's `issue.path`), after `prefix`; `(root)` when it names the whole document. */
export function pathOf(keys: ReadonlyArray<PropertyKey>, prefix = ''): string {
  return keys.reduce<string>((path, key) => appendPath(path, typeof key === 'number' ? key : String(key)), prefix) || '(root)';
}
