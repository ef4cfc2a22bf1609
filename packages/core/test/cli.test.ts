import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/run.js';
import { lineWriter } from '../src/cli/shared.js';
import { program } from '../src/data.js';
import { agencyWorkload, filterTasks, search } from '../src/index.js';

const SEED = new URL('../../../seeds/binh-thuan-ctrhd-2021-2025.txt', import.meta.url).pathname;

/** A file in the temp folder with `content`, named for this test. */
function tempFile(name: string, content: string): string {
  const file = join(tmpdir(), `chuongtrinh-${process.pid}-${name}`);
  writeFileSync(file, content);
  return file;
}

const overlay = (entries: unknown[]) =>
  JSON.stringify({ formatVersion: 1, programId: program.id, asOf: '2022-01-31', reporter: 'so-cong-thuong', entries });

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, (text) => out.push(text), (text) => err.push(text));
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('chuongtrinh summary', () => {
  test('prints the counts, the agencies with their roles and the deadlines per year', () => {
    const { code, stdout, stderr } = cli('summary');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`${program.areas.length} priority areas`);
    expect(stdout).toContain(`${program.tasks.length} tasks`);
    const trade = agencyWorkload(program, 'so-cong-thuong')!;
    expect(stdout).toMatch(new RegExp(`Sở Công Thương\\s+so-cong-thuong\\s+${trade.lead}\\s+${trade.coordinating}\\s+${trade.responsible}\\s+${trade.total}`));
    expect(stdout).toMatch(new RegExp(`2021\\s+${filterTasks(program, { year: 2021 }).flatMap((t) => t.deadlines.filter((d) => d.year === 2021)).length}\\s`));
  });
});

describe('chuongtrinh parse', () => {
  test('prints the same dataset the package ships (but for the file name)', () => {
    const { code, stdout, stderr } = cli('parse', SEED);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.tasks).toEqual(program.tasks);
    expect(stderr.split('\n').filter((line) => line.includes(': info: '))).toHaveLength(4);
    expect(stderr).toContain(':1600: info: expected the heading text once');
    expect(stderr).toContain(`${program.areas.length} areas · ${program.blocks.length} assignment blocks (${program.blocks.length} with an agency) · ${program.tasks.length} tasks`);
    expect(stderr).toContain('parts: I tasks · II organisation');
    expect(stderr).toContain('agencies outside the register: none');
  });

  test('--id, --title and --issuer set those fields', () => {
    const { code, stdout } = cli('parse', SEED, '--id', 'my-program', '--title', 'Chương trình', '--issuer', 'UBND tỉnh Bình Thuận');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'my-program', title: 'Chương trình', issuer: 'UBND tỉnh Bình Thuận' });
  });

  test.each([
    ['a news article', 'Hà Nội (TTXVN) - Sáng nay, Thủ tướng đã chủ trì hội nghị với các địa phương.\nTheo báo cáo, kinh tế phục hồi.\n', 'expected numbered priority areas'],
    ['a law', 'LUẬT\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về chính quyền địa phương.\n1. Cơ quan nhà nước.\n2. Tổ chức, cá nhân.\n', 'expected'],
    ['an empty file', '', 'expected the program text, found an empty input'],
    ['a binary file', '\u0000\u0001\u0002PK\u0003\u0004'.repeat(50), 'expected plain text, found binary data'],
  ])('exits 1 naming the reason for %s, and prints no dataset', (name, content, reason) => {
    const { code, stdout, stderr } = cli('parse', tempFile(`bad-${name.replace(/\s/g, '-')}.txt`, content));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`was not read as a program: ${reason}`));
  });

  test('exits 1 with diagnostics on stderr when the text cannot be understood', () => {
    const file = join(tmpdir(), `chuongtrinh-${process.pid}-garbage.txt`);
    writeFileSync(file, 'not a program at all\n');
    const { code, stderr } = cli('parse', file);
    expect(code).toBe(1);
    expect(stderr).toContain(':1: error: expected numbered priority areas');
  });

  test('a parsed program works with --data in summary, tasks, export and status validate', () => {
    const text = new URL('./fixtures/programs/kon-tum-qd-435-2020-ctrhd.txt', import.meta.url).pathname;
    const parsed = cli('parse', text);
    expect(parsed.code).toBe(0);
    const data = tempFile('kon-tum.json', parsed.stdout);
    const dataset = JSON.parse(parsed.stdout);
    expect(cli('summary', '--data', data).stdout).toContain(`${dataset.tasks.length} tasks`);
    const tasks = cli('tasks', '--data', data, '--agency', 'so-noi-vu', '--format', 'json');
    expect(JSON.parse(tasks.stdout).map((task: { id: string }) => task.id)).toEqual(['task-2-5-1']);
    expect(cli('export', '--data', data, '--format', 'ics').stdout).toContain(`PRODID:-//chuongtrinh//${dataset.id}//VI`);
    const status = tempFile('kon-tum-status.json', JSON.stringify({ formatVersion: 1, programId: dataset.id, asOf: '2020-12-31', reporter: 'so-noi-vu', entries: [{ taskId: 'task-2-5-1', status: 'in-progress', updated: '2020-12-01' }] }));
    expect(cli('status', 'validate', status, '--data', data)).toMatchObject({ code: 0 });
  });

  test('--data that is not a program dataset is a usage error naming the paths', () => {
    const { code, stderr } = cli('summary', '--data', tempFile('not-a-program.json', '{"formatVersion": 1}'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--data .* is not a program dataset \(format 1\): formatVersion: /);
  });

  test('a missing file or argument is a one-line usage error', () => {
    expect(cli('parse', '/no/such/file.txt')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^chuongtrinh: cannot read program text \/no\/such\/file\.txt: ENOENT\./) });
    expect(cli('parse')).toMatchObject({ code: 2, stderr: expect.stringContaining('missing FILE') });
  });
});

