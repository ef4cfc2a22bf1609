// Runs in the benchmark page (see search-keystroke.ts): types into <ct-task-list controls> and
// times each keystroke from the input event to the first frame painted after the list shows its
// results (not the "searching" line).
(() => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  async function settle(list) {
    for (;;) {
      await list.updateComplete;
      if (!list.shadowRoot.querySelector('[part~="status"]')) return;
      await frame();
    }
  }

  async function type(text) {
    const list = document.querySelector('ct-task-list');
    const input = list.shadowRoot.querySelector('[part~="search-input"]');
    const samples = [];
    for (let i = 1; i <= text.length; i++) {
      const start = performance.now();
      input.value = text.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(list);
      await frame();
      samples.push(performance.now() - start);
    }
    return samples;
  }

  async function clear() {
    const list = document.querySelector('ct-task-list');
    const input = list.shadowRoot.querySelector('[part~="search-input"]');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(list);
    await frame();
  }

  window.searchBench = { type, clear };
})();
