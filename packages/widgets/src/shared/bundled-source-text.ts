/**
 * The original text of the bundled dataset, imported lazily so that the user's bundler puts it in
 * a chunk of its own, loaded at the first "Văn bản gốc". (The npm build inlines the file as a
 * string module; the pasted build replaces this module with `bundled-source-text.pasted.ts`.)
 */
export async function loadBundledSourceText(): Promise<string | undefined> {
  const { default: text } = await import('@chuongtrinh/core/data/binh-thuan-2021-2025.txt');
  return text;
}