test('unknown commands and options get a one-line error; --help prints usage', () => {
  expect(cli('frobnicate')).toMatchObject({ code: 2, stderr: 'chuongtrinh: unknown command "frobnicate". Run "chuongtrinh --help" for usage.' });
  expect(cli('summary', '--colour')).toMatchObject({ code: 2, stderr: 'chuongtrinh: unknown option --colour. Run "chuongtrinh --help" for usage.' });
  expect(cli('tasks', '--agency')).toMatchObject({ code: 2, stderr: 'chuongtrinh: --agency needs a value. Run "chuongtrinh --help" for usage.' });
  expect(cli('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: chuongtrinh <command>') });
  expect(cli()).toMatchObject({ code: 2, stdout: expect.stringContaining('Usage:') });
});

describe('chuongtrinh tasks', () => {
  test('lists the filtered tasks as a table', () => {
    const { code, stdout } = cli('tasks', '--agency', 'so-cong-thuong', '--role', 'lead');
    const expected = filterTasks(program, { agency: 'so-cong-thuong', role: 'lead' });
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, -1).map((line) => line.split(' ')[0])).toEqual(expected.map((task) => task.id));
    expect(stdout).toMatch(new RegExp(`${expected.length} tasks$`));
  });

  test('as CSV with statuses, and as JSON under the dataset contract', () => {
    const status = tempFile('status-ok.json', overlay([{ taskId: 'task-1-1-a-1', status: 'done', updated: '2022-01-10', completedOn: '2021-12-30' }]));
    const csv = cli('tasks', '--area', '1.1', '--format', 'csv', '--status-file', status);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(/^\uFEFFMã nhiệm vụ,/);
    expect(csv.stdout).toContain('task-1-1-a-1,');
    expect(csv.stdout).toContain(',done,done-on-time,2021-12-30,');
    const json = cli('tasks', '--year', '2024', '--format', 'json');
    expect(JSON.parse(json.stdout)).toEqual(filterTasks(program, { year: 2024 }));
  });

  test('bad filters say what is wrong and what would be right', () => {
    expect(cli('tasks', '--agency', 'so-cong-thong').stderr).toMatch(/^chuongtrinh: no agency has id "so-cong-thong"; did you mean so-cong-thuong/);
    expect(cli('tasks', '--year', '2030')).toMatchObject({ code: 2, stderr: expect.stringContaining('outside the program period 2021–2025') });
    expect(cli('tasks', '--year', 'next')).toMatchObject({ code: 2, stderr: expect.stringContaining('--year expects a year like 2021, got "next"') });
    expect(cli('tasks', '--area', '12')).toMatchObject({ code: 2, stderr: expect.stringContaining('no area or section "12"') });
    expect(cli('tasks', '--agency', 'so-y-te', '--role', 'boss')).toMatchObject({ code: 2, stderr: expect.stringContaining('--role expects lead, coordinating, responsible') });
    expect(cli('tasks', '--format', 'xml')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format expects table, csv, json, got "xml"') });
    expect(cli('summary', '--agency', 'so-y-te')).toMatchObject({ code: 2, stderr: expect.stringContaining('summary does not take --agency') });
  });
});

