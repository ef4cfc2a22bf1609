/** The languages the format functions write for readers: Vietnamese (the program's own) and English. */
export const READER_LANGUAGES = ['vi', 'en'] as const;
export type ReaderLanguage = (typeof READER_LANGUAGES)[number];
