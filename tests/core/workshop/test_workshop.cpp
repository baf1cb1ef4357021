// The workshop on a plan (docs/workshop.md): its actions through Document::apply (undoable like
// any edit), locks refused with the card's name, votes hidden per voter until the reveal, a vote
// on a deleted card, the file round trip and readers' rules, and the Markdown report.
#include <catch2/catch.hpp>

#include "commands/command.hpp"
#include "document/document.hpp"
#include "export/workshop_report.hpp"
#include "fixtures.hpp"
#include "io/plan_json.hpp"
#include "workshop/workshop.hpp"

using namespace ab;

namespace {

constexpr int64_t kT0 = 1764770000000;  // a server time, ms

ApplyResult act(Document& doc, const std::string& name, nlohmann::json args, const std::string& actor = "", int64_t now = kT0) {
    return doc.apply(WorkshopAct{name, std::move(args), actor, now});
}

workshop::Workshop ws(const Document& doc) {
    auto w = workshop::of(doc.plan());
    REQUIRE(w);
    return *w;
}

Document started() {
    Document doc(test::load_fixture("selma.json"));
    doc.set_actor("fac");
    REQUIRE(act(doc, "start", {{"steps", {{{"name", "Ideas"}, {"seconds", 600}}, {{"name", "Vote"}, {"seconds", 300}}}}}).ok);
    return doc;
}

}  // namespace

TEST_CASE("the timer counts down from server time: pause, add a minute, next step", "[workshop]") {
    Document doc = started();
    CHECK(ws(doc).facilitator == "fac");
    CHECK(workshop::remaining_ms(ws(doc).timer, kT0 + 1000) == 599000);
    REQUIRE(act(doc, "pause", {}, "", kT0 + 100000).ok);
    CHECK(workshop::remaining_ms(ws(doc).timer, kT0 + 900000) == 500000);  // paused: time stands still
    REQUIRE(act(doc, "add-minute", {}, "", kT0 + 200000).ok);
    CHECK(workshop::remaining_ms(ws(doc).timer, kT0) == 560000);
    REQUIRE(act(doc, "pause", {}, "", kT0 + 300000).ok);  // resumes
    CHECK(workshop::remaining_ms(ws(doc).timer, kT0 + 310000) == 550000);
    REQUIRE(act(doc, "timer", {{"seconds", 30}}, "", kT0 + 400000).ok);
    CHECK(workshop::remaining_ms(ws(doc).timer, kT0 + 400000) == 30000);
    CHECK(workshop::remaining_ms(ws(doc).timer, kT0 + 999999) == 0);
    REQUIRE(act(doc, "next", {}, "", kT0 + 420000).ok);
    CHECK(ws(doc).current == 1);
    CHECK(workshop::remaining_ms(ws(doc).timer, kT0 + 420000) == 300000);
    CHECK_FALSE(act(doc, "timer", {{"seconds", -5}}).ok);
    // Undo takes the step back like any edit.
    REQUIRE(doc.undo());
    CHECK(ws(doc).current == 0);
}

TEST_CASE("only the facilitator runs the workshop; handing over is explicit", "[workshop]") {
    Document doc = started();
    ApplyResult r = act(doc, "next", {}, "p2");
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("Only the facilitator") != std::string::npos);
    CHECK_FALSE(act(doc, "start", {}, "p2").ok);  // a second facilitator cannot take over
    REQUIRE(act(doc, "handover", {{"to", "p2"}}).ok);
    CHECK(ws(doc).facilitator == "p2");
    CHECK_FALSE(act(doc, "next", {}).ok);  // "fac" is a participant now
    CHECK(act(doc, "next", {}, "p2").ok);
}

