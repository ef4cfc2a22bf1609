import { css } from 'lit';

/**
 * Status and timeliness badges and marks. The text always says what they mean; colour and the
 * filled overdue badge repeat it for a quick scan. Each colour passes WCAG AA on white.
 */
export const progressStyles = css`
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--ct-radius, 4px);
    font-size: 0.875em;
    line-height: 1.5;
    white-space: nowrap;
    color: var(--ct-color-muted, #545b64);
  }

  .badge.done-on-time,
  .mark.done-on-time {
    color: var(--ct-color-on-time, #1e6b34);
  }

  .badge.done-late,
  .mark.done-late {
    color: var(--ct-color-late, #8a4b00);
  }

  .badge.open-not-due,
  .mark.open-not-due {
    color: var(--ct-color-accent, #0b57a4);
  }

  .mark.open-overdue {
    color: var(--ct-color-overdue, #b3261e);
    font-weight: bold;
  }

  /* The filled badge's text takes the surface colour, so a theme with a dark surface keeps it readable. */
  .badge.open-overdue {
    color: var(--ct-color-surface, #fff);
    background: var(--ct-color-overdue, #b3261e);
    border-color: var(--ct-color-overdue, #b3261e);
    font-weight: bold;
  }

  .deadline-marks::before {
    content: ' · ';
    color: var(--ct-color-muted, #545b64);
  }

  .deadline-marks .mark:not(:last-child)::after {
    content: ', ';
    color: var(--ct-color-text, #1f2328);
    font-weight: normal;
  }

  @media print {
    .badge,
    .badge.open-overdue,
    .mark {
      color: #000;
      background: none;
      border-color: #000;
    }
  }
`;
