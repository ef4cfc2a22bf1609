/**
 * `chuongtrinh-widgets`: the widgets' command line, for what needs Node rather than a browser.
 * It lives here rather than in core's `chuongtrinh` command because it renders the Lit elements,
 * and core must not depend on the widgets.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { applyStatus } from '@chuongtrinh/core/status';
import { program } from '@chuongtrinh/core/data';
import { ATTRIBUTE_KINDS, EMBEDDABLE_WIDGETS, WIDGET_ATTRIBUTES, type EmbedConfig, type EmbeddableWidget, type WidgetAttribute } from '../embed-builder/snippet.js';
import { embedPages } from './embed-pages.js';
import { prerenderSnippet } from './prerender.js';
import { subscriptionFiles } from './subscriptions.js';

export const USAGE = `Usage:
  chuongtrinh-widgets embed <widget> [--agency ID] [--agency-role ROLE] [--area N] [--year YYYY]
        [--query TEXT] [--limit N] [--controls] [--href URL] [--as-of YYYY-MM-DD] [--lang vi|en]
        [--src URL] [--script-url URL]
      Prints the HTML to paste: <widget> (${EMBEDDABLE_WIDGETS.join(', ')}) with its first view
      prerendered, which the script hydrates when a visitor uses it.
      --script-url: where the page loads chuongtrinh.js from (default /js/chuongtrinh/chuongtrinh.js).
  chuongtrinh-widgets pages <dir>
      Writes the iframe pages, <dir>/embed/<widget>.html, beside the pasted files in <dir>.
  chuongtrinh-widgets subscriptions <dir> --base-url URL [--updated YYYY-MM-DD] [--status FILE]...
      Writes an ICS calendar (<dir>/lich/<id>.ics) and an Atom feed (<dir>/tin/<id>.xml) for the
      program and each agency. --base-url: the absolute URL <dir> is served from. --status: status
      overlays (JSON), whose reported statuses become feed entries.`;

export const DEFAULT_SCRIPT_URL = '/js/chuongtrinh/chuongtrinh.js';

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const EMBED_OPTIONS = [...new Set(Object.values(WIDGET_ATTRIBUTES).flat())];

function parse(args: string[], options: ParseArgsConfig['options']) {
  try {
    return parseArgs({ args, options: options ?? {}, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function embed(args: string[]): Promise<string> {
  const options = Object.fromEntries(EMBED_OPTIONS.map((name) => [name, { type: ATTRIBUTE_KINDS[name] === 'boolean' ? 'boolean' : 'string' } as const]));
  const { values, positionals } = parse(args, { ...options, 'script-url': { type: 'string' } });
  const [widget, ...extra] = positionals;
  if (!widget || !(EMBEDDABLE_WIDGETS as readonly string[]).includes(widget)) {
    throw new UsageError(`embed: expected a widget, one of ${EMBEDDABLE_WIDGETS.join(', ')}; got ${widget ? `"${widget}"` : 'none'}`);
  }
  if (extra.length > 0) throw new UsageError(`embed: unexpected argument "${extra[0]}"`);
  const taken: readonly string[] = WIDGET_ATTRIBUTES[widget as EmbeddableWidget];
  const attributes: EmbedConfig['attributes'] = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === 'script-url') continue;
    if (!taken.includes(name)) throw new UsageError(`embed: <${widget}> has no attribute --${name}; it takes ${taken.map((item) => `--${item}`).join(', ')}`);
    attributes[name as WidgetAttribute] = value as string | boolean;
  }
  return prerenderSnippet({ widget: widget as EmbeddableWidget, attributes, colors: {}, pageFont: false }, { scriptUrl: (values['script-url'] as string | undefined) ?? DEFAULT_SCRIPT_URL });
}

async function writeFiles(dir: string, files: Map<string, string>): Promise<string> {
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return `wrote ${files.size} files in ${dir}`;
}

function folder(command: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(`${command}: expected one folder, got ${positionals.length} arguments`);
  return positionals[0]!;
}

async function subscriptions(args: string[]): Promise<string> {
  const { values, positionals } = parse(args, { 'base-url': { type: 'string' }, updated: { type: 'string' }, status: { type: 'string', multiple: true } });
  const dir = folder('subscriptions', positionals);
  const baseUrl = values['base-url'] as string | undefined;
  if (!baseUrl) throw new UsageError('subscriptions: --base-url is required (the absolute URL the folder is served from)');
  const updatedText = values.updated as string | undefined;
  const updated = updatedText === undefined ? new Date() : new Date(`${updatedText}T00:00:00Z`);
  if (Number.isNaN(updated.getTime()) || (updatedText !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(updatedText))) {
    throw new UsageError(`subscriptions: --updated expects a date YYYY-MM-DD, got "${updatedText}"`);
  }
  const statusFiles = (values.status as string[] | undefined) ?? [];
  let status;
  if (statusFiles.length > 0) {
    const overlays = await Promise.all(
      statusFiles.map(async (file) => {
        try {
          return JSON.parse(await readFile(file, 'utf8')) as unknown;
        } catch (error) {
          throw new UsageError(`subscriptions: --status ${file}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    );
    status = applyStatus(program, overlays, { labels: statusFiles });
    if (status.issues.length > 0) {
      throw new UsageError(`subscriptions: the status overlays have problems:\n${status.issues.map((issue) => `  ${issue.label} ${issue.path}: ${issue.message}`).join('\n')}`);
    }
  }
  return writeFiles(dir, subscriptionFiles(program, { baseUrl, updated, ...(status ? { status } : {}) }));
}

/** Runs the command line `args` (without `node` and the script); resolves to what to print. */
export async function run(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  if (command === 'embed') return embed(rest);
  if (command === 'pages') return writeFiles(folder('pages', parse(rest, {}).positionals), embedPages(program.title));
  if (command === 'subscriptions') return subscriptions(rest);
  if (command === undefined || command === 'help' || command === '--help') return USAGE;
  throw new UsageError(`unknown command "${command}"`);
}
