/**
 * Where the subscription files of the program (by its id) or of an agency (by its id) are,
 * relative to the folder `chuongtrinh-widgets subscriptions` writes them in.
 */
export const calendarPath = (id: string) => `lich/${id}.ics`;
export const feedPath = (id: string) => `tin/${id}.xml`;

/** A file of that folder, given the folder's URL as a page author wrote it (with or without the final slash). */
export const inFolder = (folder: string, path: string) => `${folder.trim().replace(/\/?$/, '/')}${path}`;
