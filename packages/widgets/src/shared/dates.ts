const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date of a `YYYY-MM-DD` text, or undefined when it is not a real calendar date. */
export function parseDate(text: string): Date | undefined {
  const parts = ISO_DATE.exec(text);
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/**
 * `YYYY-MM-DD` of a date in the visitor's time zone. (`toISOString` gives the UTC date: in Việt
 * Nam, UTC+7, before 7 a.m. that is still yesterday, and on 1 January a whole year early.)
 */
export function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
