/** The message an iframe page sends its host: the height of its content, in CSS pixels. */
export const RESIZE_MESSAGE = 'chuongtrinh:resize';
export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}

/**
 * Query parameters of the iframe pages: each attribute the builder offers, by its own name, and
 * `co-quan` ("agency") as the Vietnamese name the links of the subscription feeds use.
 */
const ALIASES: Record<string, string> = { 'co-quan': 'agency' };
const PARAMETER_OF: Record<string, string> = { agency: 'co-quan' };

/** The attributes of a widget that takes `allowed` from an iframe page's query string; other names are returned apart. */
export function attributesFromQuery(allowed: readonly string[], search: string): { attributes: Array<[string, string]>; unknown: string[] } {
  const attributes: Array<[string, string]> = [];
  const unknown: string[] = [];
  for (const [parameter, value] of new URLSearchParams(search)) {
    const name = ALIASES[parameter] ?? parameter;
    if (allowed.includes(name)) attributes.push([name, value]);
    else unknown.push(parameter);
  }
  return { attributes, unknown };
}

/** The iframe page of `widget` showing these attributes, relative to the folder of the pasted files (`embed/ct-task-list.html?co-quan=…`). */
export function embedPageUrl(widget: string, attributes: Partial<Record<string, string | true>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) query.append(PARAMETER_OF[name] ?? name, value === true ? '' : value);
  }
  const text = query.toString();
  return `embed/${widget}.html${text ? `?${text}` : ''}`;
}
