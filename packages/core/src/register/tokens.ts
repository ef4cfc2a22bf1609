/**
 * Tokens of a text for matching Vietnamese names: words with their offsets and the list
 * separators between them. Matching compares `keys`, so spelling variants meet: case, NFC/NFD,
 * old and new tone placement ("Uỷ"/"Ủy", "hoà"/"hòa", "khoẻ"/"khỏe") and the abbreviations
 * UBND, HĐND, MTTQ… (expanded to the words they stand for).
 */
export interface Token {
  /** `word`; `soft`: ",", "và", "&" (also found inside names); `hard`: ";" (never inside a name). */
  type: 'word' | 'soft' | 'hard';
  text: string;
  start: number;
  end: number;
  /** Comparison keys of a word (several for an abbreviation); empty for a separator. */
  keys: readonly string[];
  /** Starts with a capital letter. */
  capital: boolean;
  /** Only whitespace separates it from the previous token (no ".", "(", "-" between). */
  spaced: boolean;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Comparison key of one word: lowercase, decomposed, its tone mark moved to the end. A syllable has
 * one tone, so the old ("hoà") and new ("hòa") placements give the same key.
 */
export function wordKey(word: string): string {
  const decomposed = word.normalize('NFD').toLowerCase();
  const tone = decomposed.match(TONE_MARKS)?.[0] ?? '';
  return decomposed.replace(TONE_MARKS, '') + tone;
}

const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['UBND', 'Ủy ban nhân dân'],
      ['HĐND', 'Hội đồng nhân dân'],
      ['MTTQ', 'Mặt trận Tổ quốc'],
      ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
      ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
      ['ĐBQH', 'đại biểu Quốc hội'],
      ['UBKT', 'Ủy ban Kiểm tra'],
      ['BHXH', 'Bảo hiểm xã hội'],
      ['KBNN', 'Kho bạc Nhà nước'],
      ['NHNN', 'Ngân hàng Nhà nước'],
      ['LĐLĐ', 'Liên đoàn Lao động'],
      ['TAND', 'Tòa án nhân dân'],
      ['VKSND', 'Viện Kiểm sát nhân dân'],
      ['BCH', 'Ban Chấp hành'],
      ['BCHQS', 'Bộ Chỉ huy Quân sự'],
      ['CHQS', 'Chỉ huy Quân sự'],
      ['HTX', 'Hợp tác xã'],
      ['KCN', 'Khu công nghiệp'],
      ['TP', 'thành phố'],
    ] as const
  ).map(([abbreviation, words]) => [wordKey(abbreviation), words.split(' ').map(wordKey)]),
);

const CONNECTIVE = wordKey('và');
const TOKEN = /[\p{L}\p{M}\p{N}]+|[,;&]/gu;
const CAPITAL = /^\p{Lu}/u;
const SPACE = /^\s*$/u;

/** Splits a text into tokens in one pass; other punctuation ("-", "–", ".", "(") is skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    const position = { text: word, start, end, spaced: SPACE.test(text.slice(previousEnd, start)) };
    previousEnd = end;
    if (word === ';') tokens.push({ type: 'hard', ...position, keys: [], capital: false });
    else if (word === ',' || word === '&') tokens.push({ type: 'soft', ...position, keys: [], capital: false });
    else {
      const key = wordKey(word);
      if (key === CONNECTIVE) tokens.push({ type: 'soft', ...position, keys: [], capital: false });
      else tokens.push({ type: 'word', ...position, keys: ABBREVIATIONS.get(key) ?? [key], capital: CAPITAL.test(word) });
    }
  }
  return tokens;
}

/** The key of a whole name: its words' keys, separators dropped. */
export function nameKey(name: string): string {
  return tokenize(name)
    .flatMap((token) => token.keys)
    .join(' ');
}
