import type { DeadlineJudgement, TaskProgress } from '@chuongtrinh/core/status';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/translation.js';
import { parseDate } from './dates.js';

/** A `YYYY-MM-DD` date as the page's language writes it. */
export function formatDate(iso: string, t: Translation): string {
  const date = parseDate(iso);
  return date ? new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium' }).format(date) : iso;
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
  return html`<span part="deadline-timeliness" class="deadline-marks">${judgements.map(
    (judgement) =>
      html`<span class="mark ${judgement.timeliness}">${yearly && judgement.year !== null ? `${judgement.year} ` : ''}${t.timelinessShort[judgement.timeliness]}</span>`,
  )}</span>`;
}
