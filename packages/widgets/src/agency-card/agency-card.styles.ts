import { css } from 'lit';

export const agencyCardStyles = css`
  .name {
    margin: 0;
    font-size: 1.25em;
    font-weight: bold;
  }

  .name-en {
    margin: 0;
    color: var(--ct-color-muted, #545b64);
  }

  .label {
    margin: 1em 0 0.25em;
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
    border: 1px solid var(--ct-color-border, #c9ced6);
    border-radius: var(--ct-radius, 4px);
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
    color: var(--ct-color-accent, #0b57a4);
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
    border: 1px solid var(--ct-color-border, #c9ced6);
    border-radius: var(--ct-radius, 4px);
    padding: 0.25em 0.5em;
  }

  .timeliness-count dt {
    font-size: 0.875em;
  }

  .timeliness-count dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: bold;
    color: var(--ct-color-text, #1f2328);
  }

  .timeliness-count.done-on-time dd {
    color: var(--ct-color-on-time, #1e6b34);
  }

  .timeliness-count.done-late dd {
    color: var(--ct-color-late, #8a4b00);
  }

  .timeliness-count.open-overdue {
    border-color: var(--ct-color-overdue, #b3261e);
    border-width: 2px;
  }

  .timeliness-count.open-overdue dd {
    color: var(--ct-color-overdue, #b3261e);
  }

  .total {
    margin: 0.5em 0 0;
    color: var(--ct-color-muted, #545b64);
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
    color: var(--ct-color-muted, #545b64);
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
    border-inline-start: 3px solid var(--ct-color-border, #c9ced6);
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
