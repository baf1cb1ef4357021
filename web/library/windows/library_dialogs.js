// The library's dialogs in the DOM (linked with --pre-js after dialog_frame.js, whose frame they
// fill): Plans, History, Share, and the questions the library asks (a second tab, a shared plan,
// a damaged plan). The app sends the open dialog's content whenever it changed (dialog_model.cpp,
// through library_dialogs_lib.js), and each control sends {act, ...} back (dialog_actions.cpp)
// inside the user's click, so a file picker or a download may open. What is only the dialog's
// own (a rename being typed, a "delete for good?" being asked, a checkpoint's name) lives here and
// survives a redraw. Every control is named (data-name) as the bridge's dialogRect knows it.
// Sets Module.abDialogs (D): show(model) and find(name).

(() => {
  const TEXT = {
    plans: 'Your plans', history: 'History', share: 'Share this plan',
    tabOpen: 'Open in another tab', tabChanged: 'Changed in another tab',
    shared: 'Open a shared plan?', damaged: 'This plan could not be opened',
    noStorage: 'Plans are not kept in this browser on this page. Download a copy to keep your work.',
    newPlan: 'New plan', files: 'Files', inBrowser: 'In this browser', deleted: 'Recently deleted',
    openFile: 'Open a file\u2026', json: 'Plan (.json)', md: 'Report (.md)', csv: 'Tactics (.csv)',
    svg: 'Picture (.svg)', png: 'Picture (.png)', pdf: 'Handout (.pdf)',
    dropHint: 'You can also drop a plan file on the board.',
    loading: 'Loading\u2026', noPlans: 'No plans kept in this browser yet.',
    openNow: 'Open now \u00b7 ', changed: (when) => 'changed ' + when,
    size: (kb) => ' \u00b7 ' + kb + ' KB',
    open: 'Open', rename: 'Rename', duplicate: 'Duplicate', del: 'Delete', save: 'Save', cancel: 'Cancel',
    openOf: (n) => 'Open ' + n, renameOf: (n) => 'Rename ' + n, duplicateOf: (n) => 'Duplicate ' + n,
    deleteOf: (n) => 'Delete ' + n, nameOf: (n) => 'New name of ' + n,
    deleteCurrent: 'Open another plan before deleting this one',
    emptyTrash: 'Empty trash', trashKept: 'Deleted plans are removed for good 30 days after they were deleted.',
    emptyAsk: 'Delete every plan in Recently deleted for good? This cannot be undone.',
    emptyYes: 'Delete them for good', emptyNo: 'Keep them',
    purge: 'Delete for good', purgeOf: (n) => 'Delete ' + n + ' for good',
    purgeYes: 'Delete for good: cannot be undone', keep: 'Keep', restore: 'Restore', restoreOf: (n) => 'Restore ' + n,
    noCheckpointStorage: "Checkpoints are kept in this browser's storage, which is not available on this page.",
    checkpointName: 'Name this version', checkpointHint: 'e.g. end of day 1', checkpointSave: 'Save checkpoint',
    noCheckpoints: 'No checkpoints yet.', checkpoints: 'Checkpoints',
    automatic: 'automatic', preview: 'Preview', previewOf: (n) => 'Preview ' + n, restoreCheckpoint: (n) => 'Restore ' + n,
    asThen: (n) => '\u201c' + n + '\u201d as it was then:',
    counts: (c, n) => c[0] + ' goals, ' + c[1] + ' strategies, ' + c[2] + ' tactics, ' + c[3] + ' KPIs (now ' +
      n[0] + ', ' + n[1] + ', ' + n[2] + ', ' + n[3] + ').',
    alignment: (then, now) => 'Alignment ' + then + ' (now ' + now + ').', notScored: 'not scored',
    tabChangedText: 'This plan was changed in another tab after this one opened it. To keep both, this tab stopped ' +
      "saving: reload to see the other tab's version, or save what you have here as a copy.",
    tabOpenText: 'This plan is already open in another tab. So the two never overwrite each other, it is read-only ' +
      'here. You can look around, reload it later, or save a copy to edit here.',
    keepReadOnly: 'Keep read-only', reload: 'Reload', saveCopy: 'Save as a copy',
    sharedWhat: (n) => 'The link holds the plan \u201c' + n + '\u201d. ',
    sharedFailed: (e) => 'It could not be added to your plans: ' + e,
    sharedStays: 'The plan you have open stays as it is. Download the shared plan to keep it.',
    sharedAdds: 'Opening it adds it to your plans as a new plan; the plan you have open stays as it is.',
    sharedReplaces: (m) => 'This page keeps no plans' + (m ? ' (' + m + ')' : '') + ', so opening it replaces the ' +
      'plan you have open here. Undo (Ctrl+Z) brings yours back; download yours first to keep a copy.',
    sharedDownload: 'Download the shared plan', adding: 'Adding\u2026', openNew: 'Open as a new plan',
    mine: 'Download mine', openInstead: 'Open in place of mine', notNow: 'Not now',
    damagedWhy: (n, why) => '\u201c' + n + '\u201d could not be opened: ' + why + '.',
    damagedKept: 'It is kept in this browser exactly as it was, and nothing in this tab is saved over it. Download its ' +
      'text to keep it (a newer Alignboard, or a fixed copy, opens it), or open another plan.',
    damagedDownload: 'Download its text',
    shareText: 'Anyone who opens this link gets a copy of the plan as it is now, with nothing to install and no ' +
      'account. It is copied to your clipboard.',
    close: 'Close', shareLink: 'Link to this plan', copyAgain: 'Copy again', downloadFile: 'Download the file',
  };
  const TITLES = { plans: TEXT.plans, history: TEXT.history, share: TEXT.share, shared: TEXT.shared,
                   damaged: TEXT.damaged };
  const T = Module['abText'];
  const F = Module['abDialogFrame'];
  const D = {
    model: { dialog: '' },
    renaming: '', renameText: '',   // the plan whose name is being typed, and the text so far
    purging: '',                    // asking "delete for good?": a plan id, or '*' for the whole trash
    checkpointText: '',             // the checkpoint's name being typed
  };
  Module['abDialogs'] = D;
  const make = (tag, attrs, parent) => F.make(tag, attrs, parent);

  // Runs a control's act in the app and draws what the dialog holds after it.
  function act(request) {
    const r = T.json(T.withCStrings([JSON.stringify(request)], (p) => _ab_library_dialog_act(p)));
    D.show(r.model);
    if (F.el) F.el.msg.textContent = r.error || '';
    return !r.error;
  }
  function button(parent, name, text, request, opts) {
    const o = opts || {};
    const b = make('button', { type: 'button', text, 'data-name': name, className: o.primary ? 'ab-dlg-primary' : '',
                               'aria-label': o.label, title: o.title, disabled: o.disabled }, parent);
    b.addEventListener('click', typeof request === 'function' ? request : () => { act(request); });
    return b;
  }
  function para(parent, text, cls) { return make('p', { text, className: cls }, parent); }
  function row(parent) { return make('div', { className: 'ab-dlg-row' }, parent); }
  function section(parent, title) {
    const s = make('section', { 'aria-label': title }, parent);
    make('h3', { text: title, 'aria-hidden': 'true' }, s);
    return s;
  }

  // ---- Plans ----------------------------------------------------------------------------------
  function planRow(m, p, list) {
    const li = make('li', { 'data-plan': p.id }, list);
    if (D.renaming === p.id) {
      const r = row(li);
      const field = make('input', { type: 'text', 'data-name': 'rename.field:' + p.id, className: 'ab-dlg-grow',
                                    'aria-label': TEXT.nameOf(p.name), 'data-autofocus': true }, r);
      field.value = D.renameText;
      field.addEventListener('input', () => { D.renameText = field.value; });
      const commit = () => { const name = D.renameText; D.renaming = ''; act({ act: 'rename', id: p.id, name }); };
      const cancel = () => { D.renaming = ''; draw(); focusName('rename:' + p.id); };
      field.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') { e.preventDefault(); commit(); }
        else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); cancel(); }
      });
      button(r, 'rename.save:' + p.id, TEXT.save, commit, { primary: true });
      button(r, 'rename.cancel:' + p.id, TEXT.cancel, cancel);
      return;
    }
    const head = make('div', {}, li);
    make('span', { className: 'ab-dlg-name', text: p.name, 'data-name': 'plan:' + p.id }, head);
    const kb = p.size > 0 ? TEXT.size(Math.max(1, Math.round(p.size / 1024))) : '';
    para(head, (p.current ? TEXT.openNow : '') + TEXT.changed(p.when) + kb, 'ab-dlg-faint');
    const r = row(li);
    button(r, 'open:' + p.id, TEXT.open, { act: 'open', id: p.id }, { label: TEXT.openOf(p.name), disabled: p.current });
    button(r, 'rename:' + p.id, TEXT.rename, () => {
      D.renaming = p.id; D.renameText = p.name; draw();
      const f = F.find('rename.field:' + p.id);
      if (f) { f.focus(); f.select(); }
    }, { label: TEXT.renameOf(p.name), disabled: p.current && m.readOnly });
    button(r, 'duplicate:' + p.id, TEXT.duplicate, { act: 'duplicate', id: p.id }, { label: TEXT.duplicateOf(p.name) });
    button(r, 'delete:' + p.id, TEXT.del, { act: 'delete', id: p.id },
           { label: TEXT.deleteOf(p.name), disabled: p.current, title: p.current ? TEXT.deleteCurrent : undefined });
  }

  function trash(m, parent, trashed) {
    const s = section(parent, TEXT.deleted);
    const top = row(s);
    para(top, TEXT.trashKept, 'ab-dlg-faint ab-dlg-grow');
    button(top, 'trash.empty', TEXT.emptyTrash, () => { D.purging = '*'; draw(); focusName('trash.cancel'); });
    if (D.purging === '*') {
      para(s, TEXT.emptyAsk, 'ab-dlg-error');
      const r = row(s);
      button(r, 'trash.confirm', TEXT.emptyYes, () => { D.purging = ''; act({ act: 'empty_trash' }); }, { primary: true });
      button(r, 'trash.cancel', TEXT.emptyNo, () => { D.purging = ''; draw(); focusName('trash.empty'); });
    }
    const list = make('ul', {}, s);
    trashed.forEach((p) => {
      const li = make('li', {}, list);
      const r = row(li);
      make('span', { className: 'ab-dlg-name ab-dlg-grow', text: p.name }, r);
      if (D.purging === p.id) {
        button(r, 'purge.confirm:' + p.id, TEXT.purgeYes, () => { D.purging = ''; act({ act: 'purge', id: p.id }); },
               { primary: true, label: TEXT.purgeOf(p.name) + ': cannot be undone' });
        button(r, 'purge.cancel', TEXT.keep, () => { D.purging = ''; draw(); focusName('purge:' + p.id); });
      } else {
        button(r, 'purge:' + p.id, TEXT.purge, () => { D.purging = p.id; draw(); focusName('purge.cancel'); },
               { label: TEXT.purgeOf(p.name) });
        button(r, 'undelete:' + p.id, TEXT.restore, { act: 'undelete', id: p.id }, { label: TEXT.restoreOf(p.name) });
      }
    });
  }

  function plans(m, body) {
    if (!m.enabled) para(body, m.message || TEXT.noStorage, 'ab-dlg-error');
    const fresh = section(body, TEXT.newPlan);
    const r = row(fresh);
    m.templates.forEach((t) => {
      button(r, 'new:' + t.id, t.name, { act: 'new', id: t.id }, { title: t.summary, disabled: !m.enabled });
    });
    const files = section(body, TEXT.files);
    const f = row(files);
    button(f, 'file.open', TEXT.openFile, { act: 'pick_file' });
    [['json', TEXT.json], ['md', TEXT.md], ['csv', TEXT.csv], ['svg', TEXT.svg], ['png', TEXT.png], ['pdf', TEXT.pdf]]
      .forEach((x) => { button(f, 'download:' + x[0], x[1], { act: 'download', format: x[0] }); });
    para(files, TEXT.dropHint, 'ab-dlg-faint');
    const here = section(body, TEXT.inBrowser);
    const live = m.plans.filter((p) => !p.trashed), trashed = m.plans.filter((p) => p.trashed);
    if (live.length) {
      const list = make('ul', { className: 'ab-dlg-list', 'aria-label': TEXT.inBrowser }, here);
      live.forEach((p) => { planRow(m, p, list); });
    } else if (m.enabled) {
      para(here, TEXT.loading, 'ab-dlg-faint');
    }
    if (trashed.length) trash(m, body, trashed);
  }

  // ---- History --------------------------------------------------------------------------------
  function history(m, body) {
    if (!m.enabled) para(body, TEXT.noCheckpointStorage, 'ab-dlg-error');
    const r = row(body);
    const field = make('input', { type: 'text', className: 'ab-dlg-grow', 'data-name': 'checkpoint.name',
                                  'aria-label': TEXT.checkpointName, placeholder: TEXT.checkpointName + ', ' +
                                  TEXT.checkpointHint, 'data-autofocus': true }, r);
    field.value = D.checkpointText;
    field.addEventListener('input', () => { D.checkpointText = field.value; });
    const save = () => {
      if (!m.enabled) return;
      const name = D.checkpointText;
      D.checkpointText = '';
      act({ act: 'checkpoint', name });
    };
    field.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); save(); } });
    button(r, 'checkpoint.save', TEXT.checkpointSave, save, { primary: true, disabled: !m.enabled });
    const s = section(body, TEXT.checkpoints);
    if (!m.checkpoints.length) para(s, TEXT.noCheckpoints, 'ab-dlg-faint');
    const list = make('ul', { className: 'ab-dlg-list', 'aria-label': TEXT.checkpoints }, s);
    m.checkpoints.forEach((c) => {
      const li = make('li', {}, list);
      const line = row(li);
      const name = make('span', { className: 'ab-dlg-grow', 'data-name': 'checkpoint:' + c.id }, line);
      make('span', { className: 'ab-dlg-name', text: c.name }, name);
      make('span', { className: 'ab-dlg-faint', text: ' \u00b7 ' + (c.auto ? TEXT.automatic + ' \u00b7 ' : '') + c.when }, name);
      button(line, 'preview:' + c.id, TEXT.preview, { act: 'preview', checkpoint: c.id }, { label: TEXT.previewOf(c.name) });
      button(line, 'restore:' + c.id, TEXT.restore, { act: 'restore', checkpoint: c.id },
             { label: TEXT.restoreCheckpoint(c.name), disabled: m.readOnly });
    });
    const p = m.preview;
    if (p) {
      const box = make('div', { 'data-name': 'preview', role: 'status' }, body);
      if (p.error) para(box, p.error, 'ab-dlg-error');
      else {
        const score = (s) => (s === null ? TEXT.notScored : s.toFixed(1));
        para(box, TEXT.asThen(p.name), 'ab-dlg-name');
        para(box, TEXT.counts(p.counts, p.now));
        para(box, TEXT.alignment(score(p.overall), score(p.nowOverall)));
      }
    }
  }

  // ---- The questions and Share ----------------------------------------------------------------
  function tab(m, body) {
    para(body, m.conflict ? TEXT.tabChangedText : TEXT.tabOpenText, 'ab-dlg-faint').id = F.el.prefix + '-lead';
    const r = row(body);
    if (!m.conflict) button(r, 'tab.readonly', TEXT.keepReadOnly, { act: 'close' }, { primary: true });
    button(r, 'tab.reload', TEXT.reload, { act: 'reload' }, { primary: m.conflict });
    button(r, 'tab.copy', TEXT.saveCopy, { act: 'save_copy' });
  }
  function shared(m, body) {
    const what = TEXT.sharedWhat(m.name);
    const r = () => row(body);
    let line;
    if (m.error) {
      para(body, what + TEXT.sharedFailed(m.error), 'ab-dlg-error').id = F.el.prefix + '-lead';
      para(body, TEXT.sharedStays, 'ab-dlg-faint');
      line = r();
      button(line, 'shared.download', TEXT.sharedDownload, { act: 'download_shared' }, { primary: true });
    } else if (m.keepsPlans) {
      para(body, what + TEXT.sharedAdds, 'ab-dlg-faint').id = F.el.prefix + '-lead';
      line = r();
      button(line, 'shared.open', m.adding ? TEXT.adding : TEXT.openNew, { act: 'accept_shared' },
             { primary: true, disabled: m.adding });
    } else {
      para(body, what + TEXT.sharedReplaces(m.message), 'ab-dlg-faint').id = F.el.prefix + '-lead';
      line = r();
      button(line, 'shared.mine', TEXT.mine, { act: 'download', format: 'json' });
      button(line, 'shared.open', TEXT.openInstead, { act: 'accept_shared' }, { primary: true });
    }
    button(line, 'shared.cancel', m.error ? TEXT.close : TEXT.notNow, { act: 'close' }, { disabled: m.adding });
  }
  function damaged(m, body) {
    para(body, TEXT.damagedWhy(m.name, m.why), 'ab-dlg-error').id = F.el.prefix + '-lead';
    para(body, TEXT.damagedKept, 'ab-dlg-faint');
    const r = row(body);
    button(r, 'damaged.download', TEXT.damagedDownload, { act: 'download_damaged' }, { primary: true });
    button(r, 'damaged.plans', TEXT.plans, { act: 'plans' });
    button(r, 'damaged.close', TEXT.close, { act: 'close' });
  }
  function share(m, body) {
    const r = () => row(body);
    let line;
    if (m.link) {
      para(body, TEXT.shareText, 'ab-dlg-faint').id = F.el.prefix + '-lead';
      const field = make('input', { type: 'text', readonly: true, 'data-name': 'share.link', 'aria-label': TEXT.shareLink,
                                    style: 'width:100%' }, body);
      field.value = m.link;
      field.addEventListener('focus', () => { field.select(); });
      line = r();
      button(line, 'share.copy', TEXT.copyAgain, () => {
        const done = () => { act({ act: 'link_copied' }); };
        if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(m.link).then(done, () => { field.focus(); });
        else field.focus();
      }, { primary: true });
    } else {
      para(body, m.error, 'ab-dlg-error').id = F.el.prefix + '-lead';
      line = r();
      button(line, 'share.download', TEXT.downloadFile, { act: 'download', format: 'json' }, { primary: true });
    }
    button(line, 'share.close', TEXT.close, { act: 'close' });
  }

  const BODIES = { plans, history, tab, shared, damaged, share };

  function focusName(name) {
    const el = F.find(name);
    if (el) el.focus();
  }

  // Redraws the open dialog from D.model, keeping the focus (and a field's caret) where it was.
  function draw() {
    const m = D.model;
    const body = F.el.body;
    const active = document.activeElement;
    const key = active && body.contains(active) ? active.getAttribute('data-name') : '';
    const caret = active && active.tagName === 'INPUT' ? [active.selectionStart, active.selectionEnd] : null;
    body.replaceChildren();
    BODIES[m.dialog](m, body);
    if (!body.querySelector('#' + CSS.escape(F.el.prefix + '-lead'))) {
      make('span', { id: F.el.prefix + '-lead', hidden: true }, body);
    }
    const again = key && F.find(key);
    if (again) {
      again.focus({ preventScroll: true });
      if (caret && again.setSelectionRange) again.setSelectionRange(caret[0], caret[1]);
    } else if (key || (active && !document.contains(active))) {
      F.focusIn();  // its control went away (a row deleted): the focus stays in the dialog
    }
  }

  // The app's content of the open dialog ({dialog: ''} when none): opens, redraws or closes.
  D.show = function(model) {
    const was = D.model.dialog;
    D.model = model;
    if (!model.dialog || !BODIES[model.dialog]) {
      D.renaming = ''; D.purging = '';
      F.hide();
      return;
    }
    if (model.dialog !== was) { D.renaming = ''; D.purging = ''; }
    const title = model.dialog === 'tab' ? (model.conflict ? TEXT.tabChanged : TEXT.tabOpen) : TITLES[model.dialog];
    const small = model.dialog !== 'plans' && model.dialog !== 'history';
    const opened = F.show(title, small);
    draw();
    if (opened || model.dialog !== was) F.focusIn();
  };
  F.onClose = () => { act({ act: 'close' }); };
  F.onEscape = () => {
    if (D.renaming) { const id = D.renaming; D.renaming = ''; draw(); focusName('rename:' + id); return true; }
    if (D.purging) { D.purging = ''; draw(); F.focusIn(); return true; }
    return false;
  };
  D.find = (name) => F.find(name);
})();
