// Boot (linked with --pre-js, run by each instance web/page/mount.js makes): the files it needs
// before main() runs (subset fonts and the opening plan), fetched in parallel with the wasm.
// The opening plan is the `plan` option (a URL) when given, else the plan last open in this
// browser (store.js, app page only), else the bundled Selma sample. Options come from the
// address bar on the app page, from the host page for an embed.

(() => {
  // web/page/mount.js gives each instance its element, canvas, base URL and options.
  const app = !!Module['abApp'];
  const params = Module['abParams'] || new URLSearchParams();

  let resolveReady;
  const ready = new Promise(resolve => { resolveReady = resolve; });
  // Called by web/host/bridge.js once main() is running: the app page publishes the bridge on the
  // window (tests and tools rely on window.alignboard); every instance resolves its mount.
  Module['abResolveReady'] = api => {
    if (Module['abEmbed']) Module['abEmbed'].extend(api);
    if (app) window.alignboard = api;
    resolveReady(api);
    if (Module['abOnReady']) Module['abOnReady'](api);
  };
  Module['abReady'] = ready;
  if (app) window.alignboardReady = ready;

  const boot = { assets: {}, errors: {}, planSource: '' };
  Module['abBoot'] = boot;

  const base = Module['abBase'] || new URL('.', location.href).href;
  let planUrl = params.get('plan');
  // `template=share-a-coke` opens a bundled template (a name, never a path).
  const askedTemplate = params.get('template');
  const template = /^[a-z0-9-]{1,40}$/.test(askedTemplate || '') ? askedTemplate : '';
  if (template && !planUrl) planUrl = base + 'plans/templates/' + template + '.json';
  // Where the opening plan comes from and why a file did not arrive are shown after main() has
  // loaded the catalogue: words are kept as keys until then (Module.abI18n.words).
  boot.planSource = params.get('plan') ||
    (askedTemplate !== null ? { key: 'boot.source_template', args: { name: askedTemplate } } : { key: 'boot.source_sample' });
  // A plan the address asked for (plan=, template=): kept as a new plan of the library on the
  // app page (library/boot.js), and when it does not open, nothing editable stands in for it.
  boot.fromLink = !!(params.get('plan') || askedTemplate !== null);
  // Embed options (README, "For consultants"): read by the C++ side once the plan is open.
  const flag = name => { const v = params.get(name); return v !== null && v !== '0' && v !== 'false'; };
  boot.options = {
    readonly: flag('readonly'),
    ui: params.get('ui') || 'full',
    zoom: params.get('zoom') || '',
    theme: params.get('theme') || '',
    // A board in someone else's page (a script-tag embed, or any page in a frame): on a narrow
    // one the side panel stays away instead of becoming a bottom sheet.
    guest: !app || window.parent !== window,
  };

  // Every file is read with a cap (web/platform/capped_read.js): `plan=` may name any URL, and a 30 MB
  // answer stops at the reader's 20 MB instead of filling memory first. The `plan=` URL is
  // fetched without credentials (someone else's link must not make requests as the user); the
  // app's own files with the site's (an intranet host may need its cookies).
  const C = Module['abCapped'];
  const MAX_FONT_BYTES = 8 * 1024 * 1024;
  const OWN = { credentials: 'same-origin' };
  function fetchInto(name, url, cap, init) {
    return Promise.resolve().then(() => C.fetchBytes(url, cap, init, init === OWN)).then(bytes => {
      boot.assets[name] = bytes;
    }).catch(err => {
      boot.errors[name] = err && err.words ? err.words : String(err && err.message ? err.message : err);
    });
  }
  let planTarget;
  try {
    planTarget = planUrl ? new URL(planUrl, location.href).href : base + 'plans/selma.json';
  } catch (e) {
    boot.errors['plan'] = { key: 'boot.not_address' };
  }
  if (askedTemplate !== null && !template && !params.get('plan')) planTarget = '';  // not a name: no fetch

  // Why a plan from the address did not arrive, in the user's words. A fetch that fails
  // outright (no answer, or the server does not let this page read the file: CORS) says both.
  function whyNotFetched(why) {
    return why && why.key ? why : { key: 'boot.not_fetched' };
  }
  const httpStatus = (why) => (why && why.key === 'read.http_status' ? why.args.status : 0);
  // An unknown template names the ones there are (plans/templates/index.json).
  function whyNoTemplate() {
    return fetch(base + 'plans/templates/index.json', { cache: 'no-cache', credentials: 'same-origin' })
      .then(r => (r.ok ? r.json() : []))
      .then(list => (Array.isArray(list) ? list.map(t => t && t.id).filter(id => typeof id === 'string') : []), () => [])
      .then(ids => {
        boot.errors['plan'] = { key: ids.length ? 'boot.no_template_list' : 'boot.no_template',
                                args: { name: askedTemplate, list: ids.join(', ') } };
      });
  }
  function fetchPlan() {
    if (!planTarget) return askedTemplate !== null && !params.get('plan') ? whyNoTemplate() : Promise.resolve();
    return fetchInto('plan', planTarget, C.MAX_FILE_BYTES, params.get('plan') ? {} : OWN).then(() => {
      if (!boot.errors['plan']) return;
      if (template && !params.get('plan') && httpStatus(boot.errors['plan']) === 404) return whyNoTemplate();
      if (params.get('plan')) boot.errors['plan'] = whyNotFetched(boot.errors['plan']);
    });
  }

  const pending = Promise.all([
    fetchInto('font-regular', base + 'fonts/inter-regular.otf', MAX_FONT_BYTES, OWN),
    fetchInto('font-semibold', base + 'fonts/inter-semibold.otf', MAX_FONT_BYTES, OWN),
    fetchInto('font-icons', base + 'fonts/icons.ttf', MAX_FONT_BYTES, OWN),
    fetchPlan(),
  ]);

  // main() waits for these files and for the plan library (web/library/store.js), which may replace
  // the sample with the plan last open here: a run dependency holds it back until they are in.
  // Whatever fails on the way is reported by main() (a missing plan, a refused link): the page
  // never stays on "Loading" because a promise here went wrong.
  Module['preRun'] = [].concat(Module['preRun'] || [], () => {
    addRunDependency('alignboard-boot');
    const store = Module['abStore'];
    const library = Promise.resolve().then(() => store ? store.boot(pending) : null);
    const access = Module['abAccess'] || Promise.resolve();  // who may talk to a framed page
    const done = () => { removeRunDependency('alignboard-boot'); };
    Promise.all([pending, library, access]).then(done, err => {
      console.error('Alignboard: ' + (err && err.message || err));
      done();
    });
  });

  // Emscripten's own messages are not errors of the page; keep them on the info channel.
  Module['print'] = text => { console.log(text); };
  Module['printErr'] = text => { console.warn(text); };
})();
