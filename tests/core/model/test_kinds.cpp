// The kind table as people and files see it: the words a kind is shown and counted with, the
// file's names the reader accepts, the id prefix new cards get, and one icon per kind.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "commands/command.hpp"
#include "io/plan_json.hpp"
#include "model/ids.hpp"
#include "model/kinds.hpp"

using namespace ab;

TEST_CASE("each kind is named, counted and introduced the way a sentence needs", "[model]") {
    CHECK(std::string(kind_info(Kind::Strategy).plural) == "Strategies");
    CHECK(std::string(kind_info(Kind::Kpi).label) == "KPI");
    CHECK(std::string(kind_info(Kind::Kpi).plural) == "KPIs");
    CHECK(std::string(kind_info(Kind::Person).plural) == "People");
    CHECK(a_kind(Kind::Tactic) == "a tactic");
    CHECK(a_kind(Kind::Kpi) == "a KPI");
    CHECK(a_kind(Kind::Insight) == "an insight");
    CHECK(count_of(1, Kind::Kpi) == "1 KPI");
    CHECK(count_of(3, Kind::Kpi) == "3 KPIs");
    CHECK(count_of(2, Kind::Person) == "2 people");
    CHECK(count_of(0, Kind::Goal) == "0 goals");
    CHECK(new_item_name(Kind::Goal) == "New goal");
    CHECK(new_item_name(Kind::Kpi) == "New KPI");
}

TEST_CASE("every kind has its own words, id prefix and icon", "[model]") {
    std::set<std::string> labels, plurals, prefixes, icons, files;
    for (const KindInfo& k : kind_table()) {
        CAPTURE(k.file_name);
        CHECK(&kind_info(k.kind) == &k);
        labels.insert(k.label);
        plurals.insert(k.plural);
        prefixes.insert(k.id_prefix);
        icons.insert(k.icon);
        files.insert(k.collection);
        CHECK(!std::string(k.icon).empty());
        CHECK(std::string(k.label).size() > 0);
    }
    CHECK(labels.size() == 7);
    CHECK(plurals.size() == 7);
    CHECK(prefixes.size() == 7);
    CHECK(icons.size() == 7);
    CHECK(files.size() == 7);
}

TEST_CASE("a new item's id continues its kind's prefix from the table", "[model]") {
    Plan plan;
    for (const char* id : {"G1", "G2"}) {
        Goal g;
        g.id.value = id;
        plan.goals.push_back(g);
    }
    for (const KindInfo& k : kind_table()) {
        CAPTURE(k.file_name);
        const std::string id = fresh_id(plan, k.kind);
        CHECK(id.rfind(k.id_prefix, 0) == 0);
    }
    CHECK(fresh_id(plan, Kind::Goal) == "G3");
    CHECK(fresh_id(plan, Kind::Tactic) == "m1");
}

TEST_CASE("the table's file names are the lists the reader reads and the kinds commands name", "[model]") {
    nlohmann::ordered_json doc = {{"format", "alignboard.plan"}, {"version", 1}};
    for (const KindInfo& k : kind_table()) {
        nlohmann::ordered_json item = {{"id", std::string(k.id_prefix) + "1"}};
        if (k.kind == Kind::Kpi) item["on"] = "G1";
        doc[k.collection] = nlohmann::ordered_json::array({item});
    }
    const LoadResult r = load_plan(doc.dump());
    INFO((r.errors.empty() ? std::string() : r.errors.front().path + ": " + r.errors.front().message));
    REQUIRE(r.ok());
    for (const KindInfo& k : kind_table()) {
        CAPTURE(k.file_name);
        const auto loc = find_item(*r.plan, std::string(k.id_prefix) + "1");
        REQUIRE(loc);
        CHECK(loc->kind == k.kind);
        // The JS API adds an item by the kind's file name.
        std::string error;
        const auto cmd = command_from_json({{"op", "add"}, {"kind", k.file_name}, {"item", {{"id", "x1"}}}}, error);
        REQUIRE(cmd);
        REQUIRE(std::holds_alternative<AddItem>(*cmd));
        CHECK(kind_of(std::get<AddItem>(*cmd).item) == k.kind);
    }
}
