import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { WIDGET_ATTRIBUTES_FILE, widgetAttributesModule } from '../scripts/widget-attributes.js';

test('src/embed-builder/widget-attributes.ts is what the manifest gives (else run `npx tsx scripts/widget-attributes.ts`)', async () => {
  expect(await readFile(WIDGET_ATTRIBUTES_FILE, 'utf8')).toBe(await widgetAttributesModule());
}, 60_000);
