import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const taskListStyles = css`
  .list-heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }

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

  .filters {
    flex: 1 1 100%;
    min-width: 0;
  }

  .filters summary {
    cursor: pointer;
    color: ${token('--ct-color-accent')};
    font-weight: bold;
    padding: 0.25em 0;
  }

  .active-count {
    font-weight: normal;
    color: ${token('--ct-color-muted')};
  }

  .filter-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
    margin-top: 0.5em;
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
    container-type: inline-size;
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
    margin: 0 0 0.25em;
    font-size: 0.875em;
    color: ${token('--ct-color-muted')};
  }

  /* As GOV.UK's task list: the title on the left, its status tag on the right, wrapping below it when narrow. */
  .head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25em 1em;
  }

  .title {
    flex: 1 1 20em;
    margin: 0;
    font-weight: bold;
  }

  /* Below the title on a phone, at its start; beside it, on the right, where there is room. */
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
  }

  @container (min-width: 36em) {
    .tags {
      justify-content: flex-end;
      margin-left: auto;
    }
  }

  .text {
    margin: 0.25em 0 0;
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

  .body {
    position: relative;
  }

  [part='show-more'] {
    margin-top: 0.25em;
    font-size: 0.875em;
  }

  /* On the last clamped line, faded in over its end, like the ellipsis it replaces. */
  [part='show-more'].over {
    position: absolute;
    right: 0;
    bottom: 0;
    margin: 0;
    padding: 0 0 0 3em;
    border: none;
    border-radius: 0;
    line-height: inherit;
    text-decoration: underline;
    background: linear-gradient(to right, transparent, ${token('--ct-color-surface')} 2.5em);
  }

  .meta {
    margin: 0.5em 0 0;
    font-size: 0.9em;
  }

  .agencies {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .agencies li {
    display: inline;
  }

  .agencies li:not(:last-child)::after {
    content: '; ';
  }

  .deadlines::before {
    content: ' · ';
    color: ${token('--ct-color-muted')};
  }

  .role {
    color: ${token('--ct-color-muted')};
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    margin: 0.25em 0 0;
    font-size: 0.9em;
  }

  .cites {
    margin: 0.25em 0 0;
    font-size: 0.9em;
  }

  .foot {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    margin: 0.25em 0 0;
    font-size: 0.8em;
  }

  .more {
    margin-top: 0.75em;
  }

  .report {
    display: contents;
  }

  .when {
    color: ${token('--ct-color-muted')};
  }

  .citation {
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

    [part='permalink'],
    [part='more-button'] {
      display: none;
    }
  }
`;
