// The page's half of the app's language (linked with --pre-js; web/i18n/language.cpp is the C++
// half). Sets Module.abI18n:
//   t(key, args), tn(key, count, args)  the catalogue's words for the page's own DOM (the
//                                       accessible mirror, the outline view, dialogs), the same
//                                       catalogue the canvas draws from (i18n/*.json in the core)
//   words({key, args} or text)          words kept as a key before the catalogue was there
//   language(), languages(), set(code)  the active language; set() is the bridge's setLanguage
//   locale()                            the BCP 47 locale numbers and dates follow ("de-DE")
//   onChange(fn)                        called after the language changed
//   start(), chosen(code)               called by language.cpp: pick at start, keep a choice
// The language is, in order: ?lang=xx, the choice made in the app (localStorage), the first of
// navigator.languages the app speaks, else English. Numbers, money and dates follow the browser's
// Intl for that language (the reader's region when navigator.languages names one: de-CH).
(() => {
  const STORED = 'alignboard.language';
  // Currencies whose symbol the locale is asked for; any other code shows as itself ("12 XOF").
  const CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'NZD', 'CNY', 'INR', 'MXN', 'BRL', 'ARS',
    'CLP', 'COP', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'UAH', 'RUB', 'TRY', 'EGP', 'VND', 'KRW', 'ZAR', 'ILS'];
  const params = Module['abParams'] || new URLSearchParams();
  const listeners = [];
  let cache = null;
  let cacheGeneration = -1;

  const T = () => Module['abText'];
  function stored() {
    try { return localStorage.getItem(STORED) || ''; } catch (e) { return ''; }
  }
  function catalogue() {
    // Before the wasm runtime runs (a page script asking early) there is no catalogue yet: keys
    // show as themselves rather than the call failing.
    if (typeof _ab_i18n_generation !== 'function' || !runtimeInitialized) return {};
    const generation = _ab_i18n_generation();
    if (generation !== cacheGeneration) {
      cache = T().json(_ab_i18n_catalogue()) || {};
      cacheGeneration = generation;
    }
    return cache;
  }
  function fill(text, args) {
    return String(text).replace(/\{([a-z_]+)\}/g, (whole, name) =>
      args && Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole);
  }
  const language = () => T().reply(_ab_i18n_language());
  function locale() {
    const code = language();
    const mine = (navigator.languages || [navigator.language || '']).find((tag) =>
      String(tag).toLowerCase().split(/[-_]/)[0] === code);
    return mine || code;
  }
  function t(key, args) {
    const entry = catalogue()[key];
    if (entry === undefined) return key;
    return fill(typeof entry === 'string' ? entry : entry.other, args);
  }
  function tn(key, count, args) {
    const entry = catalogue()[key];
    if (entry === undefined) return key;
    let text = entry;
    if (typeof entry !== 'string') {
      let form = 'other';
      try { form = new Intl.PluralRules(locale()).select(count); } catch (e) { /* 'other' */ }
      text = entry[form] !== undefined ? entry[form] : entry.other;
    }
    let shown = String(count);
    try { shown = new Intl.NumberFormat(locale()).format(count); } catch (e) { /* plain digits */ }
    return fill(fill(text, { count: shown }), args);
  }

  // The reader's style for the core (format/numbers.hpp's NumberStyle), from Intl.
  function style() {
    const where = locale();
    const out = { decimal: '.', group: ',', min_group_digits: 4, money: '{n} {c}', date: '{y}-{m}-{d}', symbols: {} };
    try {
      const number = new Intl.NumberFormat(where);
      for (const part of number.formatToParts(1234567.5)) {
        if (part.type === 'group') out.group = part.value;
        if (part.type === 'decimal') out.decimal = part.value;
      }
      // Spanish writes 1234 but 12.345: the fewest digits that get separators.
      if (!number.formatToParts(1234).some((p) => p.type === 'group')) out.min_group_digits = 5;
      let pattern = null;
      for (const code of CURRENCIES) {
        const money = new Intl.NumberFormat(where, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' });
        const parts = money.formatToParts(1234.5);
        const symbol = parts.find((p) => p.type === 'currency');
        if (symbol) out.symbols[code] = symbol.value;
        if (!pattern && code === 'EUR') {
          let number_done = false;
          pattern = '';
          for (const p of parts) {
            if (p.type === 'currency') pattern += '{c}';
            else if (p.type === 'literal') pattern += p.value;
            else if (!number_done && ['integer', 'group', 'decimal', 'fraction', 'minusSign'].includes(p.type)) {
              pattern += '{n}';
              number_done = true;
            }
          }
        }
      }
      if (pattern && pattern.includes('{n}') && pattern.includes('{c}')) out.money = pattern;
      const date = new Intl.DateTimeFormat(where, { year: 'numeric', month: '2-digit', day: '2-digit' });
      const names = { year: '{y}', month: '{m}', day: '{d}' };
      out.date = date.formatToParts(new Date(2025, 0, 31)).map((p) => names[p.type] || p.value).join('');
    } catch (err) {
      console.error('Alignboard: the number style of ' + where + ' could not be read: ' + (err && err.message || err));
    }
    return out;
  }
  function applyStyle() {
    T().withCStrings([JSON.stringify(style())], (p) => _ab_i18n_set_style(p));
  }
  function changed() {
    document.documentElement.lang = language();
    for (const fn of listeners.slice()) {
      try { fn(language()); } catch (err) { console.error(err); }
    }
  }

  // Words made before the catalogue was there (web/page/pre.js, web/platform/capped_read.js,
  // web/library/boot.js at start) are kept as {key, args}, whose args may be such words too, and
  // put in the reader's language when shown; a plain string (a URL, a browser's own message)
  // shows as it is.
  function words(v) {
    if (v && typeof v === 'object' && typeof v.key === 'string') {
      const args = {};
      Object.keys(v.args || {}).forEach((name) => { args[name] = words(v.args[name]); });
      return t(v.key, args);
    }
    return v === undefined || v === null ? '' : String(v);
  }

  Module['abI18n'] = {
    t, tn, words, language, locale, style,
    languages: () => T().json(_ab_i18n_languages()),
    // Switches the app (as its picker does): false for a language it does not speak.
    set: (code) => T().withCStrings([String(code)], (p) => _ab_i18n_choose(p)) === 1,
    onChange: (fn) => listeners.push(fn),
    // At start (language.cpp's start): the first supported of ?lang=, the stored choice and the
    // browser's languages.
    start() {
      const tags = [params.get('lang') || '', stored()].concat(Array.from(navigator.languages || [navigator.language || '']));
      const code = T().reply(T().withCStrings([tags.filter(Boolean).join(',')], (p) => _ab_i18n_pick(p)));
      T().withCStrings([code], (p) => _ab_i18n_set_language(p));
      applyStyle();
      changed();
    },
    // After the app switched (the picker, setLanguage): keep it, restyle numbers, tell the page.
    chosen(code) {
      try { localStorage.setItem(STORED, code); } catch (e) { /* private mode: for this visit only */ }
      applyStyle();
      changed();
    },
  };
})();
