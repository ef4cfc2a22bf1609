import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import MiniSearch from 'minisearch';
import type { Program } from '../schema.js';
import { indexOf, INDEX_OPTIONS, useIndex } from './build.js';

const FORMAT = 'chuongtrinh-search-index';
const VERSION = 1;

/** What the index was built from: a prebuilt index only fits the program text it was built for. */
function fingerprint(program: Program): string {
  const parts: string[] = [];
  for (const block of program.blocks) parts.push(block.id, block.header);
  for (const task of program.tasks) parts.push(task.id, task.text);
  return bytesToHex(sha256(utf8ToBytes(parts.join('\u0000')))).slice(0, 32);
}

/**
 * The search index of `program` as JSON text. Build it once (at build time) and serve it beside
 * the dataset: `loadSearchIndex` reads it back several times faster than `search` builds it, which
 * matters for a large program's first keystroke.
 */
export function searchIndexJson(program: Program): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, fingerprint: fingerprint(program), index: indexOf(program).miniSearch });
}

/**
 * Makes the index in `json` (from `searchIndexJson`) the one `search` and `suggestQuery` use for
 * `program`. Throws, leaving the program without a loaded index, if it is not such an index or was
 * built from other text.
 */
export function loadSearchIndex(program: Program, json: string): void {
  let data: { format?: unknown; version?: unknown; fingerprint?: unknown; index?: unknown };
  try {
    data = JSON.parse(json) as typeof data;
  } catch (error) {
    throw new Error(`search index: not JSON (${(error as Error).message})`);
  }
  if (data?.format !== FORMAT) throw new Error(`search index: expected "format": "${FORMAT}", found ${JSON.stringify(data?.format)}`);
  if (data.version !== VERSION) throw new Error(`search index: expected "version": ${VERSION}, found ${JSON.stringify(data.version)}`);
  const expected = fingerprint(program);
  if (data.fingerprint !== expected) {
    throw new Error(`search index: built from other program text (fingerprint ${JSON.stringify(data.fingerprint)}, this program's is "${expected}"); rebuild it with searchIndexJson`);
  }
  let miniSearch: MiniSearch;
  try {
    miniSearch = MiniSearch.loadJS(data.index as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
  } catch (error) {
    throw new Error(`search index: "index" is not a MiniSearch index (${(error as Error).message})`);
  }
  useIndex(program, miniSearch);
}
