// Where a thread's CPU went in a Chromium trace, beyond "frame callback" and "input handler":
// the events of one thread are nested by time into trees (one per top-level task), and each
// event's own CPU (its thread duration less its children's) is charged to a label: the event's
// name plus what it ran (the function a timer or callback called, the DOM event's type, the GC's
// kind). Used by board_vs_canvas2d.mjs under AB_BENCH_DEBUG to name the "other" tasks.
//
//   node tests/e2e/bench/trace_split.mjs <trace.json>   prints the split of a saved trace
//                                                       (AB_BENCH_TRACE_DIR saves them)
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

// Slices that only wrap the real work: a task is named for what runs inside them.
const WRAPPERS = new Set([
  'RunTask', 'RunNormalPriorityTask', 'ThreadPool_RunTask',
  'SequenceManager::DoIdleWork', 'SimpleWatcher::OnHandleReady', 'Receive mojo message',
]);

const basename = (url) => (url ? String(url).split('/').pop().split('?')[0] : '');

// A short label for one event: its name and, where the trace says, what it ran.
export function label(e) {
  const d = e.args?.data || {};
  switch (e.name) {
    case 'FunctionCall': {
      const fn = d.functionName || '(anonymous)';
      const at = basename(d.url);
      return `FunctionCall ${fn}${at ? ` ${at}:${d.lineNumber ?? '?'}` : ''}`;
    }
    case 'EventDispatch': return `EventDispatch ${d.type || '?'}`;
    case 'TimerFire': return `TimerFire #${d.timerId ?? '?'}`;
    case 'ThreadControllerImpl::RunTask': {
      // The 'toplevel' task slice says where the task was posted from.
      const a = e.args || {};
      return a.src_file ? `task ${basename(a.src_file)}:${a.src_func || '?'}` : e.name;
    }
    case 'Receive mojo message': {
      const tag = e.args?.chrome_mojo_event_info?.mojo_interface_tag;
      return tag ? `mojo ${tag}` : e.name;
    }
    default: return e.name;
  }
}

// The events of one thread (complete 'X' slices with a thread duration), nested: each gets
// `parent`, `children`, `self` (its CPU less its children's, ms) and `root` (its top-level slice).
export function nest(events, pid, tid) {
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .map((e) => ({ ...e, children: [], parent: null }))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur < e.ts + e.dur) stack.pop();
    e.parent = stack.length ? stack[stack.length - 1] : null;
    if (e.parent) e.parent.children.push(e);
    stack.push(e);
  }
  for (const e of mine) {
    const cpu = (e.tdur ?? 0) / 1000;
    const kids = e.children.reduce((t, c) => t + (c.tdur ?? 0), 0) / 1000;
    e.self = Math.max(0, cpu - kids);
    let r = e;
    while (r.parent) r = r.parent;
    e.root = r;
  }
  return mine;
}

// What a top-level task is: the label of the biggest slice under its wrappers, following the
// chain down while one child holds most of it (a timer's FunctionCall, a message's handler).
export function kind(task) {
  let e = task;
  const names = [];
  for (;;) {
    if (!WRAPPERS.has(e.name)) names.push(label(e));
    const big = [...e.children].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))[0];
    if (!big || (big.tdur ?? 0) < 0.5 * (e.tdur ?? 0) || names.length >= 3) break;
    e = big;
  }
  return names.join(' > ') || task.name;
}

// The split of the thread's CPU during [from, to] per frame: `tasks`, top-level tasks grouped by
// kind (CPU and count); `self`, the own CPU of every label. `exclude(e)` marks slices whose whole
// subtree is already accounted for (the frame callbacks, the input handlers): tasks made only
// of them are left out, and their subtrees do not count in `self`.
export function split(events, { pid, tid, from, to, frames, exclude = () => false }) {
  const nested = nest(events, pid, tid).filter((e) => e.ts >= from && e.ts + e.dur <= to);
  const inside = (e) => { for (let p = e; p; p = p.parent) if (exclude(p)) return true; return false; };
  const self = new Map(), tasks = new Map();
  for (const e of nested) {
    if (inside(e)) continue;
    const k = label(e);
    self.set(k, (self.get(k) || 0) + e.self);
  }
  for (const root of nested.filter((e) => !e.parent)) {
    let own = 0;
    const walk = (e) => { if (exclude(e)) return; own += e.self; e.children.forEach(walk); };
    walk(root);
    if (own < 1e-6) continue;
    const k = kind(root);
    const t = tasks.get(k) || { ms: 0, n: 0 };
    t.ms += own;
    t.n += 1;
    tasks.set(k, t);
  }
  const per = (m) => [...m].map(([k, v]) => (typeof v === 'number' ? [k, v / frames] : [k, { ms: v.ms / frames, n: v.n }]))
    .sort((a, b) => (b[1].ms ?? b[1]) - (a[1].ms ?? a[1]));
  return { tasks: per(tasks), self: per(self) };
}

// Text lines of a split: the biggest `top` of each list, ms per frame.
export function describe(s, top = 12) {
  const out = ['  top-level tasks outside frame callbacks and input handlers, ms per frame (tasks in the pan):'];
  for (const [k, v] of s.tasks.slice(0, top)) out.push(`    ${v.ms.toFixed(3).padStart(7)}  (${v.n})  ${k}`);
  out.push('  own CPU by slice, outside frame callbacks and input handlers, ms per frame:');
  for (const [k, v] of s.self.slice(0, top)) out.push(`    ${v.toFixed(3).padStart(7)}  ${k}`);
  return out.join('\n');
}

// Command line: the split of a saved trace ({events, pid, tid, from, to, frames}).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const saved = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const isHandled = (e) => e.name === 'FireAnimationFrame' ||
    (e.name === 'EventDispatch' && e.args?.data?.type === 'wheel');
  console.log(describe(split(saved.events, { ...saved, exclude: isHandled }), Number(process.argv[3]) || 25));
}
