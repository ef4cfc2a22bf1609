import { css } from 'lit';
import { token } from '../shared/tokens.js';

/*
 * Narrow first: years run down the page, each a row with its bar across. From 640 px of the
 * widget's own width (a container query: the page decides the width, not the viewport) they run
 * across, bars upright on one axis.
 */
export const deadlineTimelineStyles = css`
  :host {
    container-type: inline-size;
  }

  [hidden] {
    display: none !important;
  }

  .heading {
    margin: 0 0 0.25em;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .as-of,
  .empty {
    margin: 0 0 1em;
    color: ${token('--ct-color-muted')};
  }

  .empty {
    margin-top: 0.5em;
  }

  /* The colour key: a swatch beside each name, the words carry the meaning. */
  .legend {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 1em;
    padding: 0;
    font-size: 0.9em;
  }

  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-right: 0.35em;
    border-radius: 2px;
    vertical-align: -0.05em;
    background: var(--swatch);
  }

  /* One colour per timeliness, for the bars' segments and the key's swatches. */
  .all,
  .open-not-due {
    --swatch: ${token('--ct-color-accent')};
  }

  .done-on-time {
    --swatch: ${token('--ct-color-on-time')};
  }

  .done-late {
    --swatch: ${token('--ct-color-late')};
  }

  .open-overdue {
    --swatch: ${token('--ct-color-overdue')};
  }

  .cancelled {
    --swatch: ${token('--ct-color-muted')};
  }

  .no-deadline {
    --swatch: ${token('--ct-color-border')};
  }

  .segment {
    fill: var(--swatch);
  }

  /* A thin gap of the background between stacked segments. */
  .segment rect {
    stroke: ${token('--ct-color-surface')};
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }

  .years,
  .lane-list,
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .year {
    position: relative;
  }

  /* A year or lane: the whole row is its button. */
  .toggle {
    display: grid;
    grid-template-columns: 4.5em minmax(0, 1fr) auto;
    grid-template-areas: 'name bar count' 'status bar count';
    align-items: center;
    column-gap: 0.75em;
    width: 100%;
    box-sizing: border-box;
    padding: 0.35em 0.5em;
    border: 1px solid transparent;
    border-radius: ${token('--ct-radius')};
    background: transparent;
    color: ${token('--ct-color-text')};
    text-align: left;
    line-height: 1.3;
  }

  button.toggle:hover {
    border-color: ${token('--ct-color-border')};
  }

  button.toggle[aria-expanded='true'] {
    border-color: ${token('--ct-color-accent')};
    box-shadow: inset 0 -3px 0 ${token('--ct-color-accent')};
  }

  .year-name,
  .lane-name {
    grid-area: name;
  }

  .year-number {
    font-weight: bold;
    font-size: 1.125em;
  }

  button.toggle .year-number,
  .lane-name {
    color: ${token('--ct-color-accent')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .year-status {
    grid-area: status;
    font-size: 0.85em;
    color: ${token('--ct-color-muted')};
  }

  .year-count {
    grid-area: count;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }

  .toggle.none .year-count {
    color: ${token('--ct-color-muted')};
  }

  .overdue-count {
    display: block;
    font-size: 0.85em;
    color: ${token('--ct-color-overdue')};
    font-weight: bold;
  }

  /* Across: the track starts at the axis line and a bar runs along it. */
  .bar {
    grid-area: bar;
    display: block;
    height: 1.1em;
    border-left: 2px solid ${token('--ct-color-border')};
  }

  .bar svg {
    display: block;
    width: 100%;
    height: 100%;
  }

  .bar-up {
    display: none !important;
  }

  /*
   * The as-of marker: a thin dashed line in the marker colour with the date beside it, drawn
   * between years; when wide, inside the current year at the quarter of the date.
   */
  .marker {
    --at: 0%;
    position: absolute;
    pointer-events: none;
    left: 0;
    right: 0;
    top: var(--at);
    border-top: 2px dashed ${token('--ct-color-marker')};
  }

  .marker.end {
    --at: 100%;
  }

  .marker-label {
    position: absolute;
    right: 0;
    top: -0.7em;
    padding: 0 0.3em;
    font-size: 0.8em;
    line-height: 1.2;
    color: ${token('--ct-color-marker')};
    background: ${token('--ct-color-surface')};
  }

  /* The panel of the opened year or lane spans the widget's width, under the axis. */
  .panel {
    margin: 0.5em 0 1em;
    padding: 0.75em 1em;
    border: 1px solid ${token('--ct-color-accent')};
    border-radius: ${token('--ct-radius')};
  }

  .panel-heading,
  .lanes-heading {
    margin: 0 0 0.5em;
    font-size: 1em;
  }

  .entry {
    padding: 0.4em 0;
    border-top: 1px solid ${token('--ct-color-border')};
  }

  .entry:first-child {
    border-top: none;
    padding-top: 0;
  }

  .entry a {
    display: block;
  }

  .when {
    display: block;
    font-size: 0.9em;
    color: ${token('--ct-color-muted')};
  }

  /* Overdue: a bar beside the entry repeats the "overdue" mark written in it. */
  .entry.overdue {
    border-left: 3px solid ${token('--ct-color-overdue')};
    padding-left: 0.5em;
  }

  .lanes {
    margin-top: 1.25em;
  }

  .lane + .lane {
    margin-top: 0.25em;
  }

  .lane .toggle {
    grid-template-columns: 10em minmax(0, 1fr) auto;
    grid-template-areas: 'name bar count';
  }

  .printed {
    display: none;
  }

  @container (min-width: 640px) {
    .years {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      position: relative;
      /* Room for the marker's date above the bars. */
      padding-top: 1.5em;
    }

    /* The axis: one line under every year's bar. */
    .years::after {
      content: '';
      position: absolute;
      left: 0;
      right: 0;
      top: calc(1.5em + 7em);
      border-top: 2px solid ${token('--ct-color-border')};
      pointer-events: none;
    }

    .year .toggle {
      grid-template-columns: 1fr;
      grid-template-rows: 7em auto auto auto;
      grid-template-areas: 'bar' 'name' 'count' 'status';
      justify-items: center;
      text-align: center;
      padding: 0 0.25em 0.5em;
      border-radius: 0 0 ${token('--ct-radius')} ${token('--ct-radius')};
    }

    /* Upright: bars stand on one axis line that runs under every year. */
    .year .bar {
      justify-self: stretch;
      display: flex;
      justify-content: center;
      height: 100%;
      border-left: none;
      margin-bottom: 0.35em;
    }

    .year .bar-up {
      display: block !important;
      width: 2.5em;
    }

    .year .bar-across {
      display: none;
    }

    .year-count {
      text-align: center;
    }

    .marker.q1 {
      --at: 12.5%;
    }

    .marker.q2 {
      --at: 37.5%;
    }

    .marker.q3 {
      --at: 62.5%;
    }

    .marker.q4 {
      --at: 87.5%;
    }

    .marker {
      top: 0;
      height: 7em;
      right: auto;
      left: var(--at);
      border-top: none;
      border-left: 2px dashed ${token('--ct-color-marker')};
    }

    .marker-label {
      right: auto;
      left: 0;
      top: -1.4em;
      transform: translateX(-50%);
      white-space: nowrap;
    }

    .marker.end .marker-label {
      transform: translateX(-100%);
    }

    .lane-list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1.5em;
    }

    .lane {
      flex: 1 1 20em;
    }

    .lane + .lane {
      margin-top: 0;
    }
  }

  /* On paper the drawing gives way to a table of every deadline, every text in full. */
  @media print {
    .visual {
      display: none;
    }

    .printed {
      display: table;
      width: 100%;
      border-collapse: collapse;
      font-size: 0.9em;
    }

    .printed th,
    .printed td {
      border: 1px solid #000;
      padding: 0.2em 0.4em;
      text-align: left;
      vertical-align: top;
    }

    .printed .task-id {
      white-space: nowrap;
    }
  }
`;