describe('chuongtrinh export', () => {
  test('writes an ICS calendar to a file', () => {
    const output = join(tmpdir(), `chuongtrinh-${process.pid}-out.ics`);
    const { code, stderr } = cli('export', '--format', 'ics', '--agency', 'so-noi-vu', '--output', output);
    expect(code).toBe(0);
    expect(stderr).toBe(`wrote ${filterTasks(program, { agency: 'so-noi-vu' }).length} tasks to ${output}`);
    expect(readFileSync(output, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*DTSTART;VALUE=DATE:20211231/);
  });

  test('needs a format', () => {
    expect(cli('export')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format is required: csv, json, ics') });
  });
});

describe('chuongtrinh status validate', () => {
  test('accepts a valid overlay', () => {
    const file = tempFile('valid.json', overlay([{ taskId: 'task-1-1-a-1', status: 'in-progress', updated: '2022-01-10' }]));
    expect(cli('status', 'validate', file)).toMatchObject({ code: 0, stdout: '1 entries valid, 0 problems, 0 conflicts (as of 2022-01-31)' });
  });

  test('reports every bad entry by path and exits 1', () => {
    const file = tempFile('invalid.json', overlay([
      { taskId: 'task-1-1-a-1', status: 'done', updated: '2022-01-10' },
      { taskId: 'task-x', status: 'done', updated: '2022-01-10' },
      { taskId: 'task-1-1-a-2', status: 'maybe', updated: '2022-01-10' },
    ]));
    const { code, stdout } = cli('status', 'validate', file);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      `${file}: entries[1].taskId: no task has id "task-x"`,
      `${file}: entries[2].status: Invalid option: expected one of "not-started"|"in-progress"|"done"|"cancelled"`,
      '1 entries valid, 2 problems, 0 conflicts (as of 2022-01-31)',
    ]);
  });

  test('reports conflicts between overlays, a file that is not JSON, and a missing file', () => {
    const a = tempFile('a.json', overlay([{ taskId: 'task-1-1-a-1', status: 'done', updated: '2022-01-10' }]));
    const b = tempFile('b.json', overlay([{ taskId: 'task-1-1-a-1', status: 'not-started', updated: '2022-01-12' }]));
    expect(cli('status', 'validate', a, b).stdout).toContain(`conflict on task-1-1-a-1: ${a} entries[0] vs ${b} entries[0]; applied ${b} entries[0]`);
    const bad = tempFile('bad.json', '{ nope');
    expect(cli('status', 'validate', bad)).toMatchObject({ code: 2, stderr: expect.stringContaining(`status file ${bad} is not JSON`) });
    expect(cli('status', 'validate', '/nope.json')).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read status file /nope.json: ENOENT') });
    expect(cli('status', 'check')).toMatchObject({ code: 2, stderr: expect.stringContaining('status expects "validate FILE…"') });
  });
});

