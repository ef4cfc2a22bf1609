import { css } from 'lit';
import { token } from './tokens.js';

/** The "now" lines, their legal-basis disclosure and the issuer line (`succession-view.ts`). */
export const successionStyles = css`
  .now {
    color: ${token('--ct-color-text')};
    font-style: italic;
  }

  .now-functions,
  .now-step {
    color: ${token('--ct-color-muted')};
    font-style: normal;
  }

  .now-step {
    font-size: 0.9em;
  }

  /* Inline while closed so the agency list keeps flowing; the steps get a block of their own once opened. */
  .now-basis {
    display: inline;
    margin-inline-start: 0.25em;
    font-size: 0.9em;
  }

  .now-basis summary {
    display: inline;
    color: ${token('--ct-color-accent')};
    text-decoration: underline;
    cursor: pointer;
  }

  .now-basis ul {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.25em;
    list-style: disc;
  }

  /* Inside an inline agency list: the steps are list items again, without the list's separators. */
  .now-basis > ul > li {
    display: list-item;
  }

  .now-basis > ul > li:not(:last-child)::after {
    content: none;
  }

  .issuer-now {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid ${token('--ct-color-accent')};
  }
`;
