// Dynamically imported, so that the search index (MiniSearch) is only downloaded by a page that
// searches: in the pasted build this module becomes a chunk loaded from beside the script.
export { search, suggestQuery } from '@chuongtrinh/core/search';
