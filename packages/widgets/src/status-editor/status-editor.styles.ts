import { css } from 'lit';

export const statusEditorStyles = css`
  .editor { display: grid; gap: 0.75rem; }
  .title { margin: 0; font-size: 1.25rem; }
  .choose, .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; }
  .choose label, .import { display: grid; gap: 0.25rem; }
  select, input, textarea, button { font: inherit; }
  select, input:not([type='file']), textarea { box-sizing: border-box; max-width: 100%; padding: 0.3rem 0.4rem; border: 1px solid var(--ct-color-border, #c9ced6); border-radius: 4px; background: var(--ct-color-surface, #fff); color: var(--ct-color-text, #1f2328); }
  button { padding: 0.4rem 0.8rem; border: 1px solid var(--ct-color-accent, #0b57a4); border-radius: 4px; background: var(--ct-color-accent, #0b57a4); color: var(--ct-color-surface, #fff); cursor: pointer; }
  :focus-visible { outline: 2px solid var(--ct-color-accent, #0b57a4); outline-offset: 2px; }
  .notice, .count { margin: 0; color: var(--ct-color-muted, #545b64); }
  .notice button { margin-inline-start: 0.5rem; }
  .notes { padding: 0.5rem 0.75rem; border: 1px solid var(--ct-color-border, #c9ced6); border-radius: 4px; }
  .notes[role='alert'], .entry-problems { border-color: var(--ct-color-error, #b3261e); }
  .notes p, .entry-problems p { margin: 0; font-weight: 600; }
  .task { display: grid; gap: 0.5rem; margin: 0; padding: 0.75rem; border: 1px solid var(--ct-color-border, #c9ced6); border-radius: 6px; }
  legend { padding: 0 0.4rem; border-radius: 3px; background: var(--ct-color-accent, #0b57a4); color: var(--ct-color-surface, #fff); font-size: 0.9em; }
  .text { margin: 0; line-height: 1.45; }
  .deadlines, .reading { margin: 0; color: var(--ct-color-muted, #545b64); font-size: 0.9em; }
  .fields { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.4rem 0.75rem; align-items: center; }
  .fields textarea, .fields input:not([type='date']) { width: 100%; }
  .entry-problems { padding: 0.4rem 0.6rem; border: 1px solid; border-radius: 4px; color: var(--ct-color-error, #b3261e); }
  .entry-problems ul { margin: 0.25rem 0 0; padding-inline-start: 1.25rem; }
  @media (max-width: 40rem) { .fields { grid-template-columns: 1fr; } }
`;
