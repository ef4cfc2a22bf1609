import { program } from '@chuongtrinh/core/data';
import { agencyTasks } from '@chuongtrinh/core/report';
import { formatDate } from '@chuongtrinh/core/format';
import { expect } from 'storybook/test';
import preview from '../../.storybook/preview.js';
import { validateFilter } from '@chuongtrinh/core/query';
import { expectProblem, settled, textOf, widgetIn } from '../../stories/fixtures.js';
import { controlsFor, embed } from '../../stories/manifest.js';
import type { Draft } from './draft-store.js';
import './status-editor.js';
import { en, vi } from './status-editor.translations.js';
import { problemVi } from '../translations/problems.vi.js';

const TAG = 'ct-status-editor';
const AGENCY = 'so-noi-vu';
const tasks = agencyTasks(program, AGENCY).map((item) => item.task);

/**
 * A draft as the editor keeps it in the browser, written before the story renders; each story has
 * its own as-of date, so the stories do not share a draft.
 */
function withDraft(asOf: string, entries: Draft['entries']) {
  localStorage.setItem(`ct-status-editor:${program.id}:${AGENCY}:${asOf}`, JSON.stringify({ revision: 1, entries } satisfies Draft));
  return { agency: AGENCY, 'as-of': asOf };
}

const meta = preview.meta({
  title: 'Widgets/Status editor',
  component: TAG,
  argTypes: controlsFor(TAG),
  render: (args) => embed(TAG, args),
  play: async ({ canvasElement }) => settled(canvasElement),
});

/** An officer's empty form: the agency's tasks with their roles and deadlines, nothing reported yet. */
export const Default = meta.story({ args: { agency: AGENCY, 'as-of': '2024-12-31' } });

/** No agency given: the officer picks one first. */
export const PickAnAgency = meta.story({ args: { 'as-of': '2024-12-31' } });

/** A draft under way: a task done with its evidence document read, one in progress with a link and a note. */
export const DraftUnderWay = meta.story({
  args: withDraft('2024-06-30', {
    [tasks[0]!.id]: { status: 'done', updated: '2024-06-30', completedOn: '2024-05-02', evidenceDocument: 'Quyết định số 123/QĐ-UBND ngày 05/3/2024' },
    [tasks[1]!.id]: { status: 'in-progress', updated: '2024-06-30', note: 'Đã trình dự thảo.', evidenceUrl: 'https://example.org/bao-cao' },
  }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(textOf(widgetIn(canvasElement).shadowRoot)).toContain(vi.documentRead('123/QĐ-UBND', formatDate('2024-03-05', 'vi')));
  },
});

/** Entries that cannot go into an overlay: a misspelt document and a link that is not one; each is named. */
export const EntriesToFix = meta.story({
  args: withDraft('2024-03-31', {
    [tasks[0]!.id]: { status: 'done', updated: '2024-03-31', evidenceDocument: 'Quyết dinh số 123/QĐ-UBND ngày 05/3/2024' },
    [tasks[1]!.id]: { status: 'in-progress', updated: '2024-03-31', evidenceUrl: 'bao-cao.docx' },
  }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(widgetIn(canvasElement).shadowRoot?.querySelectorAll('.entry-problems')).toHaveLength(2);
  },
});

/** The English interface (the program's text stays Vietnamese). */
export const English = meta.story({
  args: { agency: AGENCY, 'as-of': '2024-12-31', lang: 'en' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(textOf(widgetIn(canvasElement).shadowRoot)).toContain(en.title);
  },
});

/** A mistyped agency id: named, with the agencies it may have meant. */
export const UnknownAgency = meta.story({
  args: { debug: true, agency: 'so-noi-vuu', 'as-of': '2024-12-31' },
  parameters: { expectedWarnings: 1 },
  play: ({ canvasElement }) => expectProblem(canvasElement, problemVi(validateFilter(program, { agency: 'so-noi-vuu' })[0]!)),
});
