import {
  AGENCY_ROLES,
  agencyWorkload,
  applyStatus,
  countTimeliness,
  deadlinesByYear,
  filterTasks,
  taskDetails,
  TIMELINESS,
  validateFilter,
  type StatusReport,
  type Timeliness,
} from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { formatDate } from '@chuongtrinh/core/format';
import { describe, expect, test, vi as vitest } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { allowWarnings, expectNoAxeViolations, mount, part, parts, settled, textOf } from '../../test/browser.js';
import { AS_OF, everyClass, overlay, served } from '../../test/overlays.js';
import '../index.js';
import { en } from '../translations/en.js';
import { vi } from '../translations/vi.js';
import type { CtAgencyCard } from './agency-card.js';
import { tokenDefault } from '../shared/tokens.js';
import { problemVi } from '../translations/problems.vi.js';
import { problemEn } from '../translations/problems.en.js';

const counts = (card: CtAgencyCard) =>
  Object.fromEntries(parts(card, '[part~="count"]').map((count) => [textOf(count.querySelector('dt')), Number(textOf(count.querySelector('dd')))]));

describe('what it shows', () => {
  test.each(program.agencies.map((agency) => agency.id))('<ct-agency-card agency="%s"> shows core\'s workload', async (id) => {
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="${id}"></ct-agency-card>`);
    const workload = agencyWorkload(program, id)!;
    expect(textOf(part(card, '[part~="name"]'))).toBe(workload.agency.name);
    if (workload.agency.nameEn) expect(textOf(part(card, '[part~="name-en"]'))).toBe(workload.agency.nameEn);
    expect(counts(card)).toEqual(Object.fromEntries(AGENCY_ROLES.map((role) => [vi.roles[role], workload[role]])));
    expect(textOf(card.shadowRoot)).toContain(vi.totalTasks(workload.total));
    expect(parts(card, '[part~="areas"] li').map(textOf)).toEqual(workload.areas.map((area) => `${area.number}. ${area.title}`));

    const groups = deadlinesByYear(program, { agency: id });
    const dated = groups.years.reduce((sum, year) => sum + year.entries.length, 0);
    if (dated + groups.annual.length + groups.undated.length === 0) {
      expect(textOf(part(card, '[part~="deadlines"]'))).toBe(vi.noDeadlines);
    } else {
      const rows = parts(card, '[part~="deadlines"] > div').map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]);
      expect(rows.slice(0, groups.years.length)).toEqual(groups.years.map(({ year, entries }) => [String(year), vi.deadlineCount(entries.length)]));
    }
  });

  test('leads, coordinates and is responsible side by side', async () => {
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-cong-thuong"></ct-agency-card>');
    const tops = parts(card, '[part~="count"]').map((count) => count.getBoundingClientRect().top);
    expect(new Set(tops).size).toBe(1);
    await expectNoAxeViolations();
  });

  test.each([
    ['/js/chuongtrinh/', 'vi', vi],
    ['https://cdn.example.vn/chuongtrinh', 'en', en],
  ] as const)('with subscriptions="%s", links to the agency\'s calendar and feed (%s)', async (folder, lang, words) => {
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="so-cong-thuong" subscriptions="${folder}" lang="${lang}"></ct-agency-card>`);
    const links = parts<HTMLAnchorElement>(card, '[part~="subscribe-link"]');
    const base = folder.endsWith('/') ? folder : `${folder}/`;
    expect(links.map((link) => [textOf(link), link.getAttribute('href'), link.type])).toEqual([
      [words.followCalendar, `${base}lich/so-cong-thuong.ics`, 'text/calendar'],
      [words.followFeed, `${base}tin/so-cong-thuong.xml`, 'application/atom+xml'],
    ]);
    await expectNoAxeViolations();
  });

  test('has no subscription links without subscriptions', async () => {
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-cong-thuong"></ct-agency-card>');
    expect(parts(card, '[part~="subscriptions"]')).toEqual([]);
  });

  test('links to the page of its tasks with href, and shows the page\'s own content', async () => {
    const card = await mount<CtAgencyCard>(
      '<ct-agency-card agency="so-cong-thuong" href="/so-cong-thuong/nhiem-vu"><p>Điện thoại: 0252 3822 000</p></ct-agency-card>',
    );
    const link = part<HTMLAnchorElement>(card, '[part~="link"]');
    expect(link.getAttribute('href')).toBe('/so-cong-thuong/nhiem-vu');
    expect(textOf(link)).toBe(vi.agencyTasksLink);
    const slot = part<HTMLSlotElement>(card, 'slot');
    expect(slot.assignedElements().map(textOf)).toEqual(['Điện thoại: 0252 3822 000']);
    await expectNoAxeViolations();
  });

  test.each(['javascript:alert(document.domain)', 'java\tscript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'])(
    'href="%s" makes no link: the card is shown without it and the attribute reported',
    async (href) => {
      const warn = allowWarnings();
      const card = document.createElement('ct-agency-card');
      card.setAttribute('agency', 'so-cong-thuong');
      card.setAttribute('href', href);
      card.toggleAttribute('debug', true);
      document.body.append(card);
      await settled(card);
      expect(card.shadowRoot?.querySelector('a')).toBeNull();
      expect(part(card, '[part~="name"]')).toBeTruthy();
      const message = problemVi({ code: 'malformed-attribute', field: 'href', value: href });
      expect(textOf(part(card, '[part~="problems"] li'))).toBe(message.replace(/\s+/g, ' ').trim());
      expect(warn).toHaveBeenCalledTimes(1);
    },
  );

  test.each(['https://binhthuan.gov.vn/so-cong-thuong', 'http://example.org/x', 'nhiem-vu.html', '/a?b=c#d', '//example.org/x'])('href="%s" is a link', async (href) => {
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="so-cong-thuong" href="${href}"></ct-agency-card>`);
    expect(part<HTMLAnchorElement>(card, '[part~="link"]').getAttribute('href')).toBe(href);
  });

  test('in English with lang="en", names still in both languages', async () => {
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-cong-thuong" lang="en"></ct-agency-card>');
    const workload = agencyWorkload(program, 'so-cong-thuong')!;
    expect(counts(card)).toEqual(Object.fromEntries(AGENCY_ROLES.map((role) => [en.roles[role], workload[role]])));
    expect(part(card, '[part~="name"]').getAttribute('lang')).toBe('vi');
    expect(part(card, '[part~="name-en"]').getAttribute('lang')).toBe('en');
    await expectNoAxeViolations();
  });

  test('follows the page when the page switches language', async () => {
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-y-te"></ct-agency-card>', { lang: 'vi' });
    document.querySelector('main')!.lang = 'en';
    await vitest.waitFor(() => expect(textOf(card.shadowRoot)).toContain(en.workloadLabel));
  });
});

describe('bad input: shown in the widget, logged once', () => {
  test('no agency attribute', async () => {
    const warn = allowWarnings();
    const card = await mount<CtAgencyCard>('<ct-agency-card debug></ct-agency-card>');
    expect(textOf(part(card, '[part~="problems"]'))).toContain(problemVi({ code: 'missing-attribute', field: 'agency' }));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('an unknown agency, with the closest ids', async () => {
    const warn = allowWarnings();
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-y-tee" debug></ct-agency-card>');
    const [problem] = validateFilter(program, { agency: 'so-y-tee' });
    expect(textOf(part(card, '[part~="problems"]'))).toContain(problemVi(problem!));
    expect(textOf(part(card, '[part~="problems"]'))).toContain('"so-y-te"');
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('switching to another bad agency logs again; switching language does not', async () => {
    const warn = allowWarnings();
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-y-tee"></ct-agency-card>');
    card.lang = 'en';
    await card.updateComplete;
    expect(warn).toHaveBeenCalledTimes(1);
    card.agency = 'so-cong-thong';
    await card.updateComplete;
    expect(warn).toHaveBeenCalledTimes(2);
  });

  test('src that answers 404', async () => {
    const warn = allowWarnings();
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-y-te" src="/fixtures/missing.json" lang="en" debug></ct-agency-card>');
    const url = new URL('/fixtures/missing.json', document.baseURI).href;
    expect(textOf(part(card, '[part~="problems"]'))).toContain(problemEn({ code: 'http-error', url, bundled: false, status: 404, statusText: 'Not Found' }));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('src whose agencies do not match its blocks', async () => {
    const warn = allowWarnings();
    const broken = structuredClone(program);
    broken.agencies = broken.agencies.filter((agency) => agency.id !== 'so-y-te');
    const src = URL.createObjectURL(new Blob([JSON.stringify(broken)], { type: 'application/json' }));
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="so-cong-thuong" src="${src}" debug></ct-agency-card>`);
    expect(textOf(part(card, '[part~="problems"]'))).toMatch(/blocks\[\d+\]\.assignments\[\d+\]\.agencyId: no agency has id "so-y-te"/);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('status overlays (status-src)', () => {
  const timelinessCounts = (card: CtAgencyCard) =>
    Object.fromEntries(parts(card, '[part~="timeliness-count"]').map((count) => [textOf(count.querySelector('dt')), Number(textOf(count.querySelector('dd')))]));

  /** Core's report tallied over the agency's tasks, as the card should show it. */
  function expectedCounts(report: StatusReport, agency: string, labels: Record<Timeliness, string>) {
    const { counts, reported, total } = countTimeliness(report.tasks, filterTasks(program, { agency }));
    return { counts: Object.fromEntries(TIMELINESS.map((level) => [labels[level], counts[level]])), reported, total };
  }

  // The agencies of the fixture's tasks, so that every class shows up on some card.
  const { tasks } = everyClass();
  const agencies = [...new Set(Object.values(tasks).flatMap((task) => taskDetails(program, task)!.agencies.map(({ agency }) => agency.id)))];

  test.each(agencies)('<ct-agency-card agency="%s"> counts its tasks per timeliness class as core judges them', async (agency) => {
    const { entries } = everyClass();
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="${agency}" status-src="${served(overlay(entries))}" as-of="${AS_OF}"></ct-agency-card>`);
    const { counts, reported, total } = expectedCounts(applyStatus(program, [overlay(entries)], { asOf: AS_OF }), agency, vi.timeliness);
    expect(timelinessCounts(card)).toEqual(counts);
    expect(textOf(part(card, '[part~="reported"]'))).toBe(vi.reportedCount(reported, total));
    expect(textOf(card.shadowRoot)).toContain(vi.progressAsOf(formatDate(AS_OF, 'vi')));
  });

  test('every class appears on some card of the fixture', () => {
    const { entries } = everyClass();
    const report = applyStatus(program, [overlay(entries)], { asOf: AS_OF });
    const shown = new Set(agencies.flatMap((agency) => TIMELINESS.filter((level) => expectedCounts(report, agency, vi.timeliness).counts[vi.timeliness[level]]! > 0)));
    expect([...shown].sort()).toEqual([...TIMELINESS].sort());
  });

  test('without as-of, judged as of today; in English; no axe violation', async () => {
    const { entries } = everyClass();
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="so-cong-thuong" lang="en" status-src="${served(overlay(entries))}"></ct-agency-card>`);
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const { counts } = expectedCounts(applyStatus(program, [overlay(entries)], { asOf: iso }), 'so-cong-thuong', en.timeliness);
    expect(timelinessCounts(card)).toEqual(counts);
    expect(textOf(card.shadowRoot)).toContain(en.progressAsOf(formatDate(iso, 'en')));
    await expectNoAxeViolations();
  });

  test('no counts without status-src', async () => {
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-cong-thuong"></ct-agency-card>');
    expect(parts(card, '[part~="timeliness-counts"]')).toEqual([]);
  });

  test('an invalid entry is reported with its path; the card still counts the valid ones', async () => {
    const warn = allowWarnings();
    const { entries } = everyClass();
    const body = overlay([...entries, { taskId: entries[0]!.taskId, status: 'done', updated: 'hôm qua' }]);
    const src = served(body);
    const agency = taskDetails(program, entries[0]!.taskId)!.agencies[0]!.agency.id;
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="${agency}" status-src="${src}" as-of="${AS_OF}" debug></ct-agency-card>`);
    const report = applyStatus(program, [body], { asOf: AS_OF, labels: [src] });
    const [issue] = report.issues;
    expect(issue?.path).toBe(`entries[${entries.length}].updated`);
    expect(parts(card, '[part~="problems"] li').map(textOf)).toEqual([problemVi({ code: 'status-issue', url: src, path: issue!.path, message: issue!.message })]);
    expect(timelinessCounts(card)).toEqual(expectedCounts(report, agency, vi.timeliness).counts);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('an overlay that answers 404: said in the card, no counts made up', async () => {
    const warn = allowWarnings();
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-y-te" status-src="/fixtures/missing.json" lang="en" debug></ct-agency-card>');
    const url = new URL('/fixtures/missing.json', document.baseURI).href;
    expect(parts(card, '[part~="problems"] li').map(textOf)).toEqual([
      problemEn({ code: 'status-fetch', failure: { code: 'http-error', url, bundled: false, status: 404, statusText: 'Not Found' } }),
    ]);
    expect(parts(card, '[part~="timeliness-counts"]')).toEqual([]);
    expect(parts(card, '[part~="count"]')).toHaveLength(AGENCY_ROLES.length);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });
});

describe('succession as of a date', () => {
  async function mountInherited(markup: string): Promise<CtAgencyCard> {
    const card = await mount<CtAgencyCard>(markup);
    await vitest.waitFor(() => expect(parts(card, '[part~="now"]').length).toBeGreaterThan(0), { timeout: 5000 });
    return card;
  }

  test('<ct-agency-card agency="so-tai-chinh" as-of="2026-01-01">: its own tasks, and those it inherited apart', async () => {
    const card = await mountInherited('<ct-agency-card agency="so-tai-chinh" as-of="2026-01-01"></ct-agency-card>');
    const workload = agencyWorkload(program, 'so-tai-chinh')!;
    expect(counts(card)).toEqual(Object.fromEntries(AGENCY_ROLES.map((role) => [vi.roles[role], workload[role]])));
    expect(textOf(part(card, '.now-line'))).toContain('— nay là Sở Tài chính tỉnh Lâm Đồng');
    const own = new Set(filterTasks(program, { agency: 'so-tai-chinh' }).map((task) => task.id));
    const inherited = filterTasks(program, { agency: 'so-ke-hoach-va-dau-tu' }).filter((task) => !own.has(task.id));
    const section = part(card, '[part~="inherited"]');
    expect(textOf(section)).toContain(vi.inheritedFrom('Sở Kế hoạch và Đầu tư', inherited.length));
    expect(textOf(section)).toContain('hợp nhất vào Sở Tài chính — Nghị định số 45/2025/NĐ-CP');
    expect(parts(card, '[part~="inherited-tasks"] li')).toHaveLength(inherited.length);
    expect(textOf(part(card, '[part~="issuer-now"]'))).toContain('Ủy ban nhân dân tỉnh Lâm Đồng');
    await expectNoAxeViolations();
  });

  test('a split: Sở Y tế inherits social protection from Sở Lao động - Thương binh và Xã hội', async () => {
    const card = await mountInherited('<ct-agency-card agency="so-y-te" as-of="2025-03-01" lang="en"></ct-agency-card>');
    const section = part(card, '[part~="inherited"]');
    expect(textOf(section)).toContain('Department of Health (social protection, children, prevention of social evils)');
    expect(textOf(section)).toContain(en.inheritedLabel);
    await expectNoAxeViolations();
  });

  test('before the links, nothing changes', async () => {
    const now = await mountInherited('<ct-agency-card agency="so-tai-chinh" as-of="2026-01-01"></ct-agency-card>');
    now.remove();
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-tai-chinh" as-of="2024-06-30"></ct-agency-card>');
    expect(parts(card, '[part~="inherited"], [part~="now"], [part~="issuer-now"]')).toHaveLength(0);
  });
});

describe('for a visitor: calm messages, headings, official dates, the original text', () => {
  test('a problem is one short line, role=status, with no URL or JSON path unless debug; logged once', async () => {
    const warn = allowWarnings();
    const broken = structuredClone(program);
    broken.agencies = broken.agencies.filter((agency) => agency.id !== 'so-y-te');
    const src = URL.createObjectURL(new Blob([JSON.stringify(broken)], { type: 'application/json' }));
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="so-cong-thuong" src="${src}"></ct-agency-card>`);
    const box = part(card, '[part~="problems"]');
    expect(box.getAttribute('role')).toBe('status');
    expect(card.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    expect(textOf(box)).toBe(vi.problemsTitle);
    expect(textOf(card.shadowRoot)).not.toContain(src);
    expect(textOf(card.shadowRoot)).not.toMatch(/blocks\[\d+\]/);
    await expectNoAxeViolations();
    card.requestUpdate();
    await card.updateComplete;
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(src);
    expect(warn.mock.calls[0]?.[0]).toMatch(/blocks\[\d+\]\.assignments\[\d+\]\.agencyId/);

    card.debug = true;
    await card.updateComplete;
    expect(textOf(box)).toContain(src);
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('overlay conflicts: one line for visitors, not one per conflict; each conflict in the one warning', async () => {
    const warn = allowWarnings();
    const [first, second] = filterTasks(program, { agency: 'so-cong-thuong' });
    const one = overlay([{ taskId: first!.id, status: 'in-progress', updated: '2022-01-02' }, { taskId: second!.id, status: 'in-progress', updated: '2022-01-02' }], { reporter: 'so-a' });
    const other = overlay([{ taskId: first!.id, status: 'not-started', updated: '2022-03-01' }, { taskId: second!.id, status: 'not-started', updated: '2022-03-01' }], { reporter: 'so-b' });
    const [a, b] = [served(one), served(other)];
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="so-cong-thuong" status-src="${a} ${b}" as-of="${AS_OF}"></ct-agency-card>`);
    const { conflicts } = applyStatus(program, [one, other], { asOf: AS_OF, labels: [a, b] });
    expect(conflicts.length).toBeGreaterThan(1);
    expect(parts(card, '[part~="problems"]').map(textOf)).toEqual([vi.statusProblemsTitle]);
    expect(warn).toHaveBeenCalledTimes(1);
    for (const conflict of conflicts) expect(warn.mock.calls[0]?.[0]).toContain(problemVi({ code: 'status-conflict', ...conflict }));
    await expectNoAxeViolations();
  });

  test.each([
    [undefined, 3],
    ['2', 2],
  ] as const)('heading-level=%s: the agency is an h%d, its sections one level below', async (attribute, level) => {
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="so-cong-thuong"${attribute ? ` heading-level="${attribute}"` : ''}></ct-agency-card>`);
    expect(part(card, '[part~="name"]').parentElement?.localName).toBe(`h${level}`);
    const sections = parts(card, `h${level + 1}`).map(textOf);
    expect(sections).toEqual([vi.workloadLabel, vi.deadlinesByYearLabel, vi.areasLabel]);
    await expectNoAxeViolations();
  });

  test('heading-level="6": the sections stay h6', async () => {
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-cong-thuong" heading-level="6"></ct-agency-card>');
    expect(part(card, '[part~="name"]').parentElement?.localName).toBe('h6');
    expect(parts(card, 'h6').map(textOf)).toContain(vi.workloadLabel);
  });

  test('heading-level="7" is reported, and the default level kept', async () => {
    const warn = allowWarnings();
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-cong-thuong" heading-level="7" debug></ct-agency-card>');
    expect(part(card, '[part~="name"]').parentElement?.localName).toBe('h3');
    expect(textOf(part(card, '[part~="problems"] li'))).toBe(problemVi({ code: 'malformed-attribute', field: 'heading-level', value: '7' }));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('two cards on one page give no duplicate landmark', async () => {
    await mount('<ct-agency-card agency="so-tai-chinh" as-of="2026-01-01"></ct-agency-card><ct-agency-card agency="so-tai-chinh" as-of="2026-01-01"></ct-agency-card>');
    await settled(document.querySelectorAll<CtAgencyCard>('ct-agency-card')[1]!);
    await expectNoAxeViolations();
  });

  test.each([
    ['vi', 'Tiến độ tính đến ngày 2 tháng 12 năm 2026'],
    ['en', 'Progress as of 2 December 2026'],
  ] as const)('the as-of date in official style (%s)', async (lang, expected) => {
    const { entries } = everyClass();
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="so-cong-thuong" lang="${lang}" status-src="${served(overlay(entries))}" as-of="2026-12-02"></ct-agency-card>`);
    expect(textOf(part(card, '#progress-label'))).toBe(expected);
    expect(textOf(part(card, '#progress-label'))).toBe((lang === 'vi' ? vi : en).progressAsOf(formatDate('2026-12-02', lang)));
  });

  test('printed: every disclosure open, without its triangle, in the light palette', async () => {
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-ke-hoach-va-dau-tu" as-of="2026-01-01" theme="dark"></ct-agency-card>');
    await vitest.waitFor(() => expect(parts(card, 'details')).not.toHaveLength(0));
    const disclosure = part<HTMLDetailsElement>(card, 'details');
    const inside = disclosure.querySelector('ul')!;
    expect(disclosure.open).toBe(false);
    expect(inside.checkVisibility()).toBe(false);
    await commands.emulateMedia('print');
    try {
      expect(inside.checkVisibility()).toBe(true);
      expect(getComputedStyle(disclosure.querySelector('summary')!).listStyleType).toBe('none');
      expect(getComputedStyle(card).getPropertyValue('--ct-default-color-surface').trim()).toBe(tokenDefault('--ct-color-surface', 'light'));
    } finally {
      await commands.emulateMedia('screen');
    }
  });

  test('an inherited task opens its original lines', async () => {
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-tai-chinh" as-of="2026-01-01"></ct-agency-card>');
    const button = part<HTMLButtonElement>(card, '[part~="inherited-tasks"] button[part~="source"]');
    await userEvent.click(button);
    await vitest.waitFor(() => expect(parts(card, '.source-lines li.cited').length).toBeGreaterThan(0));
    expect(part<HTMLDialogElement>(card, 'dialog').open).toBe(true);
    await expectNoAxeViolations();
  });
});
