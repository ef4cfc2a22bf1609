import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { program } from '../src/data.js';
import { applyStatus, filterTasks, tasksToAtom } from '../src/index.js';

const BASE = 'https://example.gov.vn/chuongtrinh/';
const options = {
  feedUrl: `${BASE}tin/so-cong-thuong.xml`,
  taskUrl: (task: { id: string }) => `${BASE}embed/ct-task-list.html#${task.id}`,
  updated: new Date('2021-01-15T00:00:00Z'),
};
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'author'].includes(name) }).parse(xml).feed;

describe('Atom', () => {
  test('is well-formed, with the required feed elements and one entry per task linking to it', () => {
    const tasks = filterTasks(program, { agency: 'so-cong-thuong' });
    const xml = tasksToAtom(program, tasks, options);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parse(xml);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed).toMatchObject({ id: options.feedUrl, title: program.title, updated: '2021-01-15T00:00:00.000Z' });
    expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual(tasks.map((task) => `tag:chuongtrinh,2021:${program.id}/${task.id}`));
    expect(feed.entry.map((entry: { link: Array<{ '@_href': string }> }) => entry.link[0]!['@_href'])).toEqual(tasks.map(options.taskUrl));
    for (const entry of feed.entry) expect(entry.author[0].name).toBeTruthy();
  });

  test('escapes the text as HTML, so markup and a CDATA end in a task stay text', () => {
    const task = structuredClone(program.tasks[0]!);
    task.text = 'Giá <b>điện</b> & nước ]]> cuối';
    const xml = tasksToAtom(program, [task], options);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).entry[0].title['#text']).toBe('Giá &lt;b&gt;điện&lt;/b&gt; &amp; nước ]]&gt; cuối');
  });

  test('with a status report, adds an entry per reported status, dated by its update', () => {
    const [task] = filterTasks(program, { agency: 'so-cong-thuong' });
    const status = applyStatus(program, [
      { formatVersion: 1, programId: program.id, asOf: '2022-01-15', entries: [{ taskId: task!.id, status: 'done', updated: '2022-01-10', note: 'Đã ban hành' }] },
    ]);
    const entries = parse(tasksToAtom(program, [task!], { ...options, status })).entry;
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ id: `tag:chuongtrinh,2021:${program.id}/${task!.id}/status/2022-01-10`, updated: '2022-01-10T12:00:00.000Z' });
    expect(entries[1].content['#text']).toContain('Đã ban hành');
  });
});
