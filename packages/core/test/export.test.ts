import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { program } from '../src/data.js';
import { applyStatus, EXPORT_FORMATS, exportTasks, filterTasks, subsetProgram, tasksToCsv, tasksToIcs, taskDetails, validateProgram, type Program } from '../src/index.js';

const readCsv = (csv: string) => parseCsv(csv, { bom: true, columns: true }) as Array<Record<string, string>>;

describe('CSV', () => {
  test('starts with a UTF-8 BOM, ends lines with CRLF and round-trips Vietnamese text', () => {
    const tasks = filterTasks(program, { agency: 'so-cong-thuong' });
    const csv = tasksToCsv(program, tasks);
    expect(csv.startsWith('\uFEFFMã nhiệm vụ,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(tasks.length + 2);
    const rows = readCsv(csv);
    expect(rows.map((row) => row['Mã nhiệm vụ'])).toEqual(tasks.map((task) => task.id));
    expect(rows.map((row) => row['Nhiệm vụ'])).toEqual(tasks.map((task) => task.text));
    const first = taskDetails(program, tasks[0]!)!;
    expect(rows[0]!['Chủ trì']).toBe(first.agencies.filter((a) => a.role === 'lead').map((a) => a.agency.name).join('; '));
  });

  test('lists agencies by role, deadlines, references and source lines', () => {
    const [row] = readCsv(tasksToCsv(program, filterTasks(program, { area: 5 }).slice(0, 1), { lang: 'en' }));
    expect(row).toMatchObject({
      'Task id': 'task-5-1',
      Area: '5',
      Lead: 'Sở Khoa học và Công nghệ',
      Coordinating: 'Sở Thông tin và Truyền thông',
      'Source lines': '810–828',
    });
    const [cited] = readCsv(tasksToCsv(program, filterTasks(program, { reference: 'nghi-dinh-107-2020-nd-cp' })));
    expect(cited!['Văn bản dẫn chiếu']).toBe('18-NQ/TW; 19-NQ/TW; 39-NQ/TW; 107/2020/NĐ-CP');
    expect(cited!['Thời hạn']).toBe('năm 2021');
  });

  test('with a status report, adds status and timeliness columns', () => {
    const task = program.tasks[0]!;
    const status = applyStatus(
      program,
      [{ formatVersion: 1, programId: program.id, asOf: '2022-01-15', entries: [{ taskId: task.id, status: 'done', updated: '2022-01-10', completedOn: '2021-12-20', note: 'Đã ban hành; "trích dẫn", dấu phẩy' }] }],
    );
    const rows = parseCsv(tasksToCsv(program, [task], { status, delimiter: ';' }), { bom: true, columns: true, delimiter: ';' }) as Array<Record<string, string>>;
    expect(rows[0]).toMatchObject({ 'Trạng thái': 'done', 'Tiến độ': 'done-on-time', 'Ngày hoàn thành': '2021-12-20', 'Ghi chú': 'Đã ban hành; "trích dẫn", dấu phẩy' });
  });
});

describe('CSV formula neutralising (OWASP CSV injection), for every cell from any source', () => {
  const payloads = ['=HYPERLINK("http://evil.example","x")\n', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1', '=1\r\nsecond line'];

  test.each(payloads)('%j in a task text, an agency name and an overlay note starts with an apostrophe', (payload) => {
    const copy = structuredClone(program) as Program;
    const task = copy.tasks[0]!;
    task.text = payload;
    const lead = taskDetails(copy, task)!.agencies.find((item) => item.role === 'lead')!;
    copy.agencies.find((agency) => agency.id === lead.agency.id)!.name = payload;
    const status = applyStatus(copy, [{ formatVersion: 1, programId: copy.id, asOf: '2022-01-15', entries: [{ taskId: task.id, status: 'done', updated: '2022-01-10', note: payload }] }]);
    const [row] = readCsv(tasksToCsv(copy, [task], { status }));
    for (const column of ['Nhiệm vụ', 'Chủ trì', 'Ghi chú']) expect(row![column]).toBe(`'${payload}`);
  });
});

describe('exportTasks: the one entry point of the CLI and the widgets', () => {
  test.each(EXPORT_FORMATS)('%s: the text of the format-specific writer, ending with one line ending', (format) => {
    const tasks = filterTasks(program, { agency: 'so-y-te' });
    const stamp = new Date(Date.UTC(2026, 0, 1));
    const { text, mediaType } = exportTasks(program, tasks, format, { stamp });
    const expected = { csv: tasksToCsv(program, tasks), json: `${JSON.stringify(subsetProgram(program, tasks), null, 2)}\n`, ics: tasksToIcs(program, tasks, { stamp }) }[format];
    expect(text).toBe(expected);
    expect(text).toMatch(/[^\r\n](\r\n|\n)$/);
    expect(mediaType).toMatch({ csv: /^text\/csv/, json: /^application\/json$/, ics: /^text\/calendar/ }[format]);
  });
});

describe('ICS', () => {
  const stamp = new Date(Date.UTC(2026, 0, 1));
  const eventsOf = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  test('makes each dated deadline an all-day event on 31 December, read back by another library', () => {
    const tasks = filterTasks(program, { year: 2021 });
    const events = eventsOf(tasksToIcs(program, tasks, { stamp }));
    const expected = tasks.flatMap((task) => task.deadlines.filter((d) => d.kind === 'annual' || d.year !== null));
    expect(events).toHaveLength(expected.length);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect([event.startDate.month, event.startDate.day]).toEqual([12, 31]);
    }
    expect(events.some((event) => event.summary.endsWith('(dự kiến)'))).toBe(true);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  test('repeats an annual deadline yearly over the program period', () => {
    const [event] = eventsOf(tasksToIcs(program, filterTasks(program, { deadlineKind: 'annual' }), { stamp })).filter((e) => e.isRecurring());
    const occurrences: string[] = [];
    const iterator = event!.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) occurrences.push(next.toString());
    expect(occurrences).toEqual(['2021-12-31', '2022-12-31', '2023-12-31', '2024-12-31', '2025-12-31']);
  });

  test('SUMMARY is cut between characters a reader sees, never inside an emoji', () => {
    const copy = structuredClone(program) as Program;
    const task = copy.tasks.find((item) => item.deadlines.some((deadline) => deadline.year !== null))!;
    task.text = `${'a'.repeat(88)}👍🏽 và phần còn lại của nhiệm vụ`;
    const [event] = eventsOf(tasksToIcs(copy, [task], { stamp }));
    const text = event!.summary.slice(event!.summary.indexOf(': ') + 2);
    expect(text).toBe(`${'a'.repeat(88)}👍🏽…`);
    expect(text).not.toContain('\uFFFD');
  });

  test('leaves undated conditional deadlines out and lists them in the description', () => {
    const tasks = filterTasks(program, { deadlineKind: 'conditional' });
    const ics = tasksToIcs(program, tasks, { stamp });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    // ical.js hands back X- properties still escaped, so the newline reads as "\\n" here.
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toContain('\\ntask-10-1-a-1: (sau khi Trung ương có kết quả công bố)');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(program.title);
    expect(eventsOf(ics).map((event) => event.uid)).not.toContain(`task-10-1-a-1-1@${program.id}`);
  });
});

test('the JSON subset keeps the contract', () => {
  const tasks = filterTasks(program, { agency: 'so-y-te' });
  const subset = subsetProgram(program, tasks);
  expect(validateProgram(JSON.parse(JSON.stringify(subset)))).toMatchObject({ success: true });
  expect(subset.tasks).toEqual(tasks);
  expect(subset.agencies.map((agency) => agency.id)).toEqual(['so-y-te']);
  expect(subset.references.map((reference) => reference.id)).toEqual([program.basis!.referenceId]);
});
