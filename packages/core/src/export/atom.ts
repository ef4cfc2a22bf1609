import { Feed } from 'feed';
import { taskDetails } from '../query.js';
import type { Program, Task } from '../schema.js';
import type { StatusReport } from '../status/apply.js';

export interface AtomOptions {
  /** The feed's own URL (its `id` and `rel="self"` link). Absolute, or relative to where the feed is served. */
  feedUrl: string;
  /** The link of a task: a page that shows it (`…/nhiem-vu.html#task-1-1-a-1`). */
  taskUrl: (task: Task) => string;
  /** When the feed last changed: its `updated`, and that of every task entry. Pass a fixed date for reproducible files. */
  updated: Date;
  /** Feed title; default: the program's title. */
  title?: string;
  /** With a status report, one more entry for each task whose status was reported, dated by the report's `updated`. */
  status?: StatusReport;
}

const TITLE_LENGTH = 120;
const titleOf = (task: Task) => (task.text.length > TITLE_LENGTH ? `${task.text.slice(0, TITLE_LENGTH - 1)}…` : task.text);
const dayOf = (iso: string) => new Date(`${iso}T12:00:00Z`);
// The library writes titles and contents as `type="html"` in CDATA sections: the program's plain
// text is escaped as HTML (which also keeps a `]]>` in it from closing the CDATA section).
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlOf = (lines: readonly string[]) => lines.map(escapeHtml).join('<br>');

/** The entry's text: the task as written, then its agencies and deadlines as the program gives them. */
function contentOf(program: Program, task: Task): string {
  const details = taskDetails(program, task);
  const agencies = details?.agencies.map(({ agency }) => agency.name) ?? [];
  const lines = [task.text];
  lines.push(`Cơ quan: ${agencies.length > 0 ? agencies.join('; ') : (details?.block.header ?? '')}`);
  if (task.deadlines.length > 0) lines.push(`Thời hạn: ${task.deadlines.map((deadline) => deadline.text).join('; ')}`);
  lines.push(`Nguồn: ${program.source.file} dòng ${task.source.line}–${task.source.endLine} · ${task.id}`);
  return htmlOf(lines);
}

function authorsOf(program: Program, task: Task): Array<{ name: string }> {
  const leads = taskDetails(program, task)?.agencies.filter((item) => item.role === 'lead') ?? [];
  return leads.length > 0 ? leads.map(({ agency }) => ({ name: agency.name })) : [{ name: program.issuer }];
}

/**
 * Tasks as an Atom feed (RFC 4287): one entry per task, with its text, agencies, deadlines and
 * source lines; entry ids are `tag:` URIs of the program and task, so they stay the same wherever
 * the feed is served. With a status report, each reported status is an entry of its own, so a
 * reader sees the change when an overlay is updated.
 */
export function tasksToAtom(program: Program, tasks: readonly Task[], options: AtomOptions): string {
  const feed = new Feed({
    id: options.feedUrl,
    title: options.title ?? program.title,
    updated: options.updated,
    language: 'vi',
    generator: 'chuongtrinh',
    author: { name: program.issuer },
    feedLinks: { atom: options.feedUrl },
    copyright: program.issuer,
  });
  const progress = new Map(options.status?.tasks.map((item) => [item.task.id, item]));
  for (const task of tasks) {
    const link = options.taskUrl(task);
    const author = authorsOf(program, task);
    feed.addItem({ id: `tag:chuongtrinh,2021:${program.id}/${task.id}`, title: escapeHtml(titleOf(task)), link, date: options.updated, content: contentOf(program, task), author });
    const entry = progress.get(task.id)?.entry;
    if (entry) {
      feed.addItem({
        id: `tag:chuongtrinh,2021:${program.id}/${task.id}/status/${entry.updated}`,
        title: escapeHtml(`[${entry.status}] ${titleOf(task)}`),
        link,
        date: dayOf(entry.updated),
        content: htmlOf([`Trạng thái: ${entry.status}`, ...(entry.note ? [entry.note] : []), ...(entry.evidenceUrl ? [entry.evidenceUrl] : [])]),
        author,
      });
    }
  }
  return feed.atom1();
}
