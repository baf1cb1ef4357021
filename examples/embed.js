// The host side of examples/embed.html: requests to the editable iframe and its events, and a
// board mounted from the script tag.
const board = document.getElementById('board');
const app = new URL(board.src).origin;
const log = (text) => { document.getElementById('log').textContent += text + '\n'; };
let next = 1;
const send = (type, extra) => board.contentWindow.postMessage({ alignboard: 1, type, id: next++, ...extra }, app);

window.addEventListener('message', (e) => {
  if (e.origin !== app || !e.data || e.data.alignboard !== 1) return;
  const m = e.data;
  if (m.type === 'change') log(`change: revision ${m.revision}, score ${m.overall ?? 'not scored'}`);
  else if (m.type === 'resize') board.style.height = Math.min(Math.max(m.height, 400), 900) + 'px';
  else if (m.type === 'reply' && m.request === 'export') log(m.text.slice(0, 300) + '…');
  else log(`${m.type}${m.error ? ': ' + m.error : ''}`);
});

document.getElementById('load').onclick = async () => {
  const plan = await (await fetch('../assets/templates/small-business.json')).json();
  send('load', { plan });
};
document.getElementById('undo').onclick = () => send('undo');
document.getElementById('export').onclick = () => send('export', { format: 'md' });

// The script-tag form: the same requests as methods, the same events through on().
Alignboard.mount(document.getElementById('sketch'), { template: 'blank' }).then((sketch) => {
  sketch.on('change', (e) => { document.getElementById('live').textContent = e.overall ?? '\u2014'; });
});
