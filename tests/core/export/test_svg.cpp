// The picture of the board as an SVG reader sees it (parsed by expat): well-formed XML whatever
// the plan holds, every card's title as selectable text, one curve per link the board shows,
// the columns with their counts, hostile titles kept as text, and the score panel when asked.
// Native only: the WASM test build has no XML parser (test_svg_plan.cpp runs in both).
#ifdef AB_TEST_EXPAT

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <utility>

#include "export/card_text.hpp"
#include "export/svg/svg.hpp"
#include "fixtures.hpp"
#include "score/advice/explain.hpp"
#include "svg_dom.hpp"

using namespace ab;
using ab::test::XmlNode;

namespace {

std::string no_space(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c != ' ' && c != '\n' && c != '\t') out += c;
    }
    return out;
}

// The texts of the picture's card titles, spaces removed (a title wraps at spaces).
std::multiset<std::string> titles(const XmlNode& root) {
    std::multiset<std::string> out;
    for (const XmlNode* t : root.all("text")) {
        if (t->attr("class").find("title") != std::string::npos) out.insert(no_space(t->text));
    }
    return out;
}

ab::test::XmlDoc parsed(const std::string& svg) {
    ab::test::XmlDoc doc = ab::test::parse_xml(svg);
    INFO(doc.error);
    REQUIRE(doc.error.empty());
    REQUIRE(doc.root);
    REQUIRE(doc.root->name == "svg");
    return doc;
}

template <class Items>
void expect_titles(const Plan& plan, const Items& items, const std::multiset<std::string>& shown) {
    for (const auto& item : items) {
        INFO(item.id.value);
        CHECK(shown.count(no_space(card_title(plan, item))) >= 1);
    }
}

std::set<std::pair<std::string, std::string>> drawn_links(const XmlNode& root) {
    std::set<std::pair<std::string, std::string>> out;
    for (const XmlNode* p : root.all("path")) {
        if (p->attr("class").rfind("link", 0) == 0) {
            CHECK(out.insert({p->attr("data-from"), p->attr("data-to")}).second);  // one path per link
        }
    }
    return out;
}

}  // namespace

TEST_CASE("the picture shows every card's title as text, the columns and their counts", "[export]") {
    const Plan plan = ab::test::load_fixture("selma.json");
    const Scores scores = score_plan(plan);
    const ab::test::XmlDoc doc = parsed(export_svg(plan, &scores));
    const std::multiset<std::string> shown = titles(*doc.root);
    expect_titles(plan, plan.goals, shown);
    expect_titles(plan, plan.strategies, shown);
    expect_titles(plan, plan.tactics, shown);
    expect_titles(plan, plan.kpis, shown);
    expect_titles(plan, plan.products, shown);
    expect_titles(plan, plan.insights, shown);
    CHECK(shown.size() == plan.goals.size() + plan.strategies.size() + plan.tactics.size() + plan.kpis.size() +
                              plan.products.size() + plan.insights.size());

    std::string all_text;
    for (const XmlNode* t : doc.root->all("text")) all_text += t->text + "\n";
    CHECK(all_text.find("Goals\n" + std::to_string(plan.goals.size()) + "\n") != std::string::npos);
    CHECK(all_text.find("Tactics\n" + std::to_string(plan.tactics.size()) + "\n") != std::string::npos);
    CHECK(all_text.find("Products & customer insights") != std::string::npos);
    CHECK(doc.root->all("title").at(0)->text == plan.settings.name);
    // Text stays text in the board's font, with system fonts after it.
    CHECK(doc.root->attr("font-family").rfind("Inter,", 0) == 0);
}

TEST_CASE("the picture draws one curve per link the board shows, and the skipping ones on request", "[export]") {
    const Plan plan = ab::test::load_fixture("selma.json");
    std::set<std::pair<std::string, std::string>> adjacent, all;
    for (const Strategy& s : plan.strategies) {
        for (const auto& g : s.goals) adjacent.insert({g.value, s.id.value});
    }
    for (const Tactic& t : plan.tactics) {
        for (const auto& s : t.strategies) adjacent.insert({s.value, t.id.value});
        for (const auto& p : t.products) all.insert({p.value, t.id.value});
    }
    for (const Kpi& k : plan.kpis) {
        if (k.on.empty()) continue;
        (k.on.kind == Kind::Tactic ? adjacent : all).insert({k.on.id, k.id.value});
    }
    REQUIRE(adjacent.size() > 10);
    REQUIRE(!all.empty());
    all.insert(adjacent.begin(), adjacent.end());

    CHECK(drawn_links(*parsed(export_svg(plan, nullptr)).root) == adjacent);
    SvgOptions every;
    every.all_links = true;
    CHECK(drawn_links(*parsed(export_svg(plan, nullptr, every)).root) == all);
}

