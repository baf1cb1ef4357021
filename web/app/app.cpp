// The app instance, its view-state helpers and opening the plan fetched at start.
#include "app/app.hpp"

#include <algorithm>

#include "imgui.h"
#include "i18n/i18n.hpp"
#include "io/plan_json.hpp"
#include "platform/platform.hpp"
#include "library/storage.hpp"

namespace ab::web {

App& app() {
    static App instance;
    return instance;
}

bool App::is_selected(const std::string& id) const {
    return std::find(view.selection.begin(), view.selection.end(), id) != view.selection.end();
}

void App::select_only(const std::string& id) { view.selection.assign(1, id); }

void App::toggle_selected(const std::string& id) {
    std::vector<std::string>& sel = view.selection;
    auto it = std::find(sel.begin(), sel.end(), id);
    if (it == sel.end()) sel.push_back(id);
    else sel.erase(it);
}

void App::say(std::string text, bool is_error, double seconds) {
    Notice& notice = chrome.notice;
    chrome.last_message = text;
    notice.text = std::move(text);
    notice.is_error = is_error;
    notice.until_s = seconds > 0 ? ImGui::GetTime() + seconds : 0;
    platform::request_frames(3);
}

std::string open_boot_plan(App& app) {
    const std::vector<unsigned char> bytes = platform::take_boot_asset("plan");
    const std::string source = platform::boot_plan_source();
    Plan empty;
    empty.settings.name = i18n::tr("plan.untitled");
    if (bytes.empty()) {
        app.doc.reset(empty);
        const std::string why = platform::boot_asset_error("plan");
        app.say(i18n::tr("boot.not_opened", {{"source", source}, {"why", why}}), true, 0);
        return why.empty() ? i18n::tr("boot.not_read") : why;
    }
    const LoadResult loaded = load_plan(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    if (!loaded.ok()) {
        // The empty plan on screen stands in for one that did not open: the library is told, so
        // it never saves this over the stored plan (storage::started).
        app.doc.reset(empty);
        const std::string why = storage::unreadable_reason(loaded, bytes.size());
        app.say(i18n::tr("boot.not_opened", {{"source", source}, {"why", why}}), true, 0);
        return why;
    }
    app.doc.reset(*loaded.plan);
    app.view.camera.needs_fit = true;
    if (!loaded.warnings.empty()) {
        app.say(i18n::tr_count("boot.skipped", double(loaded.warnings.size()), {{"first", loaded.warnings.front().message}}),
                false);
    }
    return {};
}

}  // namespace ab::web
