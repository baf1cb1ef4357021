// What the C++ side of the accessible mirror calls (linked with --js-library): the plan changed
// (the mirror asks for its outline a moment later), and the selection as JSON text with its
// length, both to Module.abA11y (board_mirror.js); where the palette is, to Module.abOutline
// (outline_view.js), whose button stands on it. Either change (a new plan, language or palette
// place) also calls each function of Module.abOnBoardChange: page parts that follow them
// (the workshop's chip and button) wait for that instead of polling during every pan.

mergeInto(LibraryManager.library, {
  ab_js_a11y_changed: function() {
    const A = Module['abA11y'];
    if (A) A.changed();
    (Module['abOnBoardChange'] || []).forEach((fn) => fn());
  },
  ab_js_a11y_selection: function(ptr, len) {
    const A = Module['abA11y'];
    if (A) A.selection(Module['abText'].read(ptr, len));
  },
  ab_js_a11y_anchor: function(x, y, shown) {
    const O = Module['abOutline'];
    if (O && O.anchor) O.anchor(x, y, shown !== 0);
    (Module['abOnBoardChange'] || []).forEach((fn) => fn());
  },
});
