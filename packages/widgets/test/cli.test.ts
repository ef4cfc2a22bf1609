import { describe, expect, test } from 'vitest';
import { DEFAULT_SCRIPT_URL, run, UsageError, USAGE } from '../src/prerender/cli.js';

describe('chuongtrinh-widgets', () => {
  test('without a command, or with help, prints the usage', async () => {
    expect(await run([])).toBe(USAGE);
    expect(await run(['--help'])).toBe(USAGE);
  });

  test('embed prints the prerendered snippet, loading the script from --script-url', async () => {
    const snippet = await run(['embed', 'ct-deadline-timeline', '--agency', 'so-y-te', '--lang', 'en', '--as-of', '2023-05-01']);
    expect(snippet).toContain(`<script type="module" src="${DEFAULT_SCRIPT_URL}"></script>`);
    expect(snippet).toMatch(/<ct-deadline-timeline\s+agency="so-y-te" as-of="2023-05-01" lang="en" defer-hydration><template shadowroot="open" shadowrootmode="open">/);
    expect(await run(['embed', 'ct-agency-card', '--agency', 'so-y-te', '--script-url', 'https://cdn.example.vn/ct/chuongtrinh.js'])).toContain(
      '<link rel="modulepreload" href="https://cdn.example.vn/ct/chuongtrinh.js">',
    );
  });

  test.each([
    [['embed'], /expected a widget, one of ct-task-list, ct-agency-card, ct-deadline-timeline; got none/],
    [['embed', 'ct-map'], /got "ct-map"/],
    [['embed', 'ct-agency-card', '--year', '2021'], /<ct-agency-card> has no attribute --year; it takes --.*--agency, .*--status-src, --as-of, --lang, --src$/],
    [['embed', 'ct-task-list', '--colour', 'red'], /Unknown option '--colour'/],
    [['embed', 'ct-task-list', 'extra'], /unexpected argument "extra"/],
    [['pages'], /pages: expected one folder, got 0 arguments/],
    [['publish'], /unknown command "publish"/],
  ])('%j is a usage error naming what is wrong', async (args, message) => {
    const failure = run(args);
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow(message);
  });

  test('embed writes the date a timeline is of when none is given', async () => {
    expect(await run(['embed', 'ct-deadline-timeline'])).toMatch(/<ct-deadline-timeline\s+lang="vi" as-of="\d{4}-\d{2}-\d{2}" defer-hydration>/);
  });

  test('embed refuses a widget that would show a problem', async () => {
    await expect(run(['embed', 'ct-task-list', '--year', '1999'])).rejects.toThrow(/year/);
  });
});
