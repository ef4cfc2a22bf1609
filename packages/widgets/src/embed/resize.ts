/**
 * `chuongtrinh-resize.js`, the host page's part of the iframe form: gives each chuongtrinh iframe
 * (`<iframe data-chuongtrinh>`) the height its page reports. A message counts only if it comes
 * from that iframe's window and from the origin of its `src`, and has the expected shape; any
 * other message is ignored. Without this script (a CMS that strips scripts) the iframe keeps its
 * fixed `height` and scrolls.
 */
import { RESIZE_MESSAGE } from './embed-parameters.js';

const MAX_HEIGHT = 100_000;

addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== RESIZE_MESSAGE || typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-chuongtrinh]')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin === event.origin) frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
});