describe('a CLI that never surprises', () => {
  test('export to a folder that does not exist: one line, exit 1, no stack trace', () => {
    expect(cli('export', '--format', 'csv', '--output', '/nonexistent/x.csv')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'chuongtrinh: cannot write /nonexistent/x.csv: ENOENT.',
    });
  });

  test('a positional agency id, --role without --agency, --lang fr and a malformed --as-of are errors, not all 95 tasks', () => {
    expect(cli('tasks', 'so-cong-thuong')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('tasks takes no arguments, got "so-cong-thuong" (an agency id? use --agency so-cong-thuong)') });
    expect(cli('tasks', '--role', 'lead')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('--role needs --agency') });
    expect(cli('tasks', '--lang', 'fr')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('--lang expects vi or en, got "fr"') });
    expect(cli('tasks', '--as-of', 'garbage')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('--as-of expects a date like 2025-12-31, got "garbage"') });
    expect(cli('summary', '--as-of', '2025-02-30')).toMatchObject({ code: 2, stderr: expect.stringContaining('got "2025-02-30"') });
  });

  test('--version, help and help COMMAND', () => {
    const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
    expect(cli('--version')).toEqual({ code: 0, stdout: `chuongtrinh ${version}`, stderr: '' });
    const help = cli('help');
    expect(help.code).toBe(0);
    for (const command of ['summary', 'areas', 'tasks', 'search', 'export', 'status validate', 'parse', 'help']) expect(help.stdout).toContain(`\n  ${command}`);
    expect(cli('help', 'search')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: chuongtrinh search QUERY \[filters\][\s\S]*--limit N/) });
    expect(cli('export', '--help').stdout).toMatch(/^Usage: chuongtrinh export --format F[\s\S]*--output FILE/);
    expect(cli('help', 'frob')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frob"; the commands are summary, areas') });
    const reportHelp = cli('help', 'report');
    expect(reportHelp).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: chuongtrinh report --status FILE…[\s\S]*--issuer ID/) });
    expect(help.stdout).toContain('\n  report --status FILE…');
  });

  test('report --help prints what help report prints', async () => {
    const out: string[] = [];
    const err: string[] = [];
    expect(await run(['report', '--help'], (text) => out.push(text), (text) => err.push(text))).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toBe(cli('help', 'report').stdout);
  });

  test('areas lists every area and section with core\'s counts', () => {
    const { code, stdout } = cli('areas');
    expect(code).toBe(0);
    for (const area of program.areas) {
      expect(stdout).toMatch(new RegExp(`\\n${area.number} +.*\\s${filterTasks(program, { area: area.number }).length}\\n`));
      for (const section of area.sections) expect(stdout).toContain(`  ${section.number} `);
    }
  });

  test('search QUERY lists core\'s results in core\'s order, filters and --limit apply', () => {
    const ids = (stdout: string) => stdout.split('\n').slice(0, -1).map((line) => line.split(' ')[0]);
    expect(ids(cli('search', 'chuyen doi so').stdout)).toEqual(search(program, 'chuyen doi so').map((result) => result.task.id));
    expect(ids(cli('search', 'điện', '--agency', 'so-cong-thuong', '--limit', '2').stdout)).toEqual(
      search(program, 'điện', { filter: { agency: 'so-cong-thuong' }, limit: 2 }).map((result) => result.task.id),
    );
    expect(cli('search')).toMatchObject({ code: 2, stderr: expect.stringContaining('search: missing QUERY') });
    expect(cli('search', 'x', '--limit', '0')).toMatchObject({ code: 2, stderr: expect.stringContaining('--limit expects a positive whole number') });
  });

  test('an overlay saved with a byte-order mark is read; a latin1 file is refused with a clear message', () => {
    const bom = tempFile('bom.json', `\uFEFF${overlay([{ taskId: 'task-1-1-a-1', status: 'done', updated: '2022-01-10' }])}`);
    expect(cli('status', 'validate', bom)).toMatchObject({ code: 0, stdout: '1 entries valid, 0 problems, 0 conflicts (as of 2022-01-31)' });
    expect(cli('tasks', '--status-file', bom, '--area', '1.1').code).toBe(0);
    const latin1 = join(tmpdir(), `chuongtrinh-${process.pid}-latin1.json`);
    writeFileSync(latin1, Buffer.from(overlay([{ taskId: 'task-1-1-a-1', status: 'done', updated: '2022-01-10', note: 'Đã xong, café' }]), 'latin1'));
    expect(cli('status', 'validate', latin1)).toMatchObject({ code: 2, stderr: expect.stringContaining(`status file ${latin1} is not UTF-8 text`) });
  });

  test('control characters from the data never reach the terminal raw, diagnostics included', () => {
    const file = tempFile('escapes.txt', 'I. NHIỆM VỤ\n\u001b]0;pwned\u0007 \u009b31m text\n');
    const { stdout, stderr } = cli('parse', file, '--issuer', '\u001b]0;pwned\u0007 \u009b31m');
    for (const text of [stdout, stderr]) expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    expect(stderr).toContain('\\u001b]0;pwned\\u0007 \\u009b31m');
  });

  test('CSV on standard output ends with one line ending', () => {
    const written: string[] = [];
    const write = lineWriter((text) => written.push(text));
    run(['tasks', '--format', 'csv', '--area', '1.1'], write, write);
    expect(written.join('')).toMatch(/[^\r\n]\r\n$/);
    run(['areas'], write, write);
    expect(written.at(-1)).toMatch(/[^\n]\n$/);
  });
});
