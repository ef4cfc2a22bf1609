import type { DeadlineJudgement, TaskProgress } from '@chuongtrinh/core/status';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/translation.js';
import { formatDate as formatReaderDate } from '@chuongtrinh/core/format';
import { isoDate, parseDate } from './dates.js';

/**
 * A `YYYY-MM-DD` date (or a day) in the official style of the page's language, by core: "ngày 2
 * tháng 12 năm 2026", "2 December 2026". Text that is not a calendar date is shown as it is.
 */
export function formatDate(date: string | Date, t: Translation): string {
  const iso = typeof date === 'string' ? date : isoDate(date);
  return parseDate(iso) ? formatReaderDate(iso, t.language) : iso;
}

/**
 * A task's status and timeliness as two badges. Each says in words what it is: the colour and the
 * filled overdue badge only repeat it.
 */
export function renderBadges(progress: TaskProgress, t: Translation): TemplateResult {
  const status = progress.status ?? 'unreported';
  return html`<span part="status-badge" class="badge status ${status}">${t.statuses[status]}</span>
    <span part="timeliness-badge" class="badge timeliness ${progress.timeliness}">${t.timeliness[progress.timeliness]}</span>`;
}

/**
 * The timeliness of one deadline as a short mark: one for a dated or conditional one, one per year
 * for a yearly one (`2021 đúng hạn, 2022 quá hạn…`).
 */
export function renderDeadlineMarks(judgements: readonly DeadlineJudgement[], t: Translation): TemplateResult | typeof nothing {
  if (judgements.length === 0) return nothing;
  const yearly = judgements.length > 1 || judgements[0]!.deadline.kind === 'annual';
  // The separators are text, not CSS content, so that a screen reader and a copy keep the deadline
  // and its marks apart ("Năm 2021 · đúng hạn", not "Năm 2021đúng hạn").
  return html`<span class="deadline-separator"> · </span><span part="deadline-timeliness" class="deadline-marks">${judgements.map(
    (judgement, index) =>
      html`${index > 0 ? ', ' : ''}<span class="mark ${judgement.timeliness}">${yearly && judgement.year !== null ? `${judgement.year} ` : ''}${t.timelinessShort[judgement.timeliness]}</span>`,
  )}</span>`;
}
