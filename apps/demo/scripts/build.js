// Builds the demo site into dist/: the host pages as they are, the widgets' pasted files in
// dist/widgets/ (as a webmaster would upload them), and the host sites' own third-party files.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseProgram } from '@chuongtrinh/core';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const widgetsDist = join(dirname(require.resolve('@chuongtrinh/widgets/package.json')), 'dist');

rmSync(dist, { recursive: true, force: true });
cpSync(join(root, 'pages'), dist, { recursive: true });
mkdirSync(join(dist, 'widgets'));
// Only what the pasted script needs: chuongtrinh.js, its lazy chunks, the dataset and its original text beside it,
// and the iframe pages (embed/).
cpSync(widgetsDist, join(dist, 'widgets'), {
  recursive: true,
  filter: (source) => source === widgetsDist || /[\\/]chuongtrinh[^\\/]*\.js$|\.json$|[\\/]binh-thuan-[^\\/]*\.txt$|[\\/]embed([\\/][^\\/]+\.html)?$/.test(source),
});
// What a webmaster runs once per data release: the subscription files beside the script, and a
// page with a prerendered snippet (its first view in the HTML).
const cli = join(widgetsDist, 'node', 'chuongtrinh-widgets.js');
const port = Number(process.env.PORT ?? 4173);
execFileSync(process.execPath, [cli, 'subscriptions', join(dist, 'widgets'), '--base-url', `http://127.0.0.1:${port}/widgets/`, '--updated', '2024-06-30'], { stdio: 'ignore' });
const snippet = execFileSync(process.execPath, [cli, 'embed', 'ct-task-list', '--agency', 'so-cong-thuong', '--controls', '--limit', '10', '--heading-level', '2', '--script-url', 'widgets/chuongtrinh.js'], { encoding: 'utf8' });
const prerendered = join(dist, 'prerendered.html');
const MARK = '<!-- chuongtrinh-widgets embed -->';
const host = readFileSync(prerendered, 'utf8');
if (!host.includes(MARK)) throw new Error(`pages/prerendered.html: expected the line ${MARK} where the snippet goes`);
writeFileSync(prerendered, host.replace(MARK, () => snippet.trim()));
mkdirSync(join(dist, 'vendor'));
cpSync(require.resolve('jquery/dist/jquery.min.js'), join(dist, 'vendor', 'jquery.min.js'));
cpSync(require.resolve('bootstrap/dist/css/bootstrap.min.css'), join(dist, 'vendor', 'bootstrap.min.css'));
// Another real program of the genre, parsed from its published text, for the page that shows it through `src=`.
const otherProgram = 'bac-ninh-kh-141-2025';
const otherText = readFileSync(join(root, '../../packages/core/test/fixtures/programs', `${otherProgram}.txt`), 'utf8');
const { program: other } = parseProgram(otherText, { sourceFile: `${otherProgram}.txt` });
writeFileSync(join(dist, 'data', `${otherProgram}.json`), `${JSON.stringify(other)}\n`);
console.log(`demo built in ${dist}`);
