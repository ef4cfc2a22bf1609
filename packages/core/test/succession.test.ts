import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type * as z from 'zod/mini';
import { run } from '../src/cli/run.js';
import { SUCCESSION_SCHEMA_FILE, successionSchemaJson } from '../scripts/succession-schema.js';
import { program } from '../src/data.js';
import {
  agencyWorkload,
  filterTasks,
  predecessorsOf,
  programRolesAsOf,
  Succession,
  successorsAsOf,
  tasksCarriedBy,
  type SuccessionLink,
} from '../src/index.js';
import { succession } from '../src/succession/data.js';
import { slugify } from '../src/text.js';

/** Each path as "body ← link ids", for compact comparisons. */
const paths = (agencyId: string, date: string) =>
  successorsAsOf(succession, agencyId, date).map((path) => `${path.bodyId ?? 'ended'} ← ${path.steps.map((step) => step.link.id).join(', ')}`);

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, (text) => out.push(text), (text) => err.push(text));
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('the succession data', () => {
  test('passes its own contract, and its JSON Schema is the generated one', () => {
    expect(Succession.safeParse(JSON.parse(readFileSync(new URL('../data/succession/binh-thuan-2021-2025.json', import.meta.url), 'utf8'))).success).toBe(true);
    expect(readFileSync(SUCCESSION_SCHEMA_FILE, 'utf8')).toBe(successionSchemaJson());
    expect(succession.programId).toBe(program.id);
  });

  test('the link type is inferred from the schema, one variant per kind', () => {
    expectTypeOf<SuccessionLink>().toEqualTypeOf<z.infer<typeof Succession>['links'][number]>();
    expectTypeOf<Extract<SuccessionLink, { kind: 'split-between' }>['parts'][number]['to']>().toEqualTypeOf<string>();
  });

  test('successor bodies are named by slugify(name) and every id a link or role uses is known', () => {
    for (const body of succession.bodies) expect(body.id).toBe(slugify(body.name));
    const known = new Set([...program.agencies.map((agency) => agency.id), ...succession.bodies.map((body) => body.id)]);
    const documents = new Set(succession.documents.map((document) => document.id));
    for (const link of succession.links) {
      expect(known, link.id).toContain(link.agencyId);
      expect(documents, link.id).toContain(link.documentId);
      const targets = link.kind === 'split-between' ? link.parts.map((part) => part.to) : link.kind === 'ended' ? [] : [link.to];
      for (const to of targets) expect(known, link.id).toContain(to);
    }
    for (const role of succession.roles) expect(known).toContain(role.agencyId);
    expect(new Set(succession.links.map((link) => link.agencyId)).size).toBe(succession.links.length);
  });

  test('every agency of the program has a link or is listed as unconfirmed, never both', () => {
    const linked = new Set(succession.links.map((link) => link.agencyId));
    const unconfirmed = new Set(succession.unconfirmed.map((item) => item.agencyId));
    for (const agency of program.agencies) expect(linked.has(agency.id) !== unconfirmed.has(agency.id), agency.id).toBe(true);
    expect([...unconfirmed].sort()).toEqual(
      ['ban-quan-ly-cac-khu-cong-nghiep', 'bao-hiem-xa-hoi-tinh', 'bo-chi-huy-quan-su-tinh', 'cong-an-tinh', 'cuc-thue-tinh', 'lien-minh-cac-hop-tac-xa-tinh'],
    );
  });

  test('each link has the document that made it', () => {
    const byLink = Object.fromEntries(
      succession.links.map((link) => {
        const document = succession.documents.find((d) => d.id === link.documentId)!;
        return [link.agencyId, `${link.from} ${link.kind} ${document.number} ${document.date} ${document.issuer.vi}`];
      }),
    );
    const march = (kind: string) => `2025-03-01 ${kind} 45/2025/NĐ-CP 2025-02-28 Chính phủ`;
    const july = '2025-07-01 merged-into 202/2025/QH15 2025-06-12 Quốc hội';
    expect(byLink).toEqual({
      'so-ke-hoach-va-dau-tu': march('merged-into'),
      'so-thong-tin-va-truyen-thong': march('split-between'),
      'so-lao-dong-thuong-binh-va-xa-hoi': march('split-between'),
      'so-giao-thong-van-tai': march('merged-into'),
      'so-tai-nguyen-va-moi-truong': march('merged-into'),
      'so-nong-nghiep-va-phat-trien-nong-thon': march('merged-into'),
      'ubnd-cac-huyen-thi-xa-thanh-pho': '2025-07-01 ended 72/2025/QH15 2025-06-16 Quốc hội',
      'uy-ban-nhan-dan-tinh-binh-thuan': july,
      'so-tai-chinh': july,
      'so-nong-nghiep-va-moi-truong': july,
      'so-cong-thuong': july,
      'so-van-hoa-the-thao-va-du-lich': july,
      'so-xay-dung': july,
      'so-giao-duc-va-dao-tao': july,
      'so-noi-vu': july,
      'so-khoa-hoc-va-cong-nghe': july,
      'so-y-te': july,
      'so-tu-phap': july,
      'van-phong-ubnd-tinh': july,
    });
  });
});

