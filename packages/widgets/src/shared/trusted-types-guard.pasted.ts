import { TRUSTED_TYPES_BLOCKED } from '../translations/trusted-types.js';

// Injected first into the pasted script (see tsup.config.ts), before Lit. Under a Trusted Types
// CSP whose `trusted-types` list lacks Lit's policy, `lit-html`, Lit's first line throws and no
// element is ever defined: the widgets would stay empty with no word why. The browser reports the
// blocked policy as a CSP violation; each widget on the page then says what the page needs.
const TAGS = 'ct-task-list, ct-agency-card, ct-deadline-timeline, ct-embed-builder';

document.addEventListener('securitypolicyviolation', (event) => {
  if (event.violatedDirective !== 'trusted-types' || event.sample !== 'lit-html') return;
  for (const widget of document.querySelectorAll(TAGS)) {
    if (widget.querySelector(':scope > [data-ct-error]')) continue;
    const lang = widget.closest('[lang]')?.getAttribute('lang')?.toLowerCase().startsWith('en') ? 'en' : 'vi';
    const message = document.createElement('p');
    message.dataset.ctError = '';
    message.setAttribute('role', 'alert');
    message.textContent = TRUSTED_TYPES_BLOCKED[lang];
    widget.prepend(message);
  }
  console.error(`chuongtrinh: ${TRUSTED_TYPES_BLOCKED.en}`);
});
