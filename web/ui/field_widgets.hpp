// The input widgets the side panels share: labelled text, number and date fields that commit once
// (on Enter or when they lose the keyboard, so a typed word is one undo step, not one per key),
// pickers, chips and add buttons. They hold no plan logic: a field hands its text to a commit
// callback that runs a command and returns the model's reason when it is refused, which the field
// then shows under itself. Every widget records its rectangle under a name for the test bridge.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "imgui.h"

namespace ab::web::ui {

// Returns "" when the edit was accepted, else the reason it was refused (shown under the field).
using Commit = std::function<std::string(const std::string& text)>;

// Call once a frame before any field is drawn: an edit whose field lost the keyboard (a click on
// the board, a tab switch) is committed here even when that field is not drawn again.
void begin_fields(App& app);
// Forgets the inline messages (the fields now show another item).
void clear_errors();

// A number's text in a field is local_number (core/format/numbers.hpp), the reader's style.
// Text typed into a number field as the JSON value to set: null when empty, a number when it reads
// as one in the reader's style or plain ("$150,000", "1.234,5 €" in German: parse_local_number),
// else the text itself so the model explains what it expects.
nlohmann::json number_value(const std::string& text);
// The model's reason made readable under a field ("budget: expected..." -> "Expected...").
std::string readable_error(const std::string& field, const std::string& error);

// A small muted label above a field.
void label(const char* text);
// A section heading with an optional count badge.
void heading(const char* text, int count = -1);
// A faint line of help text, wrapped to the panel.
void hint(const char* text);

struct TextOptions {
    const char* hint = nullptr;    // shown greyed while empty
    bool multiline = false;        // wraps when shown, Enter commits, Ctrl+Enter breaks the line
    const char* suffix = nullptr;  // a unit drawn at the right inside the field ("USD")
    float width = 0;               // 0: the rest of the line
    bool focus = false;            // take the keyboard now
};
// A text field showing `value`; `name` is its id and bridge name. Returns true when it committed.
bool text_field(App& app, const char* name, const std::string& value, const Commit& commit,
                const TextOptions& opt = {});

// Text typed into a field and not confirmed yet (no Enter, Tab or click elsewhere).
bool typing_pending();
// Commits that text now and keeps the field open for more: the page is being hidden or closed,
// and what was typed counts as a change (a refusal shows under the field, as on Enter).
void commit_typing();

struct Option {
    std::string value;
    std::string label;
};
// A drop-down of `options`; returns the picked value when one was chosen this frame.
std::optional<std::string> combo_field(App& app, const char* name, const std::string& current,
                                       const std::vector<Option>& options, float width = 0);

// Side-by-side choices (Up / Down); returns the picked index when it changed this frame.
std::optional<int> segmented(App& app, const char* name, int current, const std::vector<const char*>& labels,
                             float width = 0);

struct Chip {
    std::string id;
    std::string text;
    ImU32 color = 0;  // the dot before the text (the kind's colour), 0 for none
};
enum class ChipAction { None, Open, Remove };
struct ChipClick {
    ChipAction action = ChipAction::None;
    std::string id;
};
// Chips that wrap over lines; clicking one opens it, its cross removes it. `empty` shows when none.
ChipClick chips(App& app, const char* name, const std::vector<Chip>& items, const char* empty);

// A quiet "+ Add ..." button that opens a list; returns the picked value. `open` opens the list
// as if the button were clicked (a finding that this list fixes was clicked).
std::optional<std::string> add_picker(App& app, const char* name, const char* text, const std::vector<Option>& options,
                                      const char* none_text, bool open = false);
// A quiet button with an icon; records its rectangle under `name`.
bool quiet_button(App& app, const char* name, const char* text, const char* tip = nullptr);
// An icon-only button for removing a row.
bool remove_button(App& app, const char* name, const char* tip);

// An inline message under a field (red), recorded for the bridge under `name`.
void error_line(App& app, const char* name, const std::string& text, float wrap_w = 0);

// Records the last item's rectangle under `name` for the bridge (when it is visible).
void record(App& app, const std::string& name);

// The width of one of two side-by-side fields, and the gap between them.
float half_width();
float gap();

}  // namespace ab::web::ui
