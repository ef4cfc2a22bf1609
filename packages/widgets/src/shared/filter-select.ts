import type { Agency, Program } from '@chuongtrinh/core';
import { AGENCY_ROLES } from '@chuongtrinh/core/constants';
import { html, type TemplateResult } from 'lit';
import type { Translation } from '../translations/translation.js';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * One labelled filter select, as the task list's controls and the builder's form both show it:
 * an "any" option (value `""`), then the choices. Both `?selected` on the options (the first
 * render, before the options exist when `.value` is set) and `.value` (later renders: once a
 * visitor has chosen, `selected` attributes no longer decide, so a cleared filter would keep
 * showing the old choice).
 */
export function filterSelect(field: {
  name: string;
  label: string;
  any: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (event: Event) => void;
  disabled?: boolean;
}): TemplateResult {
  return html`<label>
    <span>${field.label}</span>
    <select part="filter-select" name=${field.name} ?disabled=${field.disabled ?? false} .value=${field.value} @change=${field.onChange}>
      <option value="" ?selected=${field.value === ''}>${field.any}</option>
      ${field.options.map((option) => html`<option value=${option.value} ?selected=${option.value === field.value}>${option.label}</option>`)}
    </select>
  </label>`;
}

/** Agencies (sorted by the caller), named in the UI language. */
export const agencyOptions = (agencies: readonly Agency[], english: boolean): SelectOption[] =>
  agencies.map((agency) => ({ value: agency.id, label: english ? (agency.nameEn ?? agency.name) : agency.name }));

/** Core's roles, in core's order. */
export const roleOptions = (t: Translation): SelectOption[] => AGENCY_ROLES.map((role) => ({ value: role, label: t.roles[role] }));

/** Each area, then its sections indented under it. */
export const areaOptions = (program: Program): SelectOption[] =>
  program.areas.flatMap((area) => [
    { value: String(area.number), label: `${area.number}. ${area.title}` },
    ...area.sections.map((section) => ({ value: section.number, label: `\u00a0\u00a0${section.number}. ${section.title}` })),
  ]);

/** Years, as the caller lists them. */
export const yearOptions = (years: readonly number[]): SelectOption[] => years.map((year) => ({ value: String(year), label: String(year) }));
