// Shared app actions (see actions.hpp). Every plan change goes through Document::apply.
#include "app/actions.hpp"

#include "app/action_table.hpp"
#include "board/model.hpp"
#include "board/view.hpp"
#include "commands/card_clipboard.hpp"
#include "ui/text/fonts.hpp"
#include "i18n/i18n.hpp"
#include "imgui.h"
#include "platform/platform.hpp"
#include "ui/theme.hpp"

namespace ab::web {
namespace {

// The chord that undoes on this platform (Cmd+Z on a Mac), for the messages that say how.
std::string undo_chord() {
    const Action* undo = find_action("undo");
    return undo ? shown_chord(*undo) : i18n::tr("action.undo");
}

}  // namespace

void delete_selection(App& app) {
    if (app.view.selection.empty()) {
        app.say(i18n::tr("action.delete.refused"), false, 3);
        return;
    }
    const size_t n = app.view.selection.size();
    const ApplyResult r = app.doc.apply(RemoveItems{app.view.selection});
    if (!r.ok) {
        app.say(i18n::tr("action.delete.failed", {{"reason", r.error}}), true, 5);
        return;
    }
    app.say(i18n::tr_count("action.delete.done", double(n), {{"chord", undo_chord()}}), false, 4);
    app.clear_selection();
}

void copy_selection(App& app) {
    const std::string text = copy_cards(app.doc.plan(), app.view.selection);
    if (text.empty()) {
        app.say(i18n::tr("action.copy.refused"), false, 3);
        return;
    }
    // Through ImGui's clipboard hook: the app keeps it and the page hands it to the system.
    ImGui::SetClipboardText(text.c_str());
    app.say(i18n::tr_count("action.copy.done", double(app.view.selection.size())), false, 2.5);
}

void cut_selection(App& app) {
    if (app.view.selection.empty()) {
        app.say(i18n::tr("action.cut.refused"), false, 3);
        return;
    }
    copy_selection(app);
    delete_selection(app);
}

void paste_cards_text(App& app, const std::string& text) {
    // Each paste lands a step further down and right, so repeated pastes fan out.
    const double step = 28.0 * (1 + (app.gesture.paste_count % 6));
    const PasteResult p = paste_cards(app.doc.plan(), text, step, step, app.doc.id_tag());
    if (p.adds.empty()) {
        app.say(p.error.empty() ? i18n::tr("action.paste.nothing") : p.error, true, 4);
        return;
    }
    app.doc.begin_group(i18n::tr_count("command.paste", double(p.new_ids.size())));
    for (const AddItem& add : p.adds) {
        const ApplyResult r = app.doc.apply(add);
        if (!r.ok) {
            app.doc.cancel_group();
            app.say(i18n::tr("action.paste.failed", {{"reason", r.error}}), true, 5);
            return;
        }
    }
    for (const SetField& set : p.then) app.doc.apply(set);  // a lost primary KPI is no reason to refuse
    app.doc.end_group();
    ++app.gesture.paste_count;
    app.view.selection = p.new_ids;
    reveal_items(app, p.new_ids);
    app.say(i18n::tr_count("action.paste.done", double(p.new_ids.size())), false, 2.5);
}

void duplicate_selection(App& app) {
    const std::string text = copy_cards(app.doc.plan(), app.view.selection);
    if (text.empty()) {
        app.say(i18n::tr("action.duplicate.refused"), false, 3);
        return;
    }
    paste_cards_text(app, text);
}

void tidy_board(App& app) {
    sync_board(app);
    const uint64_t before = app.doc.revision();
    const ApplyResult r = app.doc.apply(Tidy{measured_heights(app.view.board)});
    if (!r.ok) {
        app.say(i18n::tr("action.tidy.failed", {{"reason", r.error}}), true, 5);
        return;
    }
    if (app.doc.revision() == before) {
        app.say(i18n::tr("action.tidy.already"), false, 3);
        return;
    }
    app.say(i18n::tr("action.tidy.done", {{"chord", undo_chord()}}), false, 4);
    // The selection stays in sight; the rest of the board is a pan or a fit (0) away.
    if (!app.view.selection.empty()) reveal_items(app, app.view.selection);
}

void toggle_high_contrast(App& app) {
    const bool on = theme::look() != theme::Look::HighContrast;
    theme::use_look(on ? theme::Look::HighContrast : theme::Look::Light);
    app.chrome.style_dirty = true;
    float bg[3];
    theme::clear_color(bg);
    platform::set_clear_color(bg[0], bg[1], bg[2]);
    app.say(on ? i18n::tr("action.contrast.on") : i18n::tr("action.contrast.off"), false, 2);
}

void toggle_presentation(App& app) {
    app.view.presenting = !app.view.presenting;
    app.view.camera.needs_fit = true;
    if (app.view.presenting) app.say(i18n::tr("action.present.on"), false, 3);
    platform::request_frames(3);
}

}  // namespace ab::web