describe('successorsAsOf', () => {
  test('a merger, then the move to the new province: the chain is followed', () => {
    expect(paths('so-ke-hoach-va-dau-tu', '2025-03-01')).toEqual(['so-tai-chinh ← so-ke-hoach-va-dau-tu-2025-03-01']);
    expect(paths('so-ke-hoach-va-dau-tu', '2026-01-01')).toEqual([
      'so-tai-chinh-tinh-lam-dong ← so-ke-hoach-va-dau-tu-2025-03-01, so-tai-chinh-2025-07-01',
    ]);
    expect(paths('so-tai-nguyen-va-moi-truong', '2025-07-01')).toEqual([
      'so-nong-nghiep-va-moi-truong-tinh-lam-dong ← so-tai-nguyen-va-moi-truong-2025-03-01, so-nong-nghiep-va-moi-truong-2025-07-01',
    ]);
  });

  test('the boundary days: nothing the day before a link, the link on its day', () => {
    expect(paths('so-giao-thong-van-tai', '2025-02-28')).toEqual([]);
    expect(paths('so-giao-thong-van-tai', '2025-03-01')).toEqual(['so-xay-dung ← so-giao-thong-van-tai-2025-03-01']);
    expect(paths('so-xay-dung', '2025-06-30')).toEqual([]);
    expect(paths('so-xay-dung', '2025-07-01')).toEqual(['so-xay-dung-tinh-lam-dong ← so-xay-dung-2025-07-01']);
    expect(paths('ubnd-cac-huyen-thi-xa-thanh-pho', '2025-06-30')).toEqual([]);
  });

  test('a split gives each part its body and functions', () => {
    const split = successorsAsOf(succession, 'so-lao-dong-thuong-binh-va-xa-hoi', '2025-03-01');
    expect(split.map((path) => [path.bodyId, path.steps[0]!.functions?.en])).toEqual([
      ['so-noi-vu', 'merged: labour, wages, employment, people with meritorious service, gender equality'],
      ['so-y-te', 'social protection, children, prevention of social evils'],
      ['so-giao-duc-va-dao-tao', 'vocational education'],
      ['so-nong-nghiep-va-moi-truong', 'poverty reduction'],
    ]);
    expect(paths('so-thong-tin-va-truyen-thong', '2026-01-01')).toEqual([
      'so-khoa-hoc-va-cong-nghe-tinh-lam-dong ← so-thong-tin-va-truyen-thong-2025-03-01, so-khoa-hoc-va-cong-nghe-2025-07-01',
      'so-van-hoa-the-thao-va-du-lich-tinh-lam-dong ← so-thong-tin-va-truyen-thong-2025-03-01, so-van-hoa-the-thao-va-du-lich-2025-07-01',
    ]);
  });

  test('the end of district level: no successor body, the work goes field by field', () => {
    const [ended] = successorsAsOf(succession, 'ubnd-cac-huyen-thi-xa-thanh-pho', '2025-07-01');
    expect(ended!.bodyId).toBeNull();
    const link = ended!.steps[0]!.link;
    expect(link.kind === 'ended' && link.workTo.en).toContain('no single successor');
    expect(ended!.steps[0]!.document).toMatchObject({ number: '72/2025/QH15', effective: '2025-06-16' });
  });

  test('a date that is not one is refused with the value', () => {
    expect(() => successorsAsOf(succession, 'so-y-te', '2025-02-30')).toThrow('expected a date as YYYY-MM-DD, got "2025-02-30"');
    expect(successorsAsOf(succession, 'so-y-te', new Date('2026-01-01T00:00:00Z'))).toHaveLength(1);
  });
});

