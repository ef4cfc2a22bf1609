import { deadlinesByYear, filterTasks } from '@chuongtrinh/core';
import { program } from '@chuongtrinh/core/data';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { run } from '../src/prerender/cli.js';
import { calendarPath, feedPath, subscriptionFiles } from '../src/prerender/subscriptions.js';

const BASE = 'https://so-cong-thuong.binhthuan.gov.vn/js/chuongtrinh/';
const files = subscriptionFiles(program, { baseUrl: BASE, updated: new Date('2021-06-01T00:00:00Z') });
const agencies = program.agencies.filter((agency) => filterTasks(program, { agency: agency.id }).length > 0);
const subjects = [{ id: program.id, filter: {} }, ...agencies.map((agency) => ({ id: agency.id, filter: { agency: agency.id } }))];
const parseFeed = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'author'].includes(name) }).parse(xml).feed;

describe('subscription files', () => {
  test('one calendar and one feed for the program and for each agency with tasks, and nothing else', () => {
    expect([...files.keys()].sort()).toEqual(subjects.flatMap(({ id }) => [calendarPath(id), feedPath(id)]).sort());
  });

  test.each(subjects)('$id: the calendar parses with ical.js and has every deadline of its tasks', ({ id, filter }) => {
    const calendar = new ICAL.Component(ICAL.parse(files.get(calendarPath(id))!));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const groups = deadlinesByYear(program, filter);
    const uid = ({ task, deadline }: { task: { id: string; deadlines: unknown[] }; deadline: unknown }) => `${task.id}-${task.deadlines.indexOf(deadline) + 1}@${program.id}`;
    const dated = groups.years.flatMap(({ year, entries }) => entries.map((entry) => ({ uid: uid(entry), year })));
    const expected = [...dated.map((entry) => entry.uid), ...groups.annual.map(uid)];
    expect(events.map((event) => event.uid).sort()).toEqual([...new Set(expected)].sort());
    for (const { uid: id, year } of dated) expect(events.find((event) => event.uid === id)!.startDate.year).toBe(year);
    const description = String(calendar.getFirstPropertyValue('x-wr-caldesc') ?? '');
    for (const entry of groups.undated) expect(description).toContain(entry.task.id);
  });

  test.each(subjects)('$id: the feed is well-formed Atom with its tasks, each linking to it', ({ id, filter }) => {
    const xml = files.get(feedPath(id))!;
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${BASE}${feedPath(id)}`);
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toBe('2021-06-01T00:00:00.000Z');
    expect(feed.author[0].name).toBe(program.issuer);
    const tasks = filterTasks(program, filter);
    expect(feed.entry).toHaveLength(tasks.length);
    feed.entry.forEach((entry: { id: string; title: unknown; updated: string; link: Array<{ '@_href': string }> }, index: number) => {
      const task = tasks[index]!;
      expect(entry.id).toContain(task.id);
      expect(entry.title).toBeTruthy();
      expect(entry.updated).toBe('2021-06-01T00:00:00.000Z');
      const link = new URL(entry.link[0]!['@_href']);
      expect(link.href.startsWith(`${BASE}embed/ct-task-list.html`)).toBe(true);
      expect(link.hash).toBe(`#${task.id}`);
      if (id !== program.id) expect(link.searchParams.get('co-quan')).toBe(id);
    });
  });

  test('a base URL that is not absolute is refused, naming the option', () => {
    expect(() => subscriptionFiles(program, { baseUrl: '/js/chuongtrinh/', updated: new Date() })).toThrow(/--base-url: expected an absolute URL/);
  });

  test('the command needs --base-url and a valid --updated date', async () => {
    await expect(run(['subscriptions', '/tmp/x'])).rejects.toThrow(/--base-url is required/);
    await expect(run(['subscriptions', '/tmp/x', '--base-url', BASE, '--updated', '2021-13-45'])).rejects.toThrow(/--updated expects a date YYYY-MM-DD/);
  });
});
