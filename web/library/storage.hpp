// The app's side of the browser plan library (web/library/store.js keeps the plans in IndexedDB): the
// save state the top bar shows, the lists the Plans and History windows show, and the ways a
// plan comes in (a file, a drop, a share link) or goes out (a download, a share link). Every
// plan text that comes in is checked by the core reader first, and every change it makes to
// the open plan is a core command (a checkpoint restore is an undoable replace_plan).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app.hpp"
#include "io/plan_json.hpp"

namespace ab::web::storage {

// Same numbers as STATUS in store.js.
enum class SaveState { Saved = 0, Saving = 1, Failed = 2, ReadOnly = 3, Off = 4 };

struct PlanEntry {
    std::string id, name;
    double updated_ms = 0, trashed_ms = 0;  // JS time; trashed 0 = not deleted
    double size = 0;                          // characters of its stored text
    bool current = false;
};
struct TemplateEntry {
    std::string id, name, summary;
};
struct CheckpointEntry {
    int id = 0;
    std::string name;
    double time_ms = 0;
    bool automatic = false;
};
// A checkpoint's plan as the History window describes it before a restore.
struct Preview {
    int id = -1;
    std::string name, error;
    std::optional<double> overall;
    size_t goals = 0, strategies = 0, tactics = 0, kpis = 0;
};

// Another tab and this one (store.js tells): 1 = the plan is open in another tab, so this one
// is read-only; 2 = that tab saved since; 3 = a save here found the plan changed elsewhere.
// (store.js also sends 4: read-only again after a reload, without the dialog.)
enum class OtherTab { None = 0, OpenElsewhere = 1, ChangedElsewhere = 2, Conflict = 3 };

struct Library {
    SaveState state = SaveState::Off;
    std::string message;                  // why saving failed or is off, in the user's words
    bool keeps_plans = false;             // IndexedDB is open: plans come in as new plans of the library
    std::vector<PlanEntry> plans;         // newest first
    std::vector<TemplateEntry> templates;
    std::vector<CheckpointEntry> checkpoints;  // newest first
    Preview preview;
    std::string share_link;               // the last link made
    std::string share_error;              // why no link could be made ("too large ...")
    OtherTab other_tab = OtherTab::None;
    std::string shared_text;              // a plan from a share link, waiting for the user's yes
    std::string shared_name;
    bool shared_adding = false;           // the user said yes; the library is adding it
    std::string shared_error;             // why it could not be added (the dialog offers the file)
    // The stored plan chosen at start that the core could not open: kept unchanged, never
    // written from this tab, offered as a download (store.js keepDamaged).
    std::string damaged_name, damaged_why;
    bool show_damaged = false;            // its dialog
    bool show_plans = false;              // the Plans window
    bool show_history = false;            // the History window
    bool show_share = false;              // the share dialog
};
Library& library();

// The library is on (store.js has IndexedDB) rather than off (?storage=none) or unavailable.
bool enabled();

// Puts back the camera, selection and panel tab saved with the plan (JSON from snapshot), or
// frames the plan when there is none.
void restore_view(App& app, std::string_view view_json);

// Shows `plan` in place of the open one, as opening another plan does: a new document (no
// undo steps), editable, nothing of the old plan's selection or gestures kept; the camera is
// the caller's (restore_view, or a mirror keeps its own).
void start_over(App& app, Plan plan);

// Once the boot plan is open (`failed` = why it did not, '' when it did): the library records
// it, makes the opening checkpoint, looks for another tab and for a share link in the URL. A
// stored plan that failed is never written over (the library says why and offers its text).
void started(const std::string& failed);

// "3 problems: goals[0].id: missing; ..." — the first few, so the user can find and fix them.
std::string problems_text(const std::vector<Problem>& problems);

// Why a plan text could not be opened, in the user's words: "it was made by a newer
// Alignboard (...)", "it is over the size limit (...)", or the reader's first problems.
std::string unreadable_reason(const LoadResult& loaded, size_t text_bytes);

// Why the library must not store `text` ('' when it may): what the reader would refuse at the
// next start. The one place that decides it.
std::string refusal(std::string_view text);

// Downloads the stored text of the plan that did not open at start.
void download_damaged();
// After every frame: tells the library when the plan changed, so autosave can follow.
void after_frame(App& app);

// A library operation ({"op": "list"}, {"op": "open", "id": ...}; store_lib.js lists them).
// The answer arrives later and updates library().
void request(const nlohmann::json& op);

// Downloads the plan as "json", "md" (the Markdown report) or "csv" (tactics), named after it.
void download(App& app, std::string_view format);
// The file picker (a real click or Ctrl+O must be on the stack for the browser to show it).
void pick_file();
// Makes a share link of the plan; the share dialog shows it, or why there is none.
void share(App& app);
// Ctrl+S: saves now and says so (or says why not).
void save_now(App& app);
// The user said yes to the plan of a share link: it becomes a new plan (or, on a page that
// keeps no plans, replaces the open one as an undoable step).
void accept_shared(App& app);
// The plan of a share link, as a file (when the library could not take it).
void download_shared();

// The plan's name as people see it ("Untitled plan" when it has none).
std::string plan_title(const Plan& plan);

// "Selma spring launch" -> "Selma spring launch.json": a file name any system accepts.
std::string file_name_for(std::string_view plan_name, std::string_view extension);

}  // namespace ab::web::storage
