import { css } from 'lit';
import { themeStyles, token } from './tokens.js';

/**
 * Tokens and the pieces every widget has (base box, status line, problem box, buttons).
 * Sizes are in `em` from a `px` base, never `rem`: the host page's root font size is not ours.
 * Colours default to a sober palette, light or dark by the `theme` attribute (`themeStyles`), whose
 * text passes WCAG AA (4.5:1) on its surface; pages restyle through the `--ct-*` custom properties
 * (`--ct-font-family: inherit` takes the page's font on purpose).
 */
export const sharedStyles = css`
  ${themeStyles()}

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
    font-family: ${token('--ct-font-family')};
    font-size: ${token('--ct-font-size')};
    line-height: 1.5;
    color: ${token('--ct-color-text')};
    box-sizing: border-box;
    /* Native controls, scroll bars and the dialog follow the theme (\`all: initial\` reset it). */
    color-scheme: var(--ct-default-scheme);
    background: ${token('--ct-color-surface')};
    border: 1px solid ${token('--ct-color-border')};
    border-radius: ${token('--ct-radius')};
    padding: ${token('--ct-spacing')};
  }

  .status {
    margin: 0;
    color: ${token('--ct-color-muted')};
  }

  /*
   * Messages for visitors are calm: a note in the widget's own colours, not an alarm. The details
   * (URLs, JSON paths) are for the page's author, in the console, and here with \`debug\`.
   */
  .problems {
    border-left: 4px solid ${token('--ct-color-border')};
    padding: 0.5em 1em;
    margin-bottom: 1em;
  }

  .problems-title {
    margin: 0;
  }

  .problems ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
    overflow-wrap: anywhere;
  }

  :host([debug]) .problems {
    border-left-color: ${token('--ct-color-error')};
    background: ${token('--ct-color-error-surface')};
  }

  button {
    font: inherit;
    color: ${token('--ct-color-accent')};
    background: transparent;
    border: 1px solid currentColor;
    border-radius: ${token('--ct-radius')};
    padding: 0.25em 0.75em;
    cursor: pointer;
  }

  a {
    color: ${token('--ct-color-accent')};
  }

  /* A citation that opens the original text (source-dialog.ts): a button that reads as a link. */
  .source-button {
    border: none;
    padding: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 2px solid ${token('--ct-color-focus')};
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
      background: none;
      border: none;
      padding: 0;
    }

    /* A citation stays on paper as its text ("Văn bản gốc, dòng 31–60"); other buttons go. */
    button:not(.source-button),
    form {
      display: none !important;
    }

    .source-button {
      color: inherit;
      text-decoration: none;
    }

    /* On paper every text in full: no clamp, and every disclosure open, without its triangle. */
    * {
      -webkit-line-clamp: unset !important;
      line-clamp: none !important;
      max-height: none !important;
    }

    details::details-content {
      content-visibility: visible;
      display: block;
    }

    summary {
      list-style: none;
    }

    summary::-webkit-details-marker {
      display: none;
    }
  }
`;
