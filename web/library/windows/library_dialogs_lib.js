// What the C++ side of the library's dialogs calls (linked with --js-library): the open dialog's
// content changed (JSON text with its length), to Module.abDialogs (library_dialogs.js).

mergeInto(LibraryManager.library, {
  ab_js_library_dialog: function(ptr, len) {
    const D = Module['abDialogs'];
    if (D) D.show(JSON.parse(Module['abText'].read(ptr, len)));
  },
});
