/**
 * The one message shown before Lit can run (a Trusted Types CSP that blocks it), in both
 * languages: the pasted script's guard shows it without loading the English table.
 */
export const TRUSTED_TYPES_BLOCKED = {
  vi: 'Không hiển thị được: chính sách bảo mật (CSP) của trang chặn các thành phần này. Quản trị trang cần thêm lit-html vào chỉ thị trusted-types.',
  en: "Cannot be shown: the page's Content Security Policy blocks these components. The site needs lit-html in its trusted-types directive.",
} as const;