describe('predecessors and the tasks an agency carries', () => {
  test('Sở Tài chính tỉnh Lâm Đồng has the Bình Thuận Sở Tài chính and, along the chain, Sở Kế hoạch và Đầu tư', () => {
    expect(predecessorsOf(succession, 'so-tai-chinh-tinh-lam-dong', '2026-01-01').map((p) => p.agencyId)).toEqual(['so-tai-chinh', 'so-ke-hoach-va-dau-tu']);
    expect(predecessorsOf(succession, 'so-tai-chinh', '2025-02-28')).toEqual([]);
    expect(predecessorsOf(succession, 'so-tai-chinh', '2025-03-01').map((p) => p.agencyId)).toEqual(['so-ke-hoach-va-dau-tu']);
  });

  test('"tasks Sở Tài chính now carries" are its own, then those of Sở Kế hoạch và Đầu tư marked inherited', () => {
    const carried = tasksCarriedBy(program, succession, 'so-tai-chinh', '2026-01-01');
    const own = filterTasks(program, { agency: 'so-tai-chinh' });
    const planning = filterTasks(program, { agency: 'so-ke-hoach-va-dau-tu' }).filter((task) => !own.includes(task));
    expect(carried.map((item) => item.task)).toEqual([...own, ...planning]);
    expect(carried.filter((item) => item.inherited).map((item) => item.inherited!.agencyId)).toEqual(planning.map(() => 'so-ke-hoach-va-dau-tu'));
    expect(carried.find((item) => item.inherited)!.inherited!.steps[0]!.document.number).toBe('45/2025/NĐ-CP');
    expect(tasksCarriedBy(program, succession, 'so-tai-chinh', '2024-06-30').map((item) => item.task)).toEqual(own);
  });

  test('filters narrow the inherited tasks too', () => {
    const carried = tasksCarriedBy(program, succession, 'so-tai-chinh', '2026-01-01', { year: 2021 });
    const expected = [...filterTasks(program, { agency: 'so-tai-chinh', year: 2021 }), ...filterTasks(program, { agency: 'so-ke-hoach-va-dau-tu', year: 2021 })];
    expect(carried.map((item) => item.task.id).sort()).toEqual([...new Set(expected.map((task) => task.id))].sort());
  });

  test('the compiler of the reports and the issuer, as of a date', () => {
    const holders = (date: string) => programRolesAsOf(succession, date).map(({ role, successors }) => `${role.role}: ${successors.map((p) => p.bodyId).join(',') || role.agencyId}`);
    expect(holders('2025-02-28')).toEqual(['issuer: uy-ban-nhan-dan-tinh-binh-thuan', 'compiler: so-ke-hoach-va-dau-tu']);
    expect(holders('2025-03-01')).toEqual(['issuer: uy-ban-nhan-dan-tinh-binh-thuan', 'compiler: so-tai-chinh']);
    expect(holders('2025-07-01')).toEqual(['issuer: uy-ban-nhan-dan-tinh-lam-dong', 'compiler: so-tai-chinh-tinh-lam-dong']);
    expect(program.implementation.find((item) => item.id === 'implementation-2')!.text).toContain('Sở Kế hoạch và Đầu tư để tổng hợp');
  });
});

