import { LANGUAGES, type Language, type Translation } from '../translations/translation.js';
import { vi } from '../translations/vi.js';
import { LazyModule } from './lazy-module.js';

// Vietnamese, the program's language, is always there; English is loaded when a page asks for it.
const english = /* @__PURE__ */ new LazyModule(() => import('./lazy-en.js'));

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The UI language of an element: the nearest `lang` attribute, its own first, then its ancestors
 * (across shadow roots), reduced to its primary subtag (`en-GB` → `en`). A language the widgets
 * do not speak, or no `lang` at all, gives Vietnamese, the language of the program.
 */
export function languageOf(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) {
      const primary = tag.toLowerCase().split('-')[0] ?? '';
      return isLanguage(primary) ? primary : 'vi';
    }
    node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null);
  }
  return 'vi';
}

/** The table of `language`, once loaded (see `loadTranslation`); Vietnamese until then. */
export function translationFor(language: Language): Translation {
  return (language === 'en' ? english.current?.en : undefined) ?? vi;
}

/**
 * Loads the table of `language` unless it is there; resolves either way. A failed load is
 * retried at the next call, and until then the widget speaks Vietnamese.
 */
export function loadTranslation(language: Language): Promise<void> | undefined {
  if (language === 'vi' || english.current) return undefined;
  return english.load().then((module) => {
    if (!module) console.warn(`chuongtrinh: the English texts could not be loaded (${english.failure}); showing Vietnamese`);
  });
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document, so widgets that
 * follow the page's language switch with it. One observer serves every widget on the page.
 * Returns the function that stops listening.
 */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of listeners) notify();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
