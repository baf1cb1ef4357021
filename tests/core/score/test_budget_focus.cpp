// Budget focus (scoring.md): does the money follow the sales forecast, with the big pushes on
// top? Hand-computed plans for pick, the fair-share penalty, the brand reserve and the
// "not scored" branches.
#include <catch2/catch.hpp>

#include "builder.hpp"

using namespace ab;
using namespace ab::test;
using Catch::Detail::Approx;

namespace {

// Tactics are added per test, under S1 of goals_plan(1, 1), with the products they sell.
void add_budget_tactic(Plan& plan, const std::string& id, double budget, const std::vector<std::string>& products) {
    plan.tactics.push_back(selling(tactic(id, {"S1"}, budget, 10), products));
}

// Push A (key "go") and product B with these forecasts; t1 spends budget_a on A, t2 budget_b on B.
Plan push_and_product(double forecast_a, double forecast_b, double budget_a, double budget_b) {
    Plan plan = goals_plan(1, 1);
    plan.products.push_back(product("A", forecast_a, true, "go"));
    plan.products.push_back(product("B", forecast_b));
    add_budget_tactic(plan, "t1", budget_a, {"A"});
    add_budget_tactic(plan, "t2", budget_b, {"B"});
    return plan;
}

std::optional<double> focus(const Scores& s) { return component_of(s, Component::BudgetFocus); }

}  // namespace

TEST_CASE("budget matching the forecast shares with the push on top scores full budget focus", "[score]") {
    const Plan plan = push_and_product(600, 400, 60, 40);
    const Scores s = score_plan(plan);
    CHECK(*focus(s) == Approx(100));
    CHECK(count_findings(s, "push.underfunded") + count_findings(s, "product.overfunded") == 0);
    CHECK(count_findings(s, "push.outranked") + count_findings(s, "budget.unassigned") == 0);
}

TEST_CASE("an underfunded push and an overfunded product both add to the penalty", "[score]") {
    const Plan plan = push_and_product(60, 40, 50, 50);
    const Scores s = score_plan(plan);
    // pen = (0.6 - 0.5) + (0.5 - 0.4) = 0.2; pick = 1.
    CHECK(*focus(s) == Approx(100 * (0.25 + 0.75 * (1 - 0.2 / 2))));
    CHECK(has_finding(s, "push.underfunded", {"A"}));
    CHECK(has_finding(s, "product.overfunded", {"B"}));
    const Finding f = findings_with(s, "push.underfunded")[0];
    CHECK(f.message.find("50%") != std::string::npos);
    CHECK(f.message.find("60%") != std::string::npos);
}

TEST_CASE("gaps under five points cost points but raise no finding", "[score]") {
    const Plan plan = push_and_product(60, 40, 57, 43);
    const Scores s = score_plan(plan);
    CHECK(*focus(s) == Approx(100 * (0.25 + 0.75 * (1 - 0.06 / 2))));
    CHECK(count_findings(s, "push.underfunded") == 0);
    CHECK(count_findings(s, "product.overfunded") == 0);
}

TEST_CASE("a non-push product forecast above a big push lowers pick and is named", "[score]") {
    const Plan plan = push_and_product(100, 300, 25, 75);
    const Scores s = score_plan(plan);
    // pick = 0.25 / 0.75; budget matches the forecast shares exactly, so pen = 0.
    CHECK(*focus(s) == Approx(100 * (0.25 / 3 + 0.75)));
    CHECK(has_finding(s, "push.outranked", {"A", "B"}));
    CHECK(count_findings(s, "push.outranked") == 1);
}

TEST_CASE("budget tied to no product is free up to the brand reserve", "[score]") {
    Plan plan = goals_plan(1, 1);
    plan.products.push_back(product("A", 100, true, "go"));
    SECTION("within the reserve") {
        add_budget_tactic(plan, "t1", 92, {"A"});
        add_budget_tactic(plan, "t2", 8, {});
        const Scores s = score_plan(plan);
        // r = 0.08, fair share of A = 0.92 = its share.
        CHECK(*focus(s) == Approx(100));
        CHECK(count_findings(s, "budget.unassigned") == 0);
    }
    SECTION("beyond the reserve") {
        add_budget_tactic(plan, "t1", 70, {"A"});
        add_budget_tactic(plan, "t2", 30, {});
        const Scores s = score_plan(plan);
        // r = 0.1; pen = (0.3 - 0.1) + (0.9 - 0.7) = 0.4.
        CHECK(*focus(s) == Approx(100 * (0.25 + 0.75 * 0.8)));
        CHECK(has_finding(s, "budget.unassigned", {}));
        CHECK(has_finding(s, "push.underfunded", {"A"}));
        CHECK(findings_with(s, "budget.unassigned")[0].component == Component::BudgetFocus);
    }
    SECTION("with a larger reserve") {
        plan.settings.brand_reserve = 0.3;
        add_budget_tactic(plan, "t1", 70, {"A"});
        add_budget_tactic(plan, "t2", 30, {});
        CHECK(*focus(score_plan(plan)) == Approx(100));
    }
}

TEST_CASE("a tactic's budget is split evenly over its products", "[score]") {
    Plan plan = goals_plan(1, 1);
    plan.products.push_back(product("A", 50, true, "go"));
    plan.products.push_back(product("B", 50));
    add_budget_tactic(plan, "t1", 100, {"A", "B"});
    const Scores s = score_plan(plan);
    CHECK(*focus(s) == Approx(100));
}

TEST_CASE("budget focus is not scored without forecasts, budget or a big push", "[score]") {
    Plan plan = goals_plan(1, 1);
    SECTION("products without forecasts") {
        plan.products.push_back(product("A", std::nullopt, true, "go"));
        add_budget_tactic(plan, "t1", 100, {"A"});
        const Scores s = score_plan(plan);
        CHECK_FALSE(focus(s));
        CHECK(has_finding(s, "plan.no_forecast", {}));
        CHECK(findings_with(s, "plan.no_forecast")[0].component == Component::BudgetFocus);
    }
    SECTION("no budget") {
        plan.products.push_back(product("A", 100, true, "go"));
        plan.tactics.push_back(tactic("t1", {"S1"}));
        const Scores s = score_plan(plan);
        CHECK_FALSE(focus(s));
        CHECK(count_findings(s, "plan.no_forecast") == 0);
    }
    SECTION("no big push") {
        plan.products.push_back(product("A", 100));
        add_budget_tactic(plan, "t1", 100, {"A"});
        const Scores s = score_plan(plan);
        CHECK_FALSE(focus(s));
        CHECK(has_finding(s, "plan.no_big_push", {}));
    }
    SECTION("no products at all") {
        add_budget_tactic(plan, "t1", 100, {});
        const Scores s = score_plan(plan);
        CHECK_FALSE(focus(s));
        CHECK(count_findings(s, "plan.no_forecast") == 0);
    }
}