describe('chuongtrinh agencies', () => {
  test('as of 2026-01-01, JSON gives each agency its successors, its end or why it has none', () => {
    const { code, stdout } = cli('agencies', '--as-of', '2026-01-01', '--format', 'json');
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.agencies.map((agency: { id: string }) => agency.id)).toEqual(program.agencies.map((agency) => agency.id));
    for (const agency of data.agencies) {
      const outcomes = Number(agency.successors.length > 0) + Number(agency.ended !== null) + Number('unconfirmed' in agency);
      expect(outcomes, agency.id).toBe(1);
      expect(agency.roles).toMatchObject({ total: agencyWorkload(program, agency.id)!.total });
    }
    const planning = data.agencies.find((agency: { id: string }) => agency.id === 'so-ke-hoach-va-dau-tu');
    expect(planning.successors).toMatchObject([
      { id: 'so-tai-chinh-tinh-lam-dong', name: 'Sở Tài chính tỉnh Lâm Đồng', steps: [{ kind: 'merged-into', to: 'so-tai-chinh', document: { number: '45/2025/NĐ-CP' } }, { from: '2025-07-01', document: { number: '202/2025/QH15', issuer: 'Quốc hội' } }] },
    ]);
    expect(data.agencies.find((agency: { id: string }) => agency.id === 'ubnd-cac-huyen-thi-xa-thanh-pho').ended).toMatchObject({ kind: 'ended', from: '2025-07-01', document: { number: '72/2025/QH15' } });
    expect(data.issuer.successors).toMatchObject([{ id: 'uy-ban-nhan-dan-tinh-lam-dong' }]);
  });

  test('as of 2024-06-30 no agency has a successor or an end', () => {
    const data = JSON.parse(cli('agencies', '--as-of', '2024-06-30', '--format', 'json').stdout);
    expect(data.agencies.every((agency: { successors: unknown[]; ended: unknown }) => agency.successors.length === 0 && agency.ended === null)).toBe(true);
    expect(data.issuer.successors).toEqual([]);
  });

  test('the table names the successor, the date and the document', () => {
    const { code, stdout } = cli('agencies', '--as-of', '2025-03-01');
    expect(code).toBe(0);
    expect(stdout).toContain('merged-into 2025-03-01 → Sở Tài chính — Nghị định 45/2025/NĐ-CP (28/02/2025, Chính phủ)');
  });

  test('a bad date or a bad format is a usage error naming the value', () => {
    expect(cli('agencies', '--as-of', '2026-02-30')).toMatchObject({ code: 2, stderr: expect.stringContaining('--as-of expects a date like 2025-12-31, got "2026-02-30"') });
    expect(cli('agencies', '--format', 'csv')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format expects table, json') });
  });
});

describe('chuongtrinh tasks (and export) --agency --as-of', () => {
  test('a current body gets its predecessors’ tasks, and stderr says where they come from', () => {
    const { code, stdout, stderr } = cli('tasks', '--agency', 'so-tai-chinh-tinh-lam-dong', '--as-of', '2026-01-01');
    expect(code).toBe(0);
    const expected = tasksCarriedBy(program, succession, 'so-tai-chinh-tinh-lam-dong', '2026-01-01');
    expect(stdout.split('\n').slice(0, -1).map((line) => line.split(' ')[0])).toEqual(expected.map((item) => item.task.id));
    expect(stderr).toMatch(/^as of 2026-01-01, Sở Tài chính tỉnh Lâm Đồng also carries the tasks of: Sở Tài chính \(merged-into 2025-07-01/);
  });

  test('an agency that no longer exists keeps its tasks, and stderr says who carries them', () => {
    const { stdout, stderr } = cli('tasks', '--agency', 'so-ke-hoach-va-dau-tu', '--as-of', '2026-01-01');
    expect(stdout).toMatch(new RegExp(`${filterTasks(program, { agency: 'so-ke-hoach-va-dau-tu' }).length} tasks$`));
    expect(stderr).toContain('Sở Kế hoạch và Đầu tư no longer exists: merged-into 2025-03-01 → Sở Tài chính');
  });

  test('export selects the same tasks as tasks: a CSV from either is the same file', () => {
    const options = ['--agency', 'so-tai-chinh-tinh-lam-dong', '--as-of', '2026-01-01', '--format', 'csv'];
    const exported = cli('export', ...options);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/^as of 2026-01-01, Sở Tài chính tỉnh Lâm Đồng also carries the tasks of/);
    expect(exported.stdout).toBe(cli('tasks', ...options).stdout);
    const expected = tasksCarriedBy(program, succession, 'so-tai-chinh-tinh-lam-dong', '2026-01-01');
    expect(exported.stdout.split('\r\n').filter(Boolean)).toHaveLength(expected.length + 1);
  });

  test('before the links nothing changes; a bad date or an unknown body is refused', () => {
    expect(cli('tasks', '--agency', 'so-tai-chinh', '--as-of', '2024-06-30').stderr).toBe('');
    expect(cli('tasks', '--agency', 'so-tai-chinh', '--as-of', '2024-6-30')).toMatchObject({ code: 2 });
    expect(cli('tasks', '--agency', 'so-tai-chinh-tinh-lam-dong')).toMatchObject({ code: 2, stderr: expect.stringContaining('no agency has id "so-tai-chinh-tinh-lam-dong"') });
  });
});
