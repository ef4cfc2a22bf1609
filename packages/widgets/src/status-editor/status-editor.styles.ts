import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const statusEditorStyles = css`
  .editor { display: grid; gap: 0.75rem; }
  .title { margin: 0; font-size: 1.25rem; }
  .choose, .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; }
  .choose label, .import { display: grid; gap: 0.25rem; }
  select, input, textarea, button { font: inherit; }
  select, input:not([type='file']), textarea { box-sizing: border-box; max-width: 100%; padding: 0.3rem 0.4rem; border: 1px solid ${token('--ct-color-border')}; border-radius: 4px; background: ${token('--ct-color-surface')}; color: ${token('--ct-color-text')}; }
  button { padding: 0.4rem 0.8rem; border: 1px solid ${token('--ct-color-accent')}; border-radius: 4px; background: ${token('--ct-color-accent')}; color: ${token('--ct-color-surface')}; cursor: pointer; }
  :focus-visible { outline: 2px solid ${token('--ct-color-accent')}; outline-offset: 2px; }
  .notice, .count { margin: 0; color: ${token('--ct-color-muted')}; }
  .notice button { margin-inline-start: 0.5rem; }
  .notes { padding: 0.5rem 0.75rem; border: 1px solid ${token('--ct-color-border')}; border-radius: 4px; }
  .notes[role='alert'], .entry-problems { border-color: ${token('--ct-color-error')}; }
  .notes p, .entry-problems p { margin: 0; font-weight: 600; }
  .task { display: grid; gap: 0.5rem; margin: 0; padding: 0.75rem; border: 1px solid ${token('--ct-color-border')}; border-radius: 6px; }
  legend { padding: 0 0.4rem; border-radius: 3px; background: ${token('--ct-color-accent')}; color: ${token('--ct-color-surface')}; font-size: 0.9em; }
  .text { margin: 0; line-height: 1.45; }
  .deadlines, .reading { margin: 0; color: ${token('--ct-color-muted')}; font-size: 0.9em; }
  .fields { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.4rem 0.75rem; align-items: center; }
  .fields textarea, .fields input:not([type='date']) { width: 100%; }
  .entry-problems { padding: 0.4rem 0.6rem; border: 1px solid; border-radius: 4px; color: ${token('--ct-color-error')}; }
  .entry-problems ul { margin: 0.25rem 0 0; padding-inline-start: 1.25rem; }
  @media (max-width: 40rem) { .fields { grid-template-columns: 1fr; } }
`;
