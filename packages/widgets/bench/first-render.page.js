// Runs in the benchmark page (served as is, not bundled): times one cold first render of every
// task in <ct-task-list> and one `innerHTML` of the same markup with the same styles.

async function timeLit() {
  const list = document.createElement('ct-task-list');
  const start = performance.now();
  document.body.append(list);
  await list.updateComplete;
  void list.offsetHeight; // style and layout, as for the plain copy
  return { time: performance.now() - start, markup: list.shadowRoot.innerHTML };
}

function timePlain(markup) {
  const sheets = customElements.get('ct-task-list').elementStyles.map((style) => style.styleSheet);
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  const start = performance.now();
  root.innerHTML = markup;
  document.body.append(host);
  void host.offsetHeight;
  return performance.now() - start;
}

/** `markup` from an earlier round lets the plain copy go first; without it, Lit goes first. */
window.measureFirstRender = async ({ litFirst, markup }) => {
  if (litFirst || !markup) {
    const lit = await timeLit();
    return { lit: lit.time, plain: timePlain(lit.markup), markup: lit.markup };
  }
  const plain = timePlain(markup);
  const lit = await timeLit();
  return { lit: lit.time, plain, markup: lit.markup };
};
