import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Status and timeliness badges and marks. The text always says what they mean; colour and the
 * filled overdue badge repeat it for a quick scan. Each colour passes WCAG AA on white.
 */
export const progressStyles = css`
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: ${token('--ct-radius')};
    font-size: 0.875em;
    line-height: 1.5;
    white-space: nowrap;
    color: ${token('--ct-color-muted')};
  }

  .badge.done-on-time,
  .mark.done-on-time {
    color: ${token('--ct-color-on-time')};
  }

  .badge.done-late,
  .mark.done-late {
    color: ${token('--ct-color-late')};
  }

  .badge.open-not-due,
  .mark.open-not-due {
    color: ${token('--ct-color-accent')};
  }

  .mark.open-overdue {
    color: ${token('--ct-color-overdue')};
    font-weight: bold;
  }

  /* The filled badge's text takes the surface colour, so a theme with a dark surface keeps it readable. */
  .badge.open-overdue {
    color: ${token('--ct-color-surface')};
    background: ${token('--ct-color-overdue')};
    border-color: ${token('--ct-color-overdue')};
    font-weight: bold;
  }

  .deadline-separator {
    color: ${token('--ct-color-muted')};
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
