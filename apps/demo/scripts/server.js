import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/**
 * The strict policy of the CSP page: nothing inline, no eval, only this origin. Sent as a real
 * header (not a meta tag), as a hardened CMS would.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Serves dist/ on `port` (0: any free one); resolves to the server's base URL. */
export function serve(port = 0, host = '127.0.0.1') {
  const files = sirv(fileURLToPath(new URL('../dist', import.meta.url)), { dev: true, etag: true });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // csp.html, and the pages tests write to check a snippet under the same policy (csp-*.html).
    if (/^\/csp(-[\w-]+)?\.html$/.test(path)) response.setHeader('Content-Security-Policy', STRICT_CSP);
    // The widget files are served like a CDN serves them, so a snippet pasted into a page of
    // another origin can load the script (a module) and its dataset.
    if (path.startsWith('/widgets/')) response.setHeader('Access-Control-Allow-Origin', '*');
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
      resolve({ url, close: () => new Promise((done) => server.close(() => done(undefined))) });
    });
  });
}
