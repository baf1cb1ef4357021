// The score in words, as the score panel shows it: a title and a formula per component, and the
// figures of a score written the way a person reads them.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "fixtures.hpp"
#include "score/advice/explain.hpp"

using namespace ab;

TEST_CASE("every component has its own title and a formula that names what it counts", "[score]") {
    std::set<std::string> titles;
    for (size_t i = 0; i < kComponentCount; ++i) {
        const ComponentWords w = component_words(Component(i));
        titles.insert(w.title);
        CHECK(std::string(w.formula).size() > 40);
    }
    CHECK(titles.size() == kComponentCount);
    CHECK(std::string(component_words(Component::BudgetFocus).title) == "Budget focus");
    CHECK(std::string(component_words(Component::Integration).formula).find("(40%)") != std::string::npos);
    CHECK(std::string(component_words(Component::Ownership).formula).find("exactly one owner") != std::string::npos);
}

TEST_CASE("component weights read as the percentages the overall uses, adding up to 100%", "[score]") {
    CHECK(component_weight_text(Component::Linkage) == "25%");
    CHECK(component_weight_text(Component::Return) == "10%");
    double sum = 0;
    for (size_t i = 0; i < kComponentCount; ++i) sum += std::stod(component_weight_text(Component(i)));
    CHECK(sum == 100);
}

TEST_CASE("scores read as whole numbers per component, one decimal overall, n/a when not scored", "[score]") {
    CHECK(component_score_text(72.5) == "73");
    CHECK(component_score_text(72.4) == "72");
    CHECK(component_score_text(std::nullopt) == "n/a");
    CHECK(overall_text(88.46) == "88.5");
    CHECK(overall_text(std::nullopt) == "\u2014");
    CHECK(component_status_text(Component::Journey, 66.7) == "Weight 10% of the overall \u00B7 67");
    CHECK(component_status_text(Component::Journey, std::nullopt) ==
          "Weight 10% of the overall \u00B7 not scored: the plan lacks what it measures");
    CHECK(worth_text(2.345) == "+2.3");
    CHECK(findings_below_text(0).empty());
    CHECK(findings_below_text(3) == "3 findings below would raise it.");
}

TEST_CASE("completeness says when linkage caps the overall", "[score]") {
    Scores s;
    s.completeness = 85;
    CHECK(completeness_text(s) == "Completeness 85%");
    s.raw = 70;
    s.cap = 60;
    CHECK(completeness_text(s) == "Completeness 85% \u00B7 capped at 60");
    s.cap = 97;  // a cap above the raw score caps nothing
    CHECK(completeness_text(s) == "Completeness 85%");
}

TEST_CASE("the Selma plan's panel figures match its score", "[score]") {
    const Scores s = score_plan(test::load_fixture("selma.json"));
    REQUIRE(s.overall);
    CHECK(overall_text(s.overall) == "88.5");
    size_t about = 0;
    for (size_t i = 0; i < kComponentCount; ++i) about += findings_about(s, Component(i));
    size_t with_component = 0;
    for (const Finding& f : s.findings) with_component += f.component ? 1 : 0;
    CHECK(about == with_component);
    CHECK(findings_about(s, Component::Journey) > 0);  // journey scores 66.7: stages are missing
}
