/**
 * Hostile input shapes of issue 17 (each grows with `n`), shared by the parser benchmark and the
 * fuzz corpus. Each is what a real extraction or an attacker can produce.
 */
const OPENING = 'Để thực hiện Nghị quyết số 01-NQ/TU ngày 02/03/2021 của Tỉnh ủy, UBND tỉnh ban hành Chương trình hành động giai đoạn 2021 - 2025 như sau:\nI. NHỮNG NHIỆM VỤ CỤ THỂ\n1. Phát triển kinh tế\n';

export const HOSTILE_SHAPES: Record<string, (n: number, seed: string) => string> = {
  /** One header naming n agencies: "a) Sở X0, Sở X1, … chủ trì:". */
  'header naming n agencies': (n) =>
    `${OPENING}a) ${Array.from({ length: n }, (_, i) => `Sở X${i}`).join(', ')} chủ trì, phối hợp với các sở:\n- Việc (năm 2022).\n`,
  /** One task of n continuation lines. */
  'task of n continuation lines': (n) => `${OPENING}a) Sở Y tế chủ trì:\n- Việc đầu\n${'tiếp tục triển khai thực hiện nội dung công việc của nhiệm vụ\n'.repeat(n)}`,
  /** n unlettered blocks in one section. */
  'n unlettered blocks': (n) => `${OPENING}1.1. Mục\n${'Sở Y tế:\n- Việc một.\n'.repeat(n)}`,
  /** A heading "1.1. A. A. A. …". */
  'heading of n repeated "A. "': (n) => `${OPENING}1.1. ${'A. '.repeat(n)}\na) Sở Y tế chủ trì:\n- Việc.\n`,
  /** The seed with "•" bullets, repeated n/50 times. */
  '"•" bullets': (n, seed) => seed.replace(/^(\s*)-/gm, '$1•').repeat(Math.max(1, Math.round(n / 400))),
  /** Programs concatenated. */
  'programs concatenated': (n, seed) => `${seed}\n`.repeat(Math.max(1, Math.round(n / 400))),
  /** U+2028 and U+0085 instead of line feeds. */
  'U+2028 / U+0085 separators': (n, seed) => seed.replace(/\n/g, (_, at: number) => (at % 2 ? '\u2028' : '\u0085')).repeat(Math.max(1, Math.round(n / 400))),
  /** n lines of plain text. */
  'n lines': (n) => `${OPENING}a) Sở Y tế chủ trì:\n${'- Việc số một, hai, ba (năm 2023).\n'.repeat(n)}`,
  /** One line of 10·n words. */
  'one long line': (n) => `${OPENING}a) Sở Y tế chủ trì:\n- ${'việc (năm 2022) Nghị quyết số 12-NQ/TW; '.repeat(n)}\n`,
};
