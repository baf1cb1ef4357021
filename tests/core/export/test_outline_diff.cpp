// The edit between two outlines (export/outline_diff.hpp): applied to the old outline's rows as
// the web's mirror applies it (the splice, then the changed rows), it gives the new outline's
// rows exactly, after every kind of edit; and an edit of one item's words sends that row (and
// the rows that name it) only, not the whole plan.
#include <catch2/catch.hpp>

#include "commands/command.hpp"
#include "document/document.hpp"
#include "export/outline_diff.hpp"
#include "fixtures.hpp"
#include "model/generator.hpp"

using namespace ab;
using namespace ab::test;

namespace {

Outline outline_of(const Document& doc) { return plan_outline(doc.plan(), doc.scores()); }

// What board_mirror.js does with an edit.
nlohmann::json apply_edit(nlohmann::json rows, const nlohmann::json& edit) {
    nlohmann::json out = nlohmann::json::array();
    const size_t start = edit["start"], removed = edit["removed"];
    for (size_t i = 0; i < start; ++i) out.push_back(rows[i]);
    for (const auto& r : edit["rows"]) out.push_back(r);
    for (size_t i = start + removed; i < rows.size(); ++i) out.push_back(rows[i]);
    for (const auto& c : edit["changed"]) out[c[0].get<size_t>()] = c[1];
    return out;
}

// Applies `cmd`, and checks that the edit between the outlines before and after rebuilds it.
OutlineEdit check(Document& doc, const Command& cmd) {
    const Outline before = outline_of(doc);
    REQUIRE(doc.apply(cmd).ok);
    const Outline after = outline_of(doc);
    const OutlineEdit edit = diff_outline(before, after);
    CHECK(apply_edit(outline_to_json(before)["rows"], outline_edit_to_json(after, edit)) == outline_to_json(after)["rows"]);
    return edit;
}

}  // namespace

TEST_CASE("an outline edit rebuilds the new outline after a rename, a link, an unlink, an add and a delete", "[export]") {
    Document doc(load_fixture("selma.json"));
    const size_t rows = outline_of(doc).rows.size();
    // A rename changes the words of a few rows (its own and those that name it), with no splice.
    const OutlineEdit renamed = check(doc, SetField{"m11", "name", "Spring email series, renamed"});
    CHECK(renamed.removed == 0);
    CHECK(renamed.inserted == 0);
    CHECK(!renamed.changed.empty());
    CHECK(renamed.changed.size() < rows / 2);
    check(doc, SetField{"k1", "target", 1200});
    const OutlineEdit linked = check(doc, Link{"m1", "S2"});
    CHECK(linked.inserted > linked.removed);  // m1 (and its KPIs) appear under S2 as well
    check(doc, Unlink{"m1", "S2"});
    Goal g;
    g.id.value = "G9";
    g.name = "A goal made for the test";
    check(doc, AddItem{g, LayoutPos{0, 0, Extra::object()}, std::nullopt});
    const OutlineEdit removed = check(doc, RemoveItems{{"S1"}});
    CHECK(removed.removed > 0);
    // Nothing changed: an empty edit.
    const Outline same = outline_of(doc);
    const OutlineEdit none = diff_outline(same, same);
    CHECK(none.removed == 0);
    CHECK(none.inserted == 0);
    CHECK(none.changed.empty());
}

TEST_CASE("an outline edit rebuilds the outline of a generated plan after links, unlinks and deletes", "[export]") {
    GenSpec spec;
    spec.goals = 4, spec.strategies = 12, spec.tactics = 60, spec.kpis = 20;
    Document doc(generate_plan(spec, 7));
    const Plan& p = doc.plan();
    for (size_t i = 0; i < 12; ++i) {
        const std::string tactic = p.tactics[(i * 7) % p.tactics.size()].id.value;
        const std::string strategy = p.strategies[(i * 5) % p.strategies.size()].id.value;
        CAPTURE(i, tactic, strategy);
        const Outline before = outline_of(doc);
        const Command cmd = i % 3 == 2 ? Command(RemoveItems{{tactic}}) : i % 3 == 1 ? Command(Unlink{tactic, strategy})
                                                                                  : Command(Link{tactic, strategy});
        if (!doc.apply(cmd).ok) continue;  // refused (already linked, not linked): nothing to check
        const Outline after = outline_of(doc);
        CHECK(apply_edit(outline_to_json(before)["rows"], outline_edit_to_json(after, diff_outline(before, after))) ==
              outline_to_json(after)["rows"]);
    }
}
