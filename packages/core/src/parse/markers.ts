/**
 * The line markers of the genre, shared by the paragraph and tree stages: what a line starts with
 * decides whether it starts a paragraph and which node of the document tree it becomes.
 */

/** Roman part headings "I." … "X.", in capitals ("II. NHIỆM VỤ VÀ GIẢI PHÁP"). */
export const PART = /^(X|IX|VIII|VII|VI|IV|V|III|II|I)\.\s*(\S.*)$/u;
/** Numbered items "1.", "1.1.", "1.1.1." ("1.1" without the final dot from depth 2 on); at most two digits a level, so "2022. …" is text. */
export const ITEM = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.(?:\s+(?=\S)|(?=[^\s\d.,]))|(?<=\d\.\d{1,2})\s+(?=\S))(.*)$/u;
/** An item number alone on its line ("1.4."), its text on the next. */
export const ITEM_ALONE = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.$/u;
// Vietnamese lettering has no f, j, w, z; "đ" follows "d".
export const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
export const LETTER = /^([a-eg-iđk-vxy])\)\s*(.*)$/u;
/** Bullets as extracted from Word, PDF and web pages: "-", "–", "+", "•", "*". */
export const BULLET = /^[-–+•*](?:\s+|(?=\p{Lu}))(.*)$/u;
export const SIGNATURE = /^(?:TM\s*\.|T\/M\b|KT\s*\.|Q\.\s*CHỦ TỊCH|CHỦ TỊCH\b|PHÓ CHỦ TỊCH\b|BÍ THƯ\b)/u;
export const RECIPIENTS = /^Nơi nhận\s*:/u;
/** An article of a cover decision or resolution ("Điều 1."). */
export const ARTICLE = /^Điều\s+\d+\s*\./u;
/** A footnote at the end of a web copy: "[1] tại Chương trình số …". */
export const FOOTNOTE = /^\[\d{1,3}\]\s/u;

/** What a labelled field says. */
export type FieldKind = 'lead' | 'coordinating' | 'executing' | 'time' | 'product';

const FIELD_LABEL_SOURCE =
  '(?:(Cơ quan|Đơn vị)\\s+(chủ trì|phối hợp|thực hiện)(?:\\s+(?:tham mưu\\s+)?(?:thực hiện|tham mưu))?(?:\\s*\\((?:thực hiện|tham mưu)\\))?' +
  '|(Thời gian|Thời hạn)(?:\\s+(?:thực hiện|hoàn thành))?|(Sản phẩm)(?:\\s+(?:đầu ra|chính))?)';

/** A labelled field: optional bullet or letter, the label, a colon, the value. */
export const FIELD = new RegExp(`^(?:[-–+•*]\\s*)?(?:[a-eg-iđ]\\)\\s*)?${FIELD_LABEL_SOURCE}\\s*:\\s*(.*)$`, 'iu');
/** Where a second field starts on the same line ("… địa phương -Thời gian thực hiện: …", "b) Cơ quan phối hợp: …"). */
export const FIELD_INSIDE = new RegExp(`(?:[.;]\\s*|\\s+)(?=(?:[-–+•*]\\s*)?(?:[a-eg-iđ]\\)\\s*)?${FIELD_LABEL_SOURCE}\\s*:)`, 'gu');

export function fieldKind(match: RegExpExecArray): FieldKind {
  if (match[3]) return 'time';
  if (match[4]) return 'product';
  const role = match[2]!.toLowerCase();
  return role === 'chủ trì' ? 'lead' : role === 'phối hợp' ? 'coordinating' : 'executing';
}

/** Whether a line starts a paragraph of its own by its marker. */
export function startsWithMarker(text: string): boolean {
  return (
    PART.test(text) ||
    ITEM.test(text) ||
    ITEM_ALONE.test(text) ||
    LETTER.test(text) ||
    BULLET.test(text) ||
    FIELD.test(text) ||
    SIGNATURE.test(text) ||
    RECIPIENTS.test(text) ||
    ARTICLE.test(text) ||
    FOOTNOTE.test(text)
  );
}

export function isUpperText(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase();
}
