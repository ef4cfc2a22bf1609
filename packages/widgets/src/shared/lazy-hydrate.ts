// Dynamically imported by a prerendered widget when a visitor first uses it, so that pages
// without prerendered widgets never download Lit's hydration: in the pasted build this module
// becomes a chunk loaded from beside the script.
export { hydrate } from '@lit-labs/ssr-client';
