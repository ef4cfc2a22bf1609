import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Program } from '../schema.js';
import { tokenize, useIndex, type Tokens } from './build.js';

const FORMAT = 'chuongtrinh-search-index';
const VERSION = 2;

/** What the index was built from: a prebuilt index only fits the program text it was built for. */
function fingerprint(program: Program): string {
  const parts: string[] = [];
  for (const block of program.blocks) parts.push(block.id, block.header);
  for (const task of program.tasks) parts.push(task.id, task.text);
  return bytesToHex(sha256(utf8ToBytes(parts.join('\u0000')))).slice(0, 32);
}

/** Tokens as JSON: each document's token count, then every token. */
interface TokensJson {
  counts: number[];
  tokens: number[];
}

const tokensJson = ({ tokens, starts }: Tokens): TokensJson => ({
  counts: Array.from(starts.subarray(1), (end, d) => end - starts[d]!),
  tokens: Array.from(tokens),
});

/**
 * The search index of `program` as JSON text: its words, tokenized. Build it once (at build time)
 * and serve it beside the dataset: `loadSearchIndex` reads it back without reading the text, which
 * matters for a large program's first keystroke.
 */
export function searchIndexJson(program: Program): string {
  const { forms, tasks, blocks } = tokenize(program);
  return JSON.stringify({ format: FORMAT, version: VERSION, fingerprint: fingerprint(program), forms, tasks: tokensJson(tasks), blocks: tokensJson(blocks) });
}

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

/** The tokens of `documents` documents in `value`, each naming one of `forms` forms, or why not. */
function tokensFrom(value: unknown, field: string, documents: number, forms: number): Tokens {
  const data = value as Partial<TokensJson> | null;
  if (!Array.isArray(data?.counts) || !Array.isArray(data.tokens)) throw new Error(`search index: "${field}" needs "counts" and "tokens" arrays`);
  if (data.counts.length !== documents) throw new Error(`search index: "${field}.counts" has ${data.counts.length} entries, the program ${documents}`);
  const starts = new Uint32Array(documents + 1);
  data.counts.forEach((count, d) => {
    if (!isCount(count)) throw new Error(`search index: "${field}.counts[${d}]" is not a count: ${JSON.stringify(count)}`);
    starts[d + 1] = starts[d]! + count;
  });
  if (starts[documents] !== data.tokens.length) throw new Error(`search index: "${field}.counts" add up to ${starts[documents]}, "${field}.tokens" has ${data.tokens.length}`);
  const tokens = new Uint32Array(data.tokens.length);
  data.tokens.forEach((token, i) => {
    if (!isCount(token) || token >= 2 * forms) throw new Error(`search index: "${field}.tokens[${i}]" names no form: ${JSON.stringify(token)}`);
    tokens[i] = token;
  });
  return { tokens, starts };
}

/**
 * Makes the index in `json` (from `searchIndexJson`) the one `search` and `suggestQuery` use for
 * `program`. Throws, leaving the program without a loaded index, if it is not such an index or was
 * built from other text.
 */
export function loadSearchIndex(program: Program, json: string): void {
  let data: { format?: unknown; version?: unknown; fingerprint?: unknown; forms?: unknown; tasks?: unknown; blocks?: unknown };
  try {
    data = JSON.parse(json) as typeof data;
  } catch (error) {
    throw new Error(`search index: not JSON (${(error as Error).message})`);
  }
  if (data?.format !== FORMAT) throw new Error(`search index: expected "format": "${FORMAT}", found ${JSON.stringify(data?.format)}`);
  if (data.version !== VERSION) throw new Error(`search index: expected "version": ${VERSION}, found ${JSON.stringify(data.version)}; rebuild it with searchIndexJson`);
  const expected = fingerprint(program);
  if (data.fingerprint !== expected) {
    throw new Error(`search index: built from other program text (fingerprint ${JSON.stringify(data.fingerprint)}, this program's is "${expected}"); rebuild it with searchIndexJson`);
  }
  const { forms } = data;
  if (!Array.isArray(forms) || !forms.every((form) => typeof form === 'string' && form !== '') || new Set(forms).size !== forms.length) {
    throw new Error('search index: "forms" is not a list of distinct words');
  }
  const tasks = tokensFrom(data.tasks, 'tasks', program.tasks.length, forms.length);
  const blocks = tokensFrom(data.blocks, 'blocks', program.blocks.length, forms.length);
  useIndex(program, forms as string[], tasks, blocks);
}