TEST_CASE("dots: each voter places up to N, the reveal ranks the cards", "[workshop]") {
    Document doc = started();
    CHECK_FALSE(act(doc, "vote", {{"id", "S1"}}, "p2").ok);  // no vote yet
    REQUIRE(act(doc, "vote-start", {{"dots", 2}, {"ids", {"S1", "S2"}}}).ok);
    CHECK(act(doc, "vote", {{"id", "S1"}}, "p2").ok);
    CHECK(act(doc, "vote", {{"id", "S1"}}, "p2").ok);
    ApplyResult third = act(doc, "vote", {{"id", "S2"}}, "p2");
    CHECK_FALSE(third.ok);
    CHECK(third.error.find("all your dots") != std::string::npos);
    CHECK(act(doc, "unvote", {{"id", "S1"}}, "p2").ok);
    CHECK(act(doc, "vote", {{"id", "S2"}}, "p2").ok);
    CHECK(act(doc, "vote", {{"id", "S2"}}, "p3").ok);
    CHECK_FALSE(act(doc, "vote", {{"id", "G1"}}, "p3").ok);  // not in this vote
    CHECK_FALSE(act(doc, "reveal", {}, "p3").ok);
    CHECK_FALSE(ws(doc).vote->revealed);
    REQUIRE(act(doc, "reveal", {}).ok);
    const auto t = workshop::totals(*ws(doc).vote);
    REQUIRE(t.size() == 2);
    CHECK(t[0] == std::make_pair(std::string("S2"), 2));
    CHECK(t[1] == std::make_pair(std::string("S1"), 1));
    CHECK_FALSE(act(doc, "vote", {{"id", "S1"}}, "p3").ok);  // revealed: closed
}

TEST_CASE("a card deleted mid-vote drops out of the vote, the locks and the inbox", "[workshop]") {
    Document doc = started();
    REQUIRE(act(doc, "vote-start", {{"dots", 3}, {"ids", {"m1", "m2"}}}).ok);
    REQUIRE(act(doc, "vote", {{"id", "m1"}}, "p2").ok);
    REQUIRE(act(doc, "vote", {{"id", "m2"}}, "p2").ok);
    REQUIRE(act(doc, "lock", {{"ids", {"m1"}}}).ok);
    REQUIRE(doc.apply(RemoveItems{{"m1"}}).ok);  // the facilitator may delete a locked card
    const workshop::Workshop w = ws(doc);
    CHECK(w.vote->ids == std::vector<std::string>{"m2"});
    CHECK(w.vote->dots_by.at("p2") == std::vector<std::string>{"m2"});
    CHECK(w.locked.empty());
    // The file round trip keeps the workshop; a reader drops ids that name no card.
    Plan p = doc.plan();
    p.extra["workshop"]["locked"] = {"m2", "gone"};
    LoadResult r = load_plan(save_plan(p));
    REQUIRE(r.ok());
    CHECK(workshop::of(*r.plan)->locked == std::vector<std::string>{"m2"});
    CHECK(workshop::of(*r.plan)->vote->dots_by.at("p2") == std::vector<std::string>{"m2"});
}

TEST_CASE("locks: a participant cannot change a locked card but may add under it", "[workshop]") {
    Document doc = started();
    REQUIRE(act(doc, "lock", {{"ids", {"G1", "S1"}}}).ok);
    doc.set_actor("p2");
    ApplyResult rename = doc.apply(SetField{"S1", "name", "Something else"});
    CHECK_FALSE(rename.ok);
    CHECK(rename.error == "'Integrated Selma launch: one message, every touchpoint' is locked by the facilitator");
    CHECK_FALSE(doc.apply(RemoveItems{{"G1"}}).ok);
    CHECK_FALSE(doc.apply(MoveItems{{{"G1", LayoutPos{5000, 5000, Extra::object()}}}}).ok);
    Tactic t;
    t.id.value = "new1";
    t.name = "Pop-up store";
    t.strategies.push_back(StrategyId{"S1"});
    CHECK(doc.apply(AddItem{t, std::nullopt, std::nullopt}).ok);
    CHECK(doc.apply(SetField{"S2", "name", "Renamed"}).ok);  // not locked
    CHECK(ws(doc).authors.at("new1") == "p2");
    doc.set_actor("fac");
    CHECK(doc.apply(SetField{"S1", "name", "Facilitator may"}).ok);
}

TEST_CASE("the inbox takes participants' new cards; a plan without a workshop is unchanged", "[workshop]") {
    Document doc = started();
    REQUIRE(act(doc, "inbox", {{"on", true}}).ok);
    doc.set_actor("p2");
    Goal g;
    g.id.value = "idea1";
    g.name = "Win back lapsed buyers";
    REQUIRE(doc.apply(AddItem{g, std::nullopt, std::nullopt}).ok);
    CHECK(ws(doc).inbox_ids == std::vector<std::string>{"idea1"});
    doc.set_actor("fac");
    REQUIRE(act(doc, "accept", {{"ids", {"idea1"}}}).ok);
    CHECK(ws(doc).inbox_ids.empty());

    Document plain(test::load_fixture("selma.json"));
    const std::string before = save_plan(plain.plan());
    REQUIRE(plain.apply(SetField{"S1", "name", "x"}).ok);
    REQUIRE(plain.undo());
    CHECK(save_plan(plain.plan()) == before);
    CHECK(before.find("\"workshop\"") == std::string::npos);
}

