import { css } from 'lit';
import { token } from './tokens.js';

/** The dialog of "Văn bản gốc" (`SourceDialogController`), adopted when a widget first opens one. */
export const sourceExcerptStyles = css`
  /* Outside the base box (and its reset): the widget's font and theme, set again (buttons and focus take the shared styles). */
  .source-dialog {
    box-sizing: border-box;
    font-family: ${token('--ct-font-family')};
    font-size: ${token('--ct-font-size')};
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    color-scheme: var(--ct-default-scheme);
    width: min(48em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    overflow: auto;
    padding: 1em 1.25em;
    color: ${token('--ct-color-text')};
    background: ${token('--ct-color-surface')};
    border: 1px solid ${token('--ct-color-border')};
    border-radius: ${token('--ct-radius')};
  }

  .source-dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  /* The title and the close button stay in view while the lines scroll. */
  .source-header {
    position: sticky;
    top: -1em;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin: -1em -1.25em 0.5em;
    padding: 1em 1.25em 0.5em;
    background: ${token('--ct-color-surface')};
    border-bottom: 1px solid ${token('--ct-color-border')};
  }

  .source-header :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1.1em;
  }

  .source-note {
    margin: 0 0 0.5em;
    color: ${token('--ct-color-muted')};
  }

  .source-lines {
    margin: 0 0 1em;
    padding-inline-start: 3.5em;
    font-variant-numeric: tabular-nums;
  }

  /* The original's own spacing, on each line only (the template's whitespace between lines is not text). */
  .source-lines li {
    white-space: pre-wrap;
  }

  .source-lines li::marker {
    color: ${token('--ct-color-muted')};
  }

  .source-lines .cited {
    font-weight: bold;
  }

  .source-lines mark {
    background: ${token('--ct-color-highlight')};
    color: inherit;
  }
`;
