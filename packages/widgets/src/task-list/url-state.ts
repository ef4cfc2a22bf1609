/**
 * The filters of `<ct-task-list controls>` mirrored in the page's query string, so that a filtered
 * view can be shared and survives a reload: `?co-quan=so-cong-thuong&nam=2021&q=điện`. The names
 * are Vietnamese, as the subscription feeds' and iframe pages' `co-quan` is. With a key, each name
 * takes it as a prefix (`?ds1-co-quan=…`), so two lists on one page keep their own filters.
 */
export const URL_PARAMETERS = {
  agency: 'co-quan',
  agencyRole: 'vai-tro',
  area: 'linh-vuc',
  year: 'nam',
  status: 'tien-do',
  query: 'q',
} as const;

export type UrlFilterName = keyof typeof URL_PARAMETERS;
/** A filter's value as the URL carries it; an empty string is a filter the visitor cleared (the host's default is not applied). */
export type UrlFilters = Partial<Record<UrlFilterName, string>>;

const NAMES = Object.keys(URL_PARAMETERS) as UrlFilterName[];

function parameter(name: UrlFilterName, key: string): string {
  return key ? `${key}-${URL_PARAMETERS[name]}` : URL_PARAMETERS[name];
}

/** The filters `search` (a `location.search`) carries for the list of `key`. */
export function readUrlFilters(search: string, key: string): UrlFilters {
  const query = new URLSearchParams(search);
  const filters: UrlFilters = {};
  for (const name of NAMES) {
    const value = query.get(parameter(name, key));
    if (value !== null) filters[name] = value;
  }
  return filters;
}

/**
 * `href` with the list's parameters set to `filters`: a filter equal to the host's default is left
 * out (the page's own attributes say it), one that differs is written, as an empty value when the
 * visitor cleared it. Other parameters and the fragment are kept as they are.
 */
export function withUrlFilters(href: string, key: string, filters: UrlFilters, defaults: UrlFilters): string {
  const url = new URL(href);
  for (const name of NAMES) {
    const value = filters[name] ?? '';
    if (value === (defaults[name] ?? '')) url.searchParams.delete(parameter(name, key));
    else url.searchParams.set(parameter(name, key), value);
  }
  return url.href;
}