TEST_CASE("a bad workshop object is kept for what it is, bad fields dropped with warnings", "[workshop]") {
    Plan p = test::load_fixture("selma.json");
    p.extra["workshop"] = "not an object";
    LoadResult r = load_plan(save_plan(p));
    REQUIRE(r.ok());
    CHECK(r.plan->extra["workshop"] == "not an object");
    CHECK(test::has_at(r.warnings, "workshop"));
    p.extra["workshop"] = {{"facilitator", 7}, {"locked", {"G1"}}, {"future_field", {1, 2}}};
    r = load_plan(save_plan(p));
    REQUIRE(r.ok());
    CHECK(test::has_at(r.warnings, "workshop.facilitator"));
    const auto w = workshop::of(*r.plan);
    REQUIRE(w);
    CHECK(w->locked == std::vector<std::string>{"G1"});
    CHECK(r.plan->extra["workshop"]["future_field"] == Extra({1, 2}));
}

TEST_CASE("the report has the steps, ideas by author, votes, score before and after and the plan", "[workshop]") {
    Document doc(test::load_fixture("selma.json"));
    doc.set_actor("fac");
    nlohmann::json start = workshop_score_snapshot(doc.scores());
    start["steps"] = {{{"name", "Ideas"}, {"seconds", 600}}};
    REQUIRE(act(doc, "start", start).ok);
    REQUIRE(act(doc, "join", {{"name", "Ana"}}, "p2").ok);
    doc.set_actor("p2");
    Tactic t;
    t.id.value = "idea7";
    t.name = "Loyalty card";
    REQUIRE(doc.apply(AddItem{t, std::nullopt, std::nullopt}).ok);
    doc.set_actor("fac");
    REQUIRE(act(doc, "vote-start", {{"dots", 1}, {"ids", {"S1", "S2"}}}).ok);
    REQUIRE(act(doc, "vote", {{"id", "S2"}}, "p2").ok);
    REQUIRE(act(doc, "reveal", {}).ok);
    REQUIRE(act(doc, "next", {}, "", kT0 + 12 * 60000).ok);
    std::string md = workshop_report(doc.plan(), doc.scores());
    CHECK(md.find("| Ideas | 10:00 |") != std::string::npos);
    CHECK(md.find("| 12:00 |") != std::string::npos);  // it took 12 minutes
    CHECK(md.find("- tactic: Loyalty card (Ana)") != std::string::npos);
    CHECK(md.find("1. Sustain Jet Set through CRM: 1 dots") != std::string::npos);
    CHECK(md.find("Before: ") != std::string::npos);
    CHECK(md.find("## The final plan") != std::string::npos);
    CHECK(md.find("Loyalty card", md.find("## The final plan")) != std::string::npos);
    REQUIRE(act(doc, "anonymous", {{"on", true}}).ok);
    md = workshop_report(doc.plan(), doc.scores());
    CHECK(md.find("(Ana)") == std::string::npos);
}

TEST_CASE("the report lists as fixed the findings of the start that the plan no longer has", "[workshop]") {
    Document doc(test::load_fixture("selma.json"));
    doc.set_actor("fac");
    nlohmann::json start = workshop_score_snapshot(doc.scores());
    REQUIRE(start["findings"].size() > 0);
    const std::string kept = start["findings"][0].get<std::string>();
    start["findings"].push_back("Tactic \u201cOld flyer\u201d traces to no goal.");
    start["score"] = 41.26;
    REQUIRE(act(doc, "start", start).ok);
    const std::string md = workshop_report(doc.plan(), doc.scores());
    CHECK(md.find("Before: 41.3.") != std::string::npos);
    const size_t fixed = md.find("Findings fixed during the workshop:");
    REQUIRE(fixed != std::string::npos);
    const std::string section = md.substr(fixed, md.find("## The final plan") - fixed);
    CHECK(section.find("- Tactic \u201cOld flyer\u201d traces to no goal.") != std::string::npos);
    CHECK(section.find(kept) == std::string::npos);  // still there: not fixed
}
