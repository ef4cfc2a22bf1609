import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const agencyCardStyles = css`
  .name {
    margin: 0;
    font-size: 1.25em;
    font-weight: bold;
  }

  .name-en {
    margin: 0;
    color: ${token('--ct-color-muted')};
  }

  .label {
    margin: 1em 0 0.25em;
    font-size: 1em;
    font-weight: bold;
  }

  /* Led, coordinated and responsible side by side: the comparison is the point of the card. */
  .counts {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.5em;
    margin: 0;
  }

  .count {
    border: 1px solid ${token('--ct-color-border')};
    border-radius: ${token('--ct-radius')};
    padding: 0.5em;
    text-align: center;
  }

  .count dt::first-letter {
    text-transform: uppercase;
  }

  .count dd {
    margin: 0;
    font-size: 1.75em;
    font-weight: bold;
    color: ${token('--ct-color-accent')};
  }

  .timeliness-counts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8.5em, 1fr));
    gap: 0.5em;
    margin: 0;
  }

  .timeliness-count {
    display: flex;
    flex-direction: column;
    border: 1px solid ${token('--ct-color-border')};
    border-radius: ${token('--ct-radius')};
    padding: 0.25em 0.5em;
  }

  .timeliness-count dt {
    font-size: 0.875em;
  }

  .timeliness-count dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: bold;
    color: ${token('--ct-color-text')};
  }

  .timeliness-count.done-on-time dd {
    color: ${token('--ct-color-on-time')};
  }

  .timeliness-count.done-late dd {
    color: ${token('--ct-color-late')};
  }

  .timeliness-count.open-overdue {
    border-color: ${token('--ct-color-overdue')};
    border-width: 2px;
  }

  .timeliness-count.open-overdue dd {
    color: ${token('--ct-color-overdue')};
  }

  .total {
    margin: 0.5em 0 0;
    color: ${token('--ct-color-muted')};
  }

  .deadlines {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
  }

  .deadlines div {
    display: flex;
    gap: 0.5em;
  }

  .deadlines dt {
    font-weight: bold;
  }

  .deadlines dd {
    margin: 0;
  }

  .deadlines .none {
    color: ${token('--ct-color-muted')};
  }

  .areas {
    margin: 0;
    padding-left: 1.25em;
  }

  @media print {
    .count {
      border-color: #000;
    }
  }

  .subscriptions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }

  .now-line {
    margin: 0.25em 0 0;
  }

  .inherited-group {
    border-inline-start: 3px solid ${token('--ct-color-border')};
    padding-inline-start: 0.75em;
    margin-block: 0.5em;
  }

  .inherited-group p {
    margin: 0.25em 0;
  }

  .inherited-tasks {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
`;
