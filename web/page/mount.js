// Mounting (linked with --extern-post-js, after the module factory AlignboardModule): the one
// script a page loads. Each mount is a separate instance of the module (its own memory, canvas,
// keyboard, clipboard and plan), so several can share a page without touching each other.
//   - The app page (index.html) marks its root data-alignboard="app": it reads the address bar,
//     keeps the plan library and publishes window.alignboard.
//   - A host page marks any element data-alignboard (options as data-plan, data-template,
//     data-readonly, data-ui, data-zoom, data-theme) or calls Alignboard.mount(element, options).
//     Such an embed keeps nothing in browser storage and sets no globals but window.Alignboard.
// README "For consultants" documents the options and the instance returned by mount().

(() => {
  const factory = typeof AlignboardModule === 'function' ? AlignboardModule : null;
  const script = document.currentScript;
  const base = new URL('.', script && script.src ? script.src : location.href).href;
  const OPTIONS = ['plan', 'template', 'readonly', 'ui', 'zoom', 'theme'];
  let mounted = 0;
  // The words shown before the app's catalogue is loaded, in every language it speaks: the build
  // fills them in from i18n/*.json (web/page/mount_words.mjs); English stands here for the source.
  const LOADER_WORDS = { en: { loading: 'Loading Alignboard\u2026', canvas: 'Alignboard planning canvas', failed: 'Alignboard could not start here: {why}. Its files come from {base}, which must be reachable and allow this page to read them.' } };  // filled in by mount_words.mjs
  // The reader's language as the app will pick it (web/i18n/i18n.js): the app page's ?lang=, the
  // choice made in the app, then the browser's languages; else English.
  function loaderWords(app) {
    let stored = '';
    try { stored = localStorage.getItem('alignboard.language') || ''; } catch (e) { /* none */ }
    const tags = [app ? new URLSearchParams(location.search).get('lang') || '' : '', stored]
      .concat(Array.from(navigator.languages || [navigator.language || '']));
    for (const tag of tags) {
      const code = String(tag).toLowerCase().split(/[-_]/)[0];
      if (LOADER_WORDS[code]) return LOADER_WORDS[code];
    }
    return LOADER_WORDS.en;
  }

  function child(root, selector, make) {
    let el = root.querySelector(selector);
    if (!el) { el = make(); root.appendChild(el); }
    return el;
  }
  // The canvas, the text sink and the notice line, made when the host did not write them.
  // The canvas' name and the loading line are ours (data-ab-words): put in the reader's language
  // here, and again by the app when the language changes (web/a11y/board_mirror.js).
  function furnish(root, n, words) {
    const canvas = child(root, 'canvas', () => {
      const c = document.createElement('canvas');
      c.setAttribute('data-ab-words', '');
      return c;
    });
    if (canvas.hasAttribute('data-ab-words')) canvas.setAttribute('aria-label', words.canvas);
    if (!canvas.id) canvas.id = 'alignboard-' + n + '-canvas';
    if (!canvas.hasAttribute('tabindex')) canvas.tabIndex = 0;
    child(root, 'textarea.ab-text-sink', () => {
      const t = document.createElement('textarea');
      t.className = 'ab-text-sink';
      return t;
    });
    const notice = child(root, '.ab-notice', () => {
      const d = document.createElement('div');
      d.className = 'ab-notice';
      d.setAttribute('role', 'status');
      d.setAttribute('data-ab-words', '');
      return d;
    });
    if (notice.hasAttribute('data-ab-words')) notice.textContent = words.loading;
    if (!root.classList.contains('ab-root')) {
      root.setAttribute('data-alignboard-embed', '');
      addStyles();
    }
    return canvas;
  }

  // A host page has no stylesheet of ours: the rules the parts need, added once. The element's
  // own rules have no weight (:where), so the host's size and position win. A sheet rather
  // than inline styles: Emscripten's GLFW clears the canvas' inline size.
  const CSS =
    ':where([data-alignboard-embed]){position:relative;overflow:hidden;background:#f4f5f8}' +
    '[data-alignboard-embed]>canvas{display:block;width:100%;height:100%;outline:none;' +
      'touch-action:none;user-select:none;-webkit-tap-highlight-color:transparent}' +
    '[data-alignboard-embed]>textarea.ab-text-sink{position:absolute;left:0;top:0;width:1px;' +
      'height:1px;padding:0;border:0;margin:0;opacity:0;resize:none;overflow:hidden;font-size:16px;' +
      'color:transparent;background:transparent;caret-color:transparent;white-space:pre;pointer-events:none}' +
    '[data-alignboard-embed]>.ab-notice{position:absolute;left:50%;top:45%;transform:translate(-50%,-50%);' +
      'padding:12px 18px;border-radius:10px;background:#fff;color:#475467;font:14px system-ui,sans-serif}' +
    '[data-alignboard-embed]>.ab-notice[hidden]{display:none}';
  let styled = false;
  function addStyles() {
    if (styled) return;
    styled = true;
    // A constructed sheet is CSSOM, which a host's CSP without 'unsafe-inline' still allows.
    if (document.adoptedStyleSheets && typeof CSSStyleSheet === 'function' && CSSStyleSheet.prototype.replaceSync) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    } else {
      const el = document.createElement('style');
      el.textContent = CSS;
      document.head.appendChild(el);
    }
  }

  function fromDataset(el) {
    const out = {};
    OPTIONS.forEach(name => {
      if (el.dataset[name] !== undefined) out[name] = el.dataset[name] === '' ? '1' : el.dataset[name];
    });
    return out;
  }

  // Resolves to the instance (the bridge of web/host/BRIDGE.md plus the host API of web/host/embed.js).
  function mount(element, options) {
    if (!factory) return Promise.reject(new Error('alignboard.js did not load completely'));
    if (!element || element.nodeType !== 1) return Promise.reject(new Error('Alignboard.mount needs an element'));
    if (element.alignboardMount) return element.alignboardMount;
    const app = element.getAttribute('data-alignboard') === 'app';
    const n = ++mounted;
    const words = loaderWords(app);
    const canvas = furnish(element, n, words);
    let params;
    if (app) {
      params = new URLSearchParams(location.search);
    } else {
      params = new URLSearchParams();
      const given = options || fromDataset(element);
      OPTIONS.forEach(name => {
        const v = given[name];
        if (v === undefined || v === null || v === false) return;
        params.set(name, v === true ? '1' : String(v));
      });
      params.set('storage', 'none');  // embeds on one page share no storage
    }
    const instance = new Promise((resolve, reject) => {
      factory({
        abRoot: element,
        canvas,
        abBase: base,
        abApp: app,
        abParams: params,
        abAutoFocus: app,
        abOnReady: function(api) { resolve(api); },
      }).catch(reject);
    });
    element.alignboardMount = instance;
    instance.then(api => { element.alignboard = api; }, err => {
      // Say it where the board would be (a host that cannot serve the .wasm, a blocked fetch).
      const notice = element.querySelector('.ab-notice');
      if (notice) {
        notice.hidden = false;
        notice.textContent = words.failed.replace('{why}', String(err && err.message || err)).replace('{base}', base);
      }
    });
    return instance;
  }

  function mountAll() {
    const found = document.querySelectorAll('[data-alignboard]');
    for (let i = 0; i < found.length; ++i) {
      mount(found[i]).catch(err => { console.error('Alignboard: ' + (err && err.message || err)); });
    }
  }

  window.Alignboard = { version: 1, mount, base };
  // At once for the elements above this script (the usual place for it), and once the page is
  // parsed for any after it (mount() does each element once).
  mountAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
})();
