import ical, { escape, ICalEventRepeatingFreq } from 'ical-generator';
import { taskDetails } from '../query.js';
import type { Program, Task } from '../schema.js';

export interface IcsOptions {
  /** Calendar name; default: the program's title. */
  name?: string;
  /** DTSTAMP of every event; default: now. Pass a fixed date for reproducible files. */
  stamp?: Date;
}

// Noon UTC is the same calendar day in every time zone from UTC−12 to UTC+12, so an all-day
// date never slips to the day before or after, whichever way the library reads the Date.
const lastDayOf = (year: number) => new Date(Date.UTC(year, 11, 31, 12));
/** Noon UTC of an ISO date, so the all-day event falls on that day in every time zone of the calendar's readers. */
const dayOf = (iso: string) => new Date(`${iso}T12:00:00Z`);

function summaryOf(program: Program, task: Task): string {
  const details = taskDetails(program, task);
  const leads = details?.agencies.filter((item) => item.role !== 'coordinating').map((item) => item.agency.name) ?? [];
  const who = leads.length > 0 ? leads.join(', ') : 'Các sở, cơ quan, địa phương';
  return `${who}: ${shortened(task.text, SUMMARY_LENGTH)}`;
}

const SUMMARY_LENGTH = 90;
const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** `text` cut to `max` characters as a reader counts them (graphemes): no emoji or accent split. */
function shortened(text: string, max: number): string {
  const parts = [...graphemes.segment(text)].map((part) => part.segment);
  return parts.length > max ? `${parts.slice(0, max - 1).join('')}…` : text;
}

/**
 * Deadlines as an iCalendar file: every dated deadline an all-day event on its `due` day (a day, the
 * last day of its month, quarter or year; a conditional one on its expected year, marked "dự kiến");
 * an annual one as a yearly event over the program period. Ongoing work and conditional deadlines
 * without a year have no date: they are listed in the calendar's description instead of being
 * given a made-up one.
 */
export function tasksToIcs(program: Program, tasks: readonly Task[], options: IcsOptions = {}): string {
  const undated: string[] = [];
  // ical-generator 10 escapes event texts but writes the calendar's NAME and X-WR-CALDESC raw, so a
  // newline or comma there would break the file: escape those two here.
  const calendar = ical({
    name: escape(options.name ?? program.title, false),
    prodId: { company: 'chuongtrinh', product: program.id, language: 'VI' },
  });
  const stamp = options.stamp ?? new Date();
  for (const task of tasks) {
    task.deadlines.forEach((deadline, index) => {
      const description = `${task.text}\n\nThời hạn: (${deadline.text})\nNguồn: ${program.source.file} dòng ${deadline.source.line}–${deadline.source.endLine} · ${task.id}`;
      const base = { id: `${task.id}-${index + 1}@${program.id}`, allDay: true, stamp, description, summary: summaryOf(program, task) };
      if (deadline.kind === 'annual') {
        calendar.createEvent({
          ...base,
          start: lastDayOf(program.period.start),
          repeating: { freq: ICalEventRepeatingFreq.YEARLY, count: program.period.end - program.period.start + 1 },
        });
      } else if (deadline.due !== null) {
        const expected = deadline.kind === 'conditional' ? ' (dự kiến)' : '';
        calendar.createEvent({ ...base, start: dayOf(deadline.due), summary: `${base.summary}${expected}` });
      } else {
        undated.push(`${task.id}: (${deadline.text}) — ${task.text}`);
      }
    });
  }
  const period = `${program.title} (${program.period.start}–${program.period.end}).`;
  calendar.description(
    escape(undated.length > 0 ? `${period}\nThời hạn chưa có ngày (thường xuyên, có điều kiện):\n${undated.join('\n')}` : period, false),
  );
  // RFC 5545 ends every content line with CRLF, the last one included.
  return `${calendar.toString()}\r\n`;
}
