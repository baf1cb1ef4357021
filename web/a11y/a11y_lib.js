// What the C++ side of the accessible mirror calls (linked with --js-library): the outline and the
// selection, as JSON text with its length, handed to Module.abA11y (board_mirror.js).

mergeInto(LibraryManager.library, {
  ab_js_a11y_outline: function(ptr, len) {
    const A = Module['abA11y'];
    if (A) A.outline(Module['abText'].read(ptr, len));
  },
  ab_js_a11y_selection: function(ptr, len) {
    const A = Module['abA11y'];
    if (A) A.selection(Module['abText'].read(ptr, len));
  },
});
