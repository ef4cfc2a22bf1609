import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const embedBuilderStyles = css`
  .base {
    container-type: inline-size;
  }

  /*
   * Narrow: one column, never wider than the builder; the code and its copy button come first,
   * then the form, then the (long) preview. Wide: the form and the preview on the left, the code
   * beside them, sticky, so that it stays in view while the visitor scrolls the preview.
   */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25em;
    /* Example URLs in the hints and the subscription files' addresses break rather than widen the page. */
    overflow-wrap: anywhere;
  }

  @container (min-width: 52em) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(18em, 0.75fr);
      grid-template-areas: 'form output' 'preview output';
      grid-template-rows: auto 1fr;
      align-items: start;
    }

    .form {
      grid-area: form;
    }

    .preview {
      grid-area: preview;
    }

    .output {
      grid-area: output;
      position: sticky;
      top: 0;
      max-block-size: 100vh;
      overflow-y: auto;
      box-sizing: border-box;
      padding-inline-end: 0.25em;
    }
  }

  fieldset {
    /* A fieldset is as wide as its widest content by default: a long option would widen the page. */
    min-inline-size: 0;
    border: 1px solid ${token('--ct-color-border')};
    border-radius: ${token('--ct-radius')};
    margin: 0 0 1em;
    padding: 0.5em 0.75em 0.75em;
  }

  legend {
    font-weight: bold;
    padding: 0 0.25em;
  }

  label {
    display: block;
    margin: 0.5em 0 0;
  }

  select,
  input[type='text'],
  input[type='url'],
  input[type='number'],
  input[type='date'] {
    display: block;
    box-sizing: border-box;
    width: 100%;
    margin-top: 0.2em;
    font: inherit;
    padding: 0.3em 0.4em;
    border: 1px solid ${token('--ct-color-border')};
    border-radius: ${token('--ct-radius')};
    background: ${token('--ct-color-surface')};
    color: inherit;
  }

  .choice,
  .color {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  input[type='color'] {
    inline-size: 2.5em;
    block-size: 1.75em;
    padding: 0;
    border: 1px solid ${token('--ct-color-border')};
  }

  fieldset button {
    margin-top: 0.75em;
  }

  .heading {
    display: block;
    font-size: 1.1em;
    font-weight: bold;
    margin: 0 0 0.5em;
  }

  .preview-frame {
    border: 1px dashed ${token('--ct-color-border')};
    padding: 0.75em;
    margin-bottom: 1.25em;
    overflow: auto;
  }

  /*
   * Code wraps inside its box, long URLs included: no sideways scrolling at 320 px or 400 % zoom.
   * The box keeps its height (rows) as the code changes: the copy button below must not move when
   * a click on it first commits a field and so lengthens the code.
   */
  textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    resize: vertical;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font: 0.9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    padding: 0.5em;
    border: 1px solid ${token('--ct-color-border')};
    border-radius: ${token('--ct-radius')};
    margin-bottom: 0.5em;
    color: inherit;
    background: ${token('--ct-color-surface')};
  }

  .hint {
    margin: 0.25em 0 0.5em;
    color: ${token('--ct-color-muted')};
  }

  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    margin-bottom: 0.75em;
  }

  .forms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0 0 0.5em;
  }

  .invalid {
    color: ${token('--ct-color-error')};
  }

  .theme a {
    display: inline-block;
    margin-bottom: 1em;
  }

  .theme textarea {
    margin-bottom: 0.25em;
  }

  .copy-status {
    min-height: 1.5em;
    margin: 0;
  }

  @media print {
    .form,
    button {
      display: none;
    }
  }
`;
