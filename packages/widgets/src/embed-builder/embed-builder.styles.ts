import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const embedBuilderStyles = css`
  .base {
    container-type: inline-size;
  }

  .layout {
    display: grid;
    /* One column when narrow, never wider than the builder: the preview scrolls inside its frame. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25em;
  }

  @container (min-width: 52em) {
    .layout {
      grid-template-columns: minmax(16em, 22em) minmax(0, 1fr);
      align-items: start;
    }
  }

  fieldset {
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

  textarea,
  .command {
    display: block;
    box-sizing: border-box;
    width: 100%;
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

  .forms {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0 0 1em;
  }

  .subscriptions code {
    overflow-wrap: anywhere;
  }

  .copy-status {
    min-height: 1.5em;
    margin: 0.5em 0 0;
  }

  @media print {
    .form,
    button {
      display: none;
    }
  }
`;
