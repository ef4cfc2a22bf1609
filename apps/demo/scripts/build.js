// Builds the demo site into dist/: the host pages as they are, the widgets' pasted files in
// dist/widgets/ (as a webmaster would upload them), and the host sites' own third-party files.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
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
// Only what the pasted script needs: chuongtrinh.js, its lazy chunks and the dataset beside it.
cpSync(widgetsDist, join(dist, 'widgets'), {
  recursive: true,
  filter: (source) => source === widgetsDist || /[\\/]chuongtrinh[^\\/]*\.js$|\.json$/.test(source),
});
mkdirSync(join(dist, 'vendor'));
cpSync(require.resolve('jquery/dist/jquery.min.js'), join(dist, 'vendor', 'jquery.min.js'));
cpSync(require.resolve('bootstrap/dist/css/bootstrap.min.css'), join(dist, 'vendor', 'bootstrap.min.css'));
console.log(`demo built in ${dist}`);