TEST_CASE("hostile titles stay text in the picture and never become markup", "[export]") {
    Plan plan = ab::test::load_fixture("selma.json");
    plan.settings.name = "Plan </title><script>alert(1)</script>";
    plan.goals[0].name = "</text><script>alert(1)</script> & \"quotes\" 'too'";
    plan.goals[1].name = std::string("bell\x07 nul-free \x01\x1b[31m tab\tend \xEF\xBF\xBE\xEF\xBF\xBF broken \xC3(");
    plan.strategies[0].name = "<![CDATA[ ]]> <!-- --> <?pi?> &amp; &#0; ]]>";
    plan.tactics[0].name = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE4\xBD\xA0\xE5\xA5\xBD\xE4\xB8\x96\xE7\x95\x8C"
                           "\xE4\xBD\xA0\xE5\xA5\xBD\xE4\xB8\x96\xE7\x95\x8C\xE4\xBD\xA0\xE5\xA5\xBD";  // Hebrew, CJK
    const std::string svg = export_svg(plan, nullptr);
    const ab::test::XmlDoc doc = parsed(svg);
    CHECK(doc.root->all("script").empty());
    CHECK(svg.find("<script") == std::string::npos);
    const std::multiset<std::string> shown = titles(*doc.root);
    CHECK(shown.count(no_space(plan.goals[0].name)) == 1);
    CHECK(shown.count(no_space(plan.strategies[0].name)) == 1);
    CHECK(shown.count(no_space(plan.tactics[0].name)) == 1);
    // Characters XML cannot hold are dropped, a broken byte shows as U+FFFD, the rest stays.
    CHECK(shown.count(no_space("bell nul-free [31m tab end  broken \xEF\xBF\xBD(")) == 1);
    CHECK(doc.root->all("title").at(0)->text == plan.settings.name);
}

TEST_CASE("an empty plan gives a valid picture with its four empty columns", "[export]") {
    const Plan plan;
    const ab::test::XmlDoc doc = parsed(export_svg(plan, nullptr));
    CHECK(titles(*doc.root).empty());
    CHECK(drawn_links(*doc.root).empty());
    std::string all_text;
    for (const XmlNode* t : doc.root->all("text")) all_text += t->text + "\n";
    for (const char* hint : {"No goals yet", "No strategies yet", "No tactics yet", "No KPIs yet"}) {
        CHECK(all_text.find(hint) != std::string::npos);
    }
    CHECK(all_text.find("Products & customer insights") == std::string::npos);  // no shelf without cards
}

TEST_CASE("the picture's badges and score panel say what the score says, coloured by band", "[export]") {
    const Plan plan = ab::test::load_fixture("selma.json");
    const Scores scores = score_plan(plan);
    SvgOptions options;
    options.score_panel = true;
    const ab::test::XmlDoc doc = parsed(export_svg(plan, &scores, options));
    std::string panel;
    for (const XmlNode* g : doc.root->all("g")) {
        if (g->attr("class") == "score") panel = g->text;
    }
    CHECK(panel.find(overall_text(scores.overall)) != std::string::npos);
    for (size_t i = 0; i < kComponentCount; ++i) CHECK(panel.find(component_words(Component(i)).title) != std::string::npos);
    REQUIRE(!scores.findings.empty());
    CHECK(no_space(panel).find(no_space(std::string(scores.findings[0].message))) != std::string::npos);

    // Each scored card's badge: its rounded score on the tint of its band.
    size_t badges = 0;
    for (const XmlNode* g : doc.root->all("g")) {
        if (g->attr("class") != "item") continue;
        const std::string id = g->attr("data-id");
        std::optional<double> s;
        for (const auto& t : scores.tactics) {
            if (t.first == id) s = t.second;
        }
        if (!s) continue;
        const char* band = *s >= 80 ? "good-t" : *s >= 60 ? "warn-t" : "bad-t";
        bool found = false;
        for (const XmlNode* r : g->all("rect")) found = found || r->attr("class") == band;
        INFO(id << " " << *s);
        CHECK(found);
        ++badges;
    }
    CHECK(badges == plan.tactics.size());
}

#endif  // AB_TEST_EXPAT
