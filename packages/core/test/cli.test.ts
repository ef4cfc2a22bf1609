import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../src/cli/run.js';
import { program } from '../src/data.js';
import { agencyWorkload, filterTasks } from '../src/index.js';

const SEED = new URL('../../../seeds/binh-thuan-ctrhd-2021-2025.txt', import.meta.url).pathname;

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
    expect(stdout).toMatch(new RegExp(`Sở Công Thương\\s+${trade.lead}\\s+${trade.coordinating}\\s+${trade.responsible}\\s+${trade.total}`));
    expect(stdout).toMatch(new RegExp(`2021\\s+${filterTasks(program, { year: 2021 }).flatMap((t) => t.deadlines.filter((d) => d.year === 2021)).length}\\s`));
  });
});

describe('chuongtrinh parse', () => {
  test('prints the same dataset the package ships (but for the file name)', () => {
    const { code, stdout, stderr } = cli('parse', SEED);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.tasks).toEqual(program.tasks);
    expect(stderr.split('\n')).toHaveLength(4);
    expect(stderr).toContain(':1600: info: expected the heading text once');
  });

  test('exits 1 with diagnostics on stderr when the text cannot be understood', () => {
    const file = join(tmpdir(), `chuongtrinh-${process.pid}-garbage.txt`);
    writeFileSync(file, 'not a program at all\n');
    const { code, stderr } = cli('parse', file);
    expect(code).toBe(1);
    expect(stderr).toContain(':1: error: expected numbered priority areas');
  });

  test('a missing file or argument is a one-line usage error', () => {
    expect(cli('parse', '/no/such/file.txt')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^chuongtrinh: parse: cannot read \/no\/such\/file\.txt: ENOENT\./) });
    expect(cli('parse')).toMatchObject({ code: 2, stderr: expect.stringContaining('missing FILE') });
  });
});

test('unknown commands and options get a one-line error; --help prints usage', () => {
  expect(cli('frobnicate')).toMatchObject({ code: 2, stderr: 'chuongtrinh: unknown command "frobnicate". Run "chuongtrinh --help" for usage.' });
  expect(cli('summary', '--colour')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^chuongtrinh: Unknown option '--colour'/) });
  expect(cli('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: chuongtrinh <command>') });
  expect(cli()).toMatchObject({ code: 2, stdout: expect.stringContaining('Usage:') });
});
