import { css } from 'lit';

/**
 * Tokens and the pieces every widget has (base box, status line, problem box, buttons).
 * Sizes are in `em` from a `px` base, never `rem`: the host page's root font size is not ours.
 * Colours default to a sober palette that passes WCAG AA on white; pages restyle through the
 * `--ct-*` custom properties (`--ct-font-family: inherit` takes the page's font on purpose).
 */
export const sharedStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * Old CMS pages set inherited text properties on body or even on every element (Tahoma 12px,
   * letter-spacing, justified text, uppercase headings). Inheritance crosses the shadow boundary,
   * and page rules on the host element outrank :host, so the reset happens here, on the first
   * element only this shadow tree can style: the widget then looks the same on any page.
   */
  .base {
    all: initial;
    display: block;
    font-family: var(--ct-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    font-size: var(--ct-font-size, 15px);
    line-height: 1.5;
    color: var(--ct-color-text, #1f2328);
    box-sizing: border-box;
    background: var(--ct-color-surface, #fff);
    border: 1px solid var(--ct-color-border, #c9ced6);
    border-radius: var(--ct-radius, 4px);
    padding: var(--ct-spacing, 1em);
  }

  .status {
    margin: 0;
    color: var(--ct-color-muted, #545b64);
  }

  .problems {
    border-left: 4px solid var(--ct-color-error, #b3261e);
    background: var(--ct-color-error-surface, #fcebea);
    padding: 0.5em 1em;
    margin-bottom: 1em;
  }

  .problems-title {
    margin: 0;
    font-weight: bold;
    color: var(--ct-color-error, #b3261e);
  }

  .problems ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
  }

  button {
    font: inherit;
    color: var(--ct-color-accent, #0b57a4);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--ct-radius, 4px);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }

  a {
    color: var(--ct-color-accent, #0b57a4);
  }

  :focus-visible {
    outline: 2px solid var(--ct-color-focus, #0b57a4);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media print {
    .base {
      color: #000;
      border: none;
      padding: 0;
    }

    button,
    form {
      display: none !important;
    }
  }
`;
