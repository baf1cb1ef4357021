// The plan model: one struct per kind of item in the plan file `alignboard.plan` v1
// (docs/plan-format.md). Plain data, no behaviour: the reader fills it, commands change it,
// the score engine reads it. Unknown JSON fields ride along in `extra` so a round trip keeps them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace ab {

// Object of fields this version does not know, in their original order; written back unchanged.
using Extra = nlohmann::ordered_json;

enum class Kind { Person, Goal, Strategy, Product, Tactic, Kpi, Insight };

// The plan file's name for a collection ("goals") and for one item ("goal"); from the kind table
// (model/kinds.hpp), which also has the words people read.
const char* collection_name(Kind kind);
const char* kind_name(Kind kind);

// A typed id: a GoalId can only be stored where the format expects a goal. All kinds share one
// id space in the file, so the string alone is unique across the plan.
template <Kind K>
struct Id {
    std::string value;
    static constexpr Kind kind = K;
    bool operator==(const Id& o) const { return value == o.value; }
    bool operator!=(const Id& o) const { return value != o.value; }
    bool operator<(const Id& o) const { return value < o.value; }
};
using PersonId = Id<Kind::Person>;
using GoalId = Id<Kind::Goal>;
using StrategyId = Id<Kind::Strategy>;
using ProductId = Id<Kind::Product>;
using TacticId = Id<Kind::Tactic>;
using KpiId = Id<Kind::Kpi>;
using InsightId = Id<Kind::Insight>;

// A link set: ordered as written, never holding the same id twice.
template <class IdT>
using LinkSet = std::vector<IdT>;

// A reference to an item of one of several kinds (a KPI's `on`). Empty id = not attached.
struct ItemRef {
    Kind kind = Kind::Goal;
    std::string id;
    bool empty() const { return id.empty(); }
    bool operator==(const ItemRef& o) const { return kind == o.kind && id == o.id; }
};

// Numbers that may be absent or null in the file.
using Number = std::optional<double>;

struct Person {
    PersonId id;
    std::string name;
    std::string team;  // "sales" | "marketing" | anything else (counts as neither)
    Extra extra = Extra::object();
};

struct Goal {
    GoalId id;
    std::string name;
    LinkSet<PersonId> owners;
    std::optional<KpiId> primary_kpi;
    double weight = 1.0;  // positive
    Extra extra = Extra::object();
};

struct Strategy {
    StrategyId id;
    std::string name;
    LinkSet<GoalId> goals;
    LinkSet<PersonId> owners;
    Extra extra = Extra::object();
};

struct Product {
    ProductId id;
    std::string name;
    bool big_push = false;
    Number forecast;
    std::string key_message;
    LinkSet<PersonId> owners;
    Extra extra = Extra::object();
};

enum class Phase { None, Pre, Launch, Post };

struct Tactic {
    TacticId id;
    std::string name;
    LinkSet<StrategyId> strategies;
    LinkSet<ProductId> products;
    std::string channel;  // free text; scoring checks the plan's required channels
    Phase phase = Phase::None;
    std::string stage;    // one of the plan's required stages, or empty
    std::string message;
    Number budget;
    Number expected_return;  // in the unit of the goal's primary KPI
    LinkSet<PersonId> owners;
    std::string start;  // YYYY-MM-DD or empty
    std::string end;
    Extra extra = Extra::object();
};

enum class Direction { Up, Down };

struct Kpi {
    KpiId id;
    ItemRef on;  // a goal, strategy or tactic
    std::string metric;
    std::string unit;
    Direction dir = Direction::Up;
    Number baseline;
    Number target;
    Number current;  // shown, never scored
    std::string due;
    LinkSet<PersonId> owners;
    Extra extra = Extra::object();
};

struct Insight {
    InsightId id;
    std::string text;
    std::string team;
    std::optional<GoalId> goal;
    std::optional<ProductId> product;
    Extra extra = Extra::object();
};

struct Competitor {
    std::string name;
    std::string position;
    std::string notes;
    Extra extra = Extra::object();
};

struct Swot {
    std::vector<std::string> strengths, weaknesses, opportunities, threats;
    Extra extra = Extra::object();
};

std::vector<std::string> default_required_channels();
std::vector<std::string> default_required_stages();

// Plan-wide settings and the marketing context (not scored).
struct Settings {
    std::string name;
    std::string start;  // YYYY-MM-DD or empty
    std::string end;
    std::string currency;
    std::vector<std::string> required_channels = default_required_channels();
    std::vector<std::string> required_stages = default_required_stages();
    double brand_reserve = 0.10;
    std::string brand_key;
    Swot swot;
    std::vector<Competitor> competitors;
};

// A card's position on the canvas, in world units. View state only: scoring never reads it.
struct LayoutPos {
    double x = 0;
    double y = 0;
    Extra extra = Extra::object();
};

struct Plan {
    Settings settings;
    std::vector<Person> people;
    std::vector<Goal> goals;
    std::vector<Strategy> strategies;
    std::vector<Product> products;
    std::vector<Tactic> tactics;
    std::vector<Kpi> kpis;
    std::vector<Insight> insights;
    std::map<std::string, LayoutPos> layout;  // keyed by item id
    Extra extra = Extra::object();            // unknown top-level fields
};

// Any one item, for commands that add, replace or restore an item of any kind.
using Item = std::variant<Person, Goal, Strategy, Product, Tactic, Kpi, Insight>;

Kind kind_of(const Item& item);
const std::string& id_of(const Item& item);

// Where an item lives: its kind and its index in that kind's vector. Indexes change on insert and
// erase, so a Location is only good until the next edit.
struct Location {
    Kind kind;
    size_t index;
};

// Finds an item by id (linear; see PlanIndex for repeated look-ups).
std::optional<Location> find_item(const Plan& plan, const std::string& id);
// A copy of the item at `loc`.
Item item_at(const Plan& plan, Location loc);
// Number of items (people excluded) — what "a plan of N items" means in benchmarks and tests.
size_t item_count(const Plan& plan);

}  // namespace ab
