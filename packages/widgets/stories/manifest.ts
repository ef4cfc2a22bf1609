/// <reference types="vite/client" />
import { AGENCY_ROLES } from '@chuongtrinh/core/constants';
import { program } from '@chuongtrinh/core/data';
import { STATUS_FILTERS } from '@chuongtrinh/core/progress';
import type { ArgTypes } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { isColorToken, TOKENS, type TokenName } from '../src/shared/tokens.js';
import { LANGUAGES } from '../src/translations/translation.js';

/**
 * Storybook reads the Custom Elements Manifest that `npm run build` writes from the JSDoc of each
 * element class (`custom-elements.json`, the file the package ships). Everything the Docs tab and
 * the Controls panel say about attributes, parts, custom properties, slots and events comes from
 * it; nothing here repeats it.
 */

interface Described {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}

interface Attribute extends Described {
  fieldName?: string;
}

interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean | null;
  attribute?: string | null;
}

export interface ElementDeclaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

export interface Manifest {
  schemaVersion: string;
  modules: Array<{ kind: string; path: string; declarations?: ElementDeclaration[] }>;
}

// A glob rather than an import, so that type-checking does not need the generated file; Vite
// inlines it when it exists.
const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const shipped = found['../custom-elements.json'];
if (!shipped) {
  throw new Error('packages/widgets/custom-elements.json is missing: run `npm run build -w @chuongtrinh/widgets` first (`npm run storybook` does).');
}

/** The manifest as shipped. */
export const manifest: Manifest = shipped;

/** Every custom element the manifest documents. */
export const elements: ElementDeclaration[] = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

export function declarationOf(tag: string): ElementDeclaration {
  const declaration = elements.find((element) => element.tagName === tag);
  if (!declaration) throw new Error(`custom-elements.json has no <${tag}>`);
  return declaration;
}

/**
 * The manifest as Storybook should read it. Storybook turns every member into a control, private
 * ones included, and every attribute a second time under its property name; so members are kept
 * only when they are public fields that no attribute already stands for, and each attribute says
 * which property it sets. The element's `@summary` becomes its description, which Storybook shows
 * at the top of its Docs page.
 */
export function forStorybook(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              description: declaration.description || declaration.summary || '',
              members: (declaration.members ?? []).filter(
                (member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static && !member.attribute,
              ),
              attributes: (declaration.attributes ?? []).map((attribute) => ({
                ...attribute,
                description:
                  attribute.fieldName && attribute.fieldName !== attribute.name
                    ? `${attribute.description ?? ''} Property: \`${attribute.fieldName}\`.`
                    : attribute.description,
              })),
            }
          : declaration,
      ),
    })),
  };
}

/** A `--ct-*` custom property with what it does and which elements read it. */
export interface CustomProperty {
  name: string;
  description: string;
  elements: string[];
}

/**
 * Every custom property of every element, once, in the order the manifest first names them.
 * Elements may describe a shared property in their own words (what the accent colours differs
 * from one to the next); the description most of them share is kept, the shortest on a tie.
 */
export function customProperties(): CustomProperty[] {
  const byName = new Map<string, { elements: string[]; descriptions: string[] }>();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      const entry = byName.get(property.name) ?? { elements: [], descriptions: [] };
      entry.elements.push(element.tagName!);
      entry.descriptions.push(property.description ?? '');
      byName.set(property.name, entry);
    }
  }
  return [...byName].map(([name, { elements: readers, descriptions }]) => {
    const count = (text: string) => descriptions.filter((description) => description === text).length;
    const [description = ''] = [...new Set(descriptions)].sort((a, b) => count(b) - count(a) || a.length - b.length);
    return { name, description, elements: readers };
  });
}

const areaNumbers = program.areas.flatMap((area) => [String(area.number), ...area.sections.map((section) => section.number)]);

/**
 * Choices for the attributes whose values come from a closed list: core's and the widgets' own
 * enum-like arrays and the dataset's ids. The attributes themselves, their types and their
 * descriptions still come from the manifest.
 */
const CHOICES: Record<string, readonly string[]> = {
  lang: LANGUAGES,
  agency: program.agencies.map((agency) => agency.id),
  'agency-role': AGENCY_ROLES,
  area: areaNumbers,
  status: STATUS_FILTERS,
};

/**
 * Controls for `tag`, by what the manifest says of each attribute: a checkbox for a boolean, a
 * number field for a number, a select for a closed list, else a text field; a colour picker for
 * each colour of the token table (`src/shared/tokens.ts`), with its default, and a text field for
 * the other custom properties (the story sets them on the element); none for parts. The Docs table rows themselves come from the manifest
 * (`setCustomElementsManifest`).
 */
export function controlsFor(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const type = attribute.type?.text ?? 'string';
    const choices = CHOICES[attribute.name];
    argTypes[attribute.name] = choices
      ? { control: 'select', options: [...choices] }
      : { control: type.includes('boolean') ? 'boolean' : type.includes('number') ? 'number' : 'text' };
  }
  for (const property of declaration.cssProperties ?? []) {
    const entry = TOKENS[property.name as TokenName] as (typeof TOKENS)[TokenName] | undefined;
    argTypes[property.name] = { control: isColorToken(property.name) ? 'color' : 'text', table: { defaultValue: { summary: entry?.light ?? '' } } };
  }
  for (const part of declaration.cssParts ?? []) argTypes[part.name] = { control: false };
  return argTypes;
}

/** Story args: attribute names as written in HTML, and their values. */
export type EmbedArgs = Record<string, unknown>;

/**
 * `<tag attribute="value" … style="--ct-…: …">content</tag>`, from the args that name attributes
 * or custom properties of `tag` in the manifest (others, like Storybook's action args, are left
 * out). `false`, `undefined` and `''` leave an attribute out; `true` writes a boolean attribute.
 * Each event the manifest lists is logged in the Actions panel. The Docs tab shows this element's
 * HTML as the code to paste.
 */
export function embed(tag: string, args: EmbedArgs, content?: string): HTMLElement {
  const declaration = declarationOf(tag);
  const element = document.createElement(tag);
  for (const attribute of declaration.attributes ?? []) {
    const value = args[attribute.name];
    if (value === undefined || value === null || value === false || value === '') continue;
    element.setAttribute(attribute.name, value === true ? '' : String(value));
  }
  for (const property of declaration.cssProperties ?? []) {
    const value = args[property.name];
    if (typeof value === 'string' && value !== '') element.style.setProperty(property.name, value);
  }
  if (content) element.innerHTML = content;
  for (const event of declaration.events ?? []) {
    element.addEventListener(event.name, (fired) => action(event.name)((fired as CustomEvent).detail));
  }
  return element;
}
