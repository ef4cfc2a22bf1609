import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const taskListStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
    margin-bottom: 1em;
  }

  .controls label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    min-width: 0;
    font-size: 0.9em;
    color: ${token('--ct-color-muted')};
  }

  .controls label.search {
    flex-basis: 100%;
  }

  input,
  select {
    font: inherit;
    color: ${token('--ct-color-text')};
    background: ${token('--ct-color-surface')};
    border: 1px solid ${token('--ct-color-border')};
    border-radius: ${token('--ct-radius')};
    padding: 0.35em 0.5em;
    max-width: 100%;
  }

  select:disabled {
    opacity: 0.7;
  }

  .download {
    flex: 1 1 100%;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: none;
  }

  .download legend {
    padding: 0;
    margin-bottom: 0.25em;
    font-size: 0.9em;
    color: ${token('--ct-color-muted')};
  }

  .download button {
    margin: 0 0.5em 0.25em 0;
  }

  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .summary {
    margin: 0 0 0.5em;
    color: ${token('--ct-color-muted')};
  }

  .tasks {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .task {
    padding: 0.75em 0;
    border-top: 1px solid ${token('--ct-color-border')};
    scroll-margin-top: 1em;
  }

  .task:first-child {
    border-top: none;
  }

  .task.targeted {
    background: ${token('--ct-color-highlight')};
    box-shadow: 0 0 0 0.5em ${token('--ct-color-highlight')};
  }

  .place {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin: 0 0 0.25em;
    font-size: 0.875em;
    color: ${token('--ct-color-muted')};
  }

  .text {
    margin: 0;
  }

  .text.collapsed {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    line-clamp: 4;
    overflow: hidden;
  }

  mark {
    background: ${token('--ct-color-highlight')};
    color: inherit;
  }

  [part='show-more'] {
    margin-top: 0.25em;
    font-size: 0.875em;
  }

  .facts {
    display: grid;
    gap: 0.25em;
    margin: 0.5em 0 0;
    font-size: 0.9em;
  }

  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }

  dt {
    font-weight: bold;
  }

  dt::after {
    content: ':';
  }

  dd {
    margin: 0;
  }

  .agencies,
  .deadlines {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .agencies li,
  .deadlines li {
    display: inline;
  }

  .agencies li:not(:last-child)::after,
  .deadlines li:not(:last-child)::after {
    content: '; ';
  }

  .role {
    color: ${token('--ct-color-muted')};
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
  }

  .report {
    display: contents;
  }

  .when {
    color: ${token('--ct-color-muted')};
  }

  .citation {
    margin: 0.25em 0 0;
    font-size: 0.8em;
    color: ${token('--ct-color-muted')};
  }

  .empty p {
    margin: 0 0 0.5em;
  }

  @media print {
    .text.collapsed {
      display: block;
      -webkit-line-clamp: unset;
      line-clamp: none;
      overflow: visible;
    }

    .task {
      break-inside: avoid;
    }

    .task.targeted {
      background: none;
      box-shadow: none;
    }

    [part='permalink'] {
      display: none;
    }
  }
`;
