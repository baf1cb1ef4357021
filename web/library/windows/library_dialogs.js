// The library's dialogs in the DOM (linked with --pre-js after dialog_frame.js, whose frame they
// fill): Plans, History, Share, and the questions the library asks (a second tab, a shared plan,
// a damaged plan). The app sends the open dialog's content whenever it changed (dialog_model.cpp,
// through library_dialogs_lib.js), and each control sends {act, ...} back (dialog_actions.cpp)
// inside the user's click, so a file picker or a download may open. What is only the dialog's
// own (a rename being typed, a "delete for good?" being asked, a checkpoint's name) lives here and
// survives a redraw. Every control is named (data-name) as the bridge's dialogRect knows it.
// Sets Module.abDialogs (D): show(model) and find(name).

(() => {
  // The words are the catalogue's (i18n/*.json through Module.abI18n), read when a dialog is drawn.
  const t = (key, args) => Module['abI18n'].t(key, args);
  const TEXT = {
    get plans() { return t('action.plans'); },
    get history() { return t('action.history'); },
    get share() { return t('dialog.share'); },
    get tabOpen() { return t('dialog.tab_open'); },
    get tabChanged() { return t('dialog.tab_changed'); },
    get shared() { return t('dialog.shared'); },
    get damaged() { return t('dialog.damaged'); },
    get noStorage() { return t('plans.not_kept'); },
    get newPlan() { return t('dialog.new_plan'); },
    get files() { return t('dialog.files'); },
    get inBrowser() { return t('dialog.in_browser'); },
    get deleted() { return t('dialog.deleted'); },
    get openFile() { return t('plans.open_file'); },
    get json() { return t('plans.file_json'); },
    get md() { return t('plans.file_md'); },
    get csv() { return t('plans.file_csv'); },
    get svg() { return t('plans.file_svg'); },
    get png() { return t('plans.file_png'); },
    get pdf() { return t('plans.file_pdf'); },
    get dropHint() { return t('plans.drop'); },
    get loading() { return t('plans.loading'); },
    get noPlans() { return t('dialog.no_plans'); },
    get openNow() { return t('plans.open_now'); },
    changed: (when) => t('plans.changed', { when }),
    size: (kb) => t('dialog.size', { kb }),
    get open() { return t('plans.open'); },
    get rename() { return t('plans.rename'); },
    get duplicate() { return t('plans.duplicate'); },
    get del() { return t('plans.delete'); },
    get save() { return t('dialog.save'); },
    get cancel() { return t('outline.cancel'); },
    openOf: (name) => t('dialog.open_of', { name }), renameOf: (name) => t('dialog.rename_of', { name }),
    duplicateOf: (name) => t('dialog.duplicate_of', { name }), deleteOf: (name) => t('dialog.delete_of', { name }),
    nameOf: (name) => t('dialog.name_of', { name }),
    get deleteCurrent() { return t('plans.delete_current'); },
    get emptyTrash() { return t('plans.empty_trash'); },
    get trashKept() { return t('plans.trash_note'); },
    get emptyAsk() { return t('plans.empty_ask'); },
    get emptyYes() { return t('plans.empty_confirm'); },
    get emptyNo() { return t('plans.keep_them'); },
    get purge() { return t('plans.purge'); },
    purgeOf: (name) => t('dialog.purge_of', { name }),
    get purgeYes() { return t('plans.purge_confirm'); },
    get keep() { return t('plans.keep'); },
    get restore() { return t('history.restore'); },
    restoreOf: (name) => t('dialog.restore_of', { name }),
    get noCheckpointStorage() { return t('history.no_storage'); },
    get checkpointName() { return t('dialog.checkpoint_name'); },
    get checkpointHint() { return t('dialog.checkpoint_hint'); },
    get checkpointSave() { return t('history.save'); },
    get noCheckpoints() { return t('history.none'); },
    get checkpoints() { return t('dialog.checkpoints'); },
    get automatic() { return t('dialog.automatic'); },
    get preview() { return t('history.preview'); },
    previewOf: (name) => t('dialog.preview_of', { name }), restoreCheckpoint: (name) => t('dialog.restore_of', { name }),
    asThen: (name) => t('history.as_it_was', { name }),
    counts: (c, n) => t('history.counts', { goals: c[0], strategies: c[1], tactics: c[2], kpis: c[3],
      goals_now: n[0], strategies_now: n[1], tactics_now: n[2], kpis_now: n[3] }),
    alignment: (then, now) => t('history.alignment', { then, now }),
    get notScored() { return t('history.not_scored'); },
    get tabChangedText() { return t('dialog.tab_changed_text'); },
    get tabOpenText() { return t('dialog.tab_open_text'); },
    get keepReadOnly() { return t('dialog.keep_read_only'); },
    get reload() { return t('dialog.reload'); },
    get saveCopy() { return t('dialog.save_copy'); },
    sharedWhat: (name) => t('dialog.shared_what', { name }),
    sharedFailed: (error) => t('dialog.shared_failed', { error }),
    get sharedStays() { return t('dialog.shared_stays'); },
    get sharedAdds() { return t('dialog.shared_adds'); },
    sharedReplaces: (m) => t(m ? 'dialog.shared_replaces_why' : 'dialog.shared_replaces', { why: m }),
    get sharedDownload() { return t('dialog.shared_download'); },
    get adding() { return t('dialog.adding'); },
    get openNew() { return t('dialog.open_new'); },
    get mine() { return t('dialog.mine'); },
    get openInstead() { return t('dialog.open_instead'); },
    get notNow() { return t('dialog.not_now'); },
    damagedWhy: (name, why) => t('dialog.damaged_why', { name, why }),
    get damagedKept() { return t('dialog.damaged_kept'); },
    get damagedDownload() { return t('dialog.damaged_download'); },
    get shareText() { return t('dialog.share_text'); },
    get close() { return t('outline.close'); },
    get shareLink() { return t('dialog.share_link'); },
    get copyAgain() { return t('dialog.copy_again'); },
    get downloadFile() { return t('dialog.download_file'); },
  };

  // Read when a dialog opens (the words follow the language).
  const TITLES = {
    get plans() { return TEXT.plans; }, get history() { return TEXT.history; }, get share() { return TEXT.share; },
    get shared() { return TEXT.shared; }, get damaged() { return TEXT.damaged; },
  };
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
    // closes: this is the dialog's Close (the frame then hides its own, so there is one).
    const b = make('button', { type: 'button', text, 'data-name': name, className: o.primary ? 'ab-dlg-primary' : '',
                               'aria-label': o.label, title: o.title, disabled: o.disabled,
                               'data-closes': o.closes, 'aria-keyshortcuts': o.closes && 'Escape' }, parent);
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
    button(line, 'shared.cancel', m.error ? TEXT.close : TEXT.notNow, { act: 'close' }, { disabled: m.adding, closes: !!m.error });
  }
  function damaged(m, body) {
    para(body, TEXT.damagedWhy(m.name, m.why), 'ab-dlg-error').id = F.el.prefix + '-lead';
    para(body, TEXT.damagedKept, 'ab-dlg-faint');
    const r = row(body);
    button(r, 'damaged.download', TEXT.damagedDownload, { act: 'download_damaged' }, { primary: true });
    button(r, 'damaged.plans', TEXT.plans, { act: 'plans' });
    button(r, 'damaged.close', TEXT.close, { act: 'close' }, { closes: true });
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
    button(line, 'share.close', TEXT.close, { act: 'close' }, { closes: true });
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
    F.el.close.hidden = !!body.querySelector('[data-closes]');
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
