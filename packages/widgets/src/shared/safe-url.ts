/**
 * Whether a page author's URL may become a link: http(s), or relative to the page. Any other
 * scheme (`javascript:`, `data:`…) would run or show content of the URL's choosing on a click.
 * Parsed as the browser does, so `java\tscript:` is recognised too.
 */
export function isLinkable(url: string): boolean {
  try {
    const { protocol } = new URL(url, 'https://relative.invalid/');
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
