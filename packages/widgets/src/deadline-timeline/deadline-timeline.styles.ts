import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const deadlineTimelineStyles = css`
  /* The layout follows the width the page gives the widget, not the viewport. */
  :host {
    container-type: inline-size;
  }

  .years {
    list-style: none;
    margin: 0;
    padding: 0 0 0 1em;
    border-left: 3px solid ${token('--ct-color-border')};
  }

  /*
   * '.years > .year', not '.year': an entry of a year deadline carries the class 'year' too (its
   * kind), and must not get the year's dot and padding.
   */
  .years > .year,
  .as-of {
    position: relative;
    padding: 0 0 1em 0.75em;
  }

  .years > .year::before {
    content: '';
    position: absolute;
    left: calc(-1em - 8px);
    top: 0.35em;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: ${token('--ct-color-accent')};
  }

  .years > .year.past::before {
    background: ${token('--ct-color-border')};
    border: 1px solid ${token('--ct-color-muted')};
    box-sizing: border-box;
  }

  .year-heading {
    margin: 0;
  }

  .year-number {
    font-weight: bold;
    font-size: 1.125em;
  }

  .year-status,
  .count {
    color: ${token('--ct-color-muted')};
  }

  .count {
    margin: 0;
  }

  .as-of {
    color: ${token('--ct-color-marker')};
    font-weight: bold;
  }

  .as-of::before {
    content: '';
    position: absolute;
    left: calc(-1em - 3px);
    top: 0.75em;
    width: 1.25em;
    border-top: 3px solid ${token('--ct-color-marker')};
  }

  summary {
    cursor: pointer;
    color: ${token('--ct-color-accent')};
  }

  .entries {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
    font-size: 0.9em;
  }

  .entry {
    margin-bottom: 0.25em;
  }

  /* Overdue: a bar beside the entry repeats the "overdue" mark written in it. */
  .entry.overdue {
    border-left: 3px solid ${token('--ct-color-overdue')};
    padding-left: 0.4em;
  }

  .overdue-count {
    color: ${token('--ct-color-overdue')};
    font-weight: bold;
  }

  .kind {
    font-style: italic;
  }

  .group {
    margin-top: 1em;
  }

  .group-label {
    margin: 0;
    font-weight: bold;
  }

  .empty p {
    margin: 0 0 0.5em;
  }

  @container (min-width: 640px) {
    .years {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      padding: 1em 0 0;
      border-left: none;
      border-top: 3px solid ${token('--ct-color-border')};
    }

    .years > .year,
    .as-of {
      padding: 0 0.5em 0 0;
    }

    .years > .year::before {
      left: 0;
      top: calc(-1em - 8px);
    }

    .as-of::before {
      left: 0;
      top: calc(-1em - 3px - 0.75em);
      width: 0;
      height: 1.25em;
      border-top: none;
      border-left: 3px solid ${token('--ct-color-marker')};
    }
  }

  /* On paper every year is open: a closed <details> would hide its deadlines. */
  @media print {
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
