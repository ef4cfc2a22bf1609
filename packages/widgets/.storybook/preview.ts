import addonA11y from '@storybook/addon-a11y';
import addonDocs from '@storybook/addon-docs';
import * as customElementsArgTypes from '@storybook/web-components/entry-preview-argtypes';
import { definePreview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { definePreviewAddon } from 'storybook/internal/csf';
import '../src/index.js';
import { checkConsole, installFetchFixtures, recordConsole } from '../stories/fixtures.js';
import { forStorybook, manifest } from '../stories/manifest.js';
import { THEME_NAMES, THEME_TITLES, themeStyle, type ThemeName } from '../stories/themes.js';
import { LANGUAGES } from '../src/translations/translation.js';

// Controls and the Docs tab's tables (attributes, properties, events, slots, parts, custom
// properties) come from the manifest the package ships.
setCustomElementsManifest(forStorybook(manifest));

export default definePreview({
  // The web-components renderer's definePreview leaves out its own argTypes entry, which reads the
  // manifest (with CSF 3 the framework preset adds it): without it the Docs tables would be empty.
  addons: [addonDocs(), addonA11y(), definePreviewAddon<{}>(customElementsArgTypes)],
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    // Every story fails its test on any axe violation (the addon's default only reports them).
    a11y: { test: 'error' },
    // The code shown is the element as a page would paste it, without the story's page around it.
    docs: { source: { excludeDecorators: true } },
    controls: { sort: 'requiredFirst' },
    options: {
      storySort: { order: ['Introduction', 'How to theme', 'Themes', 'Widgets', ['Task list', 'Agency card', 'Deadline timeline']] },
    },
  },
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget (a widget with its own lang keeps it)',
      toolbar: { title: 'Page language', icon: 'globe', items: [...LANGUAGES], dynamicTitle: true },
    },
    theme: {
      description: 'Theme set through --ct-* custom properties on the page around the widget',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEME_NAMES.map((name) => ({ value: name, title: THEME_TITLES[name] })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'default' },
  decorators: [
    // The page around each story: Vietnamese unless the toolbar says otherwise (Storybook's own
    // frame says lang="en", which the widgets would follow), and the chosen theme.
    (story, { globals }) =>
      html`<div class="host-page" lang=${globals['lang'] ?? 'vi'} style=${themeStyle(globals['theme'] as ThemeName | undefined)}>${story()}</div>`,
  ],
  beforeAll: installFetchFixtures,
  beforeEach: ({ viewMode }) => (viewMode === 'story' ? recordConsole() : undefined),
  afterEach: ({ viewMode, parameters }) => {
    if (viewMode === 'story') checkConsole(parameters['expectedWarnings'] as number | undefined);
  },
});
