// The C++ side's calls into the room (web/collab/room.js, Module.abRoom), linked with --js-library.
mergeInto(LibraryManager.library, {
  ab_js_collab_start: function() {
    const R = Module['abRoom'];
    if (R) R.startFromApp();
  },
  // 0: undo, 1: redo, in the room's Y.UndoManager (only this person's changes).
  ab_js_collab_undo: function(redo) {
    const R = Module['abRoom'];
    if (R) R.undoRedo(!!redo);
  },
});
