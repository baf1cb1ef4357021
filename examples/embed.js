// The host side of examples/embed.html. The app is found where this page is served (the folder
// above examples/), or at ?app=URL; its origin is the one this page talks to and listens to.
const appBase = new URL(new URLSearchParams(location.search).get('app') || '../', location.href);
const app = appBase.origin;
for (const frame of document.querySelectorAll('iframe[data-src]')) {
  frame.src = new URL(frame.dataset.src, appBase).href;
}
const board = document.getElementById('board');
const log = (text) => { document.getElementById('log').textContent += text + '\n'; };
let next = 1;
const send = (type, extra) => board.contentWindow.postMessage({ alignboard: 1, type, id: next++, ...extra }, app);

window.addEventListener('message', (e) => {
  if (e.origin !== app || e.source !== board.contentWindow || !e.data || e.data.alignboard !== 1) return;
  const m = e.data;
  if (m.type === 'change') log(`change: revision ${m.revision}, score ${m.overall ?? 'not scored'}`);
  else if (m.type === 'resize') board.style.height = Math.min(Math.max(m.height, 400), 900) + 'px';
  else if (m.type === 'reply' && m.request === 'export') log(m.text.slice(0, 300) + '…');
  else if (m.type === 'reply') log(`reply to ${m.request}: ${m.ok ? 'ok' : m.error}${m.warnings && m.warnings.length ? ` (${m.warnings.length} warnings)` : ''}`);
  else log(`${m.type}${m.error ? ': ' + m.error : ''}`);
});

document.getElementById('load').onclick = async () => {
  const plan = await (await fetch(new URL('plans/templates/small-business.json', appBase))).json();
  send('load', { plan });
};
document.getElementById('undo').onclick = () => send('undo');
document.getElementById('export').onclick = () => send('export', { format: 'md' });

// The script-tag form: alignboard.js from the app's folder mounts the data-alignboard board;
// the same requests as methods, the same events through on().
const script = document.createElement('script');
script.src = new URL('alignboard.js', appBase).href;
script.onload = () => {
  Alignboard.mount(document.getElementById('sketch'), { template: 'blank' }).then((sketch) => {
    sketch.on('change', (e) => { document.getElementById('live').textContent = e.overall ?? '\u2014'; });
  });
};
document.body.appendChild(script);
