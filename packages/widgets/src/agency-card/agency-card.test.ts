import { AGENCY_ROLES, agencyWorkload, deadlinesByYear, validateFilter } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { describe, expect, test, vi as vitest } from 'vitest';
import { allowWarnings, expectNoAxeViolations, mount, part, parts, textOf } from '../../test/browser.js';
import '../index.js';
import { en } from '../translations/en.js';
import { vi } from '../translations/vi.js';
import type { CtAgencyCard } from './agency-card.js';

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
    const card = await mount<CtAgencyCard>('<ct-agency-card></ct-agency-card>');
    expect(textOf(part(card, '[part~="problems"]'))).toContain(vi.problem({ code: 'missing-attribute', field: 'agency' }));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('an unknown agency, with the closest ids', async () => {
    const warn = allowWarnings();
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-y-tee"></ct-agency-card>');
    const [problem] = validateFilter(program, { agency: 'so-y-tee' });
    expect(textOf(part(card, '[part~="problems"]'))).toContain(vi.problem(problem!));
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
    const card = await mount<CtAgencyCard>('<ct-agency-card agency="so-y-te" src="/fixtures/missing.json" lang="en"></ct-agency-card>');
    const url = new URL('/fixtures/missing.json', document.baseURI).href;
    expect(textOf(part(card, '[part~="problems"]'))).toContain(en.problem({ code: 'http-error', url, bundled: false, status: 404, statusText: 'Not Found' }));
    expect(warn).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });

  test('src whose agencies do not match its blocks', async () => {
    const warn = allowWarnings();
    const broken = structuredClone(program);
    broken.agencies = broken.agencies.filter((agency) => agency.id !== 'so-y-te');
    const src = URL.createObjectURL(new Blob([JSON.stringify(broken)], { type: 'application/json' }));
    const card = await mount<CtAgencyCard>(`<ct-agency-card agency="so-cong-thuong" src="${src}"></ct-agency-card>`);
    expect(textOf(part(card, '[part~="problems"]'))).toMatch(/blocks\[\d+\]\.assignments\[\d+\]\.agencyId: no agency has id "so-y-te"/);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
