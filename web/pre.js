// Boot (linked with --pre-js, run by each instance web/mount.js makes): the files it needs
// before main() runs (subset fonts and the opening plan), fetched in parallel with the wasm.
// The opening plan is the `plan` option (a URL) when given, else the plan last open in this
// browser (store.js, app page only), else the bundled Selma sample. Options come from the
// address bar on the app page, from the host page for an embed.

(function() {
  // web/mount.js gives each instance its element, canvas, base URL and options.
  var app = !!Module['abApp'];
  var params = Module['abParams'] || new URLSearchParams();

  var resolveReady;
  var ready = new Promise(function(resolve) { resolveReady = resolve; });
  // Called by web/bridge.js once main() is running: the app page publishes the bridge on the
  // window (tests and tools rely on window.alignboard); every instance resolves its mount.
  Module['abResolveReady'] = function(api) {
    if (Module['abEmbed']) Module['abEmbed'].extend(api);
    if (app) window.alignboard = api;
    resolveReady(api);
    if (Module['abOnReady']) Module['abOnReady'](api);
  };
  Module['abReady'] = ready;
  if (app) window.alignboardReady = ready;

  var boot = { assets: {}, errors: {}, planSource: '' };
  Module['abBoot'] = boot;

  var base = Module['abBase'] || new URL('.', location.href).href;
  var planUrl = params.get('plan');
  // `template=share-a-coke` opens a bundled template (a name, never a path).
  var template = /^[a-z0-9-]{1,40}$/.test(params.get('template') || '') ? params.get('template') : '';
  if (template && !planUrl) planUrl = base + 'plans/templates/' + template + '.json';
  boot.planSource = params.get('plan') || (template ? 'the template ' + template : 'Selma sample');
  // Embed options (README, "For consultants"): read by the C++ side once the plan is open.
  var flag = function(name) { var v = params.get(name); return v !== null && v !== '0' && v !== 'false'; };
  boot.options = {
    readonly: flag('readonly'),
    ui: params.get('ui') || 'full',
    zoom: params.get('zoom') || '',
    theme: params.get('theme') || '',
  };

  function fetchInto(name, url) {
    return fetch(url, { cache: 'no-cache' }).then(function(response) {
      if (!response.ok) throw new Error('the server answered HTTP ' + response.status);
      return response.arrayBuffer();
    }).then(function(bytes) {
      boot.assets[name] = bytes;
    }).catch(function(err) {
      boot.errors[name] = String(err && err.message ? err.message : err);
    });
  }

  var pending = Promise.all([
    fetchInto('font-regular', base + 'fonts/inter-regular.otf'),
    fetchInto('font-semibold', base + 'fonts/inter-semibold.otf'),
    fetchInto('font-icons', base + 'fonts/icons.ttf'),
    fetchInto('plan', planUrl ? new URL(planUrl, location.href).href : base + 'plans/selma.json'),
  ]);

  // main() waits for these files and for the plan library (web/store.js), which may replace
  // the sample with the plan last open here: a run dependency holds it back until they are in.
  Module['preRun'] = [].concat(Module['preRun'] || [], function() {
    addRunDependency('alignboard-boot');
    var store = Module['abStore'];
    var library = store ? store.boot(pending) : Promise.resolve();
    Promise.all([pending, library]).then(function() { removeRunDependency('alignboard-boot'); });
  });

  // Emscripten's own messages are not errors of the page; keep them on the info channel.
  Module['print'] = function(text) { console.log(text); };
  Module['printErr'] = function(text) { console.warn(text); };
})();
