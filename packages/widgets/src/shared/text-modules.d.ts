// The original text of the bundled dataset, as a string module (esbuild's `text` loader in
// tsup.config.ts; `scripts/text-modules.ts` for Vite).
declare module '@chuongtrinh/core/data/binh-thuan-2021-2025.txt' {
  const text: string;
  export default text;
}
