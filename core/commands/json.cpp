// Commands as JSON, the form the JS API, the embedding API and tests send them in:
//   {"op":"add","kind":"goal","item":{...},"x":40,"y":120}   {"op":"remove","ids":["m1"]}
//   {"op":"set","id":"m1","field":"budget","value":1000}     {"op":"link","child":"m11","parent":"S2"}
//   {"op":"unlink",...}  {"op":"move","moves":[{"id":"G1","x":0,"y":0}]}  {"op":"replace_item","kind":"tactic","item":{...}}
//   {"op":"replace_plan","plan":{...}}   {"op":"tidy"} or {"op":"tidy","heights":{"G1":96.5,...}}
//   {"op":"workshop","name":"vote","args":{"id":"G1"},"actor":"p2","now":1764770000000} (docs/workshop.md)
// An "add" whose x and y are taken (or missing) puts the card on the first free slot of its
// column; its reply does not change, the plan's layout says where it went.
#include "commands/command.hpp"

#include <cstdint>
#include <map>

#include "io/plan_json.hpp"

namespace ab {

namespace {

std::optional<Kind> kind_from_name(const std::string& s) {
    for (Kind k : {Kind::Person, Kind::Goal, Kind::Strategy, Kind::Product, Kind::Tactic, Kind::Kpi, Kind::Insight}) {
        if (s == kind_name(k) || s == collection_name(k)) return k;
    }
    return std::nullopt;
}

// The member `key` of the object `j`, or null when it has none. Commands come from the JS API and
// from host pages: every read checks presence and type (no at(), value() or const operator[],
// which throw or read out of bounds, and the app has no exceptions).
const nlohmann::json* member(const nlohmann::json& j, const char* key) {
    if (!j.is_object()) return nullptr;
    auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

std::string str(const nlohmann::json& j, const char* key) {
    const nlohmann::json* v = member(j, key);
    return v != nullptr && v->is_string() ? v->get_ref<const std::string&>() : std::string();
}

bool is_number(const nlohmann::json* v) { return v != nullptr && v->is_number(); }

std::optional<Item> read_item(const nlohmann::json& j, std::string& error) {
    auto kind = kind_from_name(str(j, "kind"));
    if (!kind) {
        error = "\"kind\" must be one of person, goal, strategy, product, tactic, kpi, insight";
        return std::nullopt;
    }
    auto it = j.find("item");
    if (it == j.end() || !it->is_object()) {
        error = "\"item\" must be an object";
        return std::nullopt;
    }
    std::vector<Problem> problems;
    auto item = item_from_json(*kind, *it, "item", problems);
    if (!item || !problems.empty()) {
        error = problems.empty() ? "invalid item" : problems[0].path + ": " + problems[0].message;
        return std::nullopt;
    }
    return item;
}

// The array `key` of `j`, or null with `error` set to `what`.
const nlohmann::json* array_member(const nlohmann::json& j, const char* key, const char* what, std::string& error) {
    const nlohmann::json* v = member(j, key);
    if (v == nullptr || !v->is_array()) error = what;
    return v != nullptr && v->is_array() ? v : nullptr;
}

// One reader per op that carries more than ids: each returns the command or sets `error`.

std::optional<Command> read_add(const nlohmann::json& j, std::string& error) {
    auto item = read_item(j, error);
    if (!item) return std::nullopt;
    AddItem add{std::move(*item), std::nullopt, std::nullopt};
    const nlohmann::json *x = member(j, "x"), *y = member(j, "y"), *index = member(j, "index");
    if (is_number(x) && is_number(y)) add.pos = LayoutPos{x->get<double>(), y->get<double>(), Extra::object()};
    if (index != nullptr && index->is_number_unsigned()) {
        // Any index past the end means "at the end" (compile clamps it); no wrap on 32 bits.
        const auto at = index->get<std::uint64_t>();
        add.index = at > SIZE_MAX ? SIZE_MAX : static_cast<size_t>(at);
    }
    return Command{std::move(add)};
}

std::optional<Command> read_remove(const nlohmann::json& j, std::string& error) {
    const nlohmann::json* ids = array_member(j, "ids", "\"ids\" must be an array of ids", error);
    if (ids == nullptr) return std::nullopt;
    RemoveItems rm;
    for (const auto& id : *ids) {
        if (!id.is_string()) {
            error = "\"ids\" must hold strings";
            return std::nullopt;
        }
        rm.ids.push_back(id.get_ref<const std::string&>());
    }
    return Command{std::move(rm)};
}

std::optional<Command> read_move(const nlohmann::json& j, std::string& error) {
    const nlohmann::json* moves = array_member(j, "moves", "\"moves\" must be an array of {id, x, y}", error);
    if (moves == nullptr) return std::nullopt;
    MoveItems mv;
    for (const auto& m : *moves) {
        const nlohmann::json *id = member(m, "id"), *x = member(m, "x"), *y = member(m, "y");
        if (id == nullptr || !id->is_string() || !is_number(x) || !is_number(y)) {
            error = "each move must be {\"id\": string, \"x\": number, \"y\": number}";
            return std::nullopt;
        }
        mv.moves.emplace_back(id->get_ref<const std::string&>(), LayoutPos{x->get<double>(), y->get<double>(), Extra::object()});
    }
    return Command{std::move(mv)};
}

// Measured card heights are a hint: entries that are not positive numbers are ignored.
std::optional<Command> read_tidy(const nlohmann::json& j) {
    Tidy tidy;
    if (const nlohmann::json* heights = member(j, "heights"); heights != nullptr && heights->is_object()) {
        for (auto it = heights->begin(); it != heights->end(); ++it) {
            if (it->is_number() && it->get<double>() > 0) tidy.heights[it.key()] = it->get<double>();
        }
    }
    return Command{std::move(tidy)};
}

std::optional<Command> read_replace_plan(const nlohmann::json& j, std::string& error) {
    const nlohmann::json* plan = member(j, "plan");
    if (plan == nullptr) {
        error = "\"plan\" is missing";
        return std::nullopt;
    }
    LoadResult r = load_plan_json(*plan);
    if (!r.ok()) {
        error = r.errors.empty() ? "invalid plan" : (r.errors[0].path.empty() ? "" : r.errors[0].path + ": ") + r.errors[0].message;
        return std::nullopt;
    }
    return Command{ReplacePlan{std::move(*r.plan)}};
}

}  // namespace

std::optional<Command> command_from_json(const nlohmann::json& j, std::string& error) {
    if (!j.is_object()) {
        error = "a command must be a JSON object with an \"op\"";
        return std::nullopt;
    }
    const std::string op = str(j, "op");
    if (op == "add") return read_add(j, error);
    if (op == "remove") return read_remove(j, error);
    if (op == "set") {
        const nlohmann::json* field = member(j, "field");
        if (field == nullptr || !field->is_string()) {
            error = "\"field\" must be a string";
            return std::nullopt;
        }
        const nlohmann::json* value = member(j, "value");
        return Command{SetField{str(j, "id"), str(j, "field"), value != nullptr ? *value : nlohmann::json()}};
    }
    if (op == "replace_item") {
        auto item = read_item(j, error);
        if (!item) return std::nullopt;
        return Command{ReplaceItem{std::move(*item)}};
    }
    if (op == "link" || op == "unlink") {
        const std::string child = str(j, "child"), parent = str(j, "parent");
        if (child.empty() || parent.empty()) {
            error = "\"child\" and \"parent\" must be item ids";
            return std::nullopt;
        }
        if (op == "link") return Command{Link{child, parent}};
        return Command{Unlink{child, parent}};
    }
    if (op == "move") return read_move(j, error);
    if (op == "replace_plan") return read_replace_plan(j, error);
    if (op == "tidy") return read_tidy(j);
    if (op == "workshop") {
        const nlohmann::json* args = member(j, "args");
        const nlohmann::json* now = member(j, "now");
        return Command{WorkshopAct{str(j, "name"), args != nullptr ? *args : nlohmann::json::object(), str(j, "actor"),
                                   is_number(now) ? static_cast<int64_t>(now->get<double>()) : 0}};
    }
    error = op.empty() ? "the command has no \"op\"" : "unknown op \"" + op + "\"";
    return std::nullopt;
}

nlohmann::json command_to_json(const Command& cmd) {
    return std::visit(
        [](const auto& op) -> nlohmann::json {
            using T = std::decay_t<decltype(op)>;
            if constexpr (std::is_same_v<T, AddItem>) {
                nlohmann::json j{{"op", "add"}, {"kind", kind_name(kind_of(op.item))},
                                 {"item", nlohmann::json::parse(item_to_json(op.item).dump())}};
                if (op.pos) {
                    j["x"] = op.pos->x;
                    j["y"] = op.pos->y;
                }
                if (op.index) j["index"] = *op.index;
                return j;
            } else if constexpr (std::is_same_v<T, RemoveItems>) {
                return {{"op", "remove"}, {"ids", op.ids}};
            } else if constexpr (std::is_same_v<T, SetField>) {
                return {{"op", "set"}, {"id", op.id}, {"field", op.field}, {"value", op.value}};
            } else if constexpr (std::is_same_v<T, ReplaceItem>) {
                return {{"op", "replace_item"}, {"kind", kind_name(kind_of(op.item))},
                        {"item", nlohmann::json::parse(item_to_json(op.item).dump())}};
            } else if constexpr (std::is_same_v<T, Link>) {
                return {{"op", "link"}, {"child", op.child}, {"parent", op.parent}};
            } else if constexpr (std::is_same_v<T, Unlink>) {
                return {{"op", "unlink"}, {"child", op.child}, {"parent", op.parent}};
            } else if constexpr (std::is_same_v<T, MoveItems>) {
                nlohmann::json moves = nlohmann::json::array();
                for (const auto& [id, pos] : op.moves) moves.push_back({{"id", id}, {"x", pos.x}, {"y", pos.y}});
                return {{"op", "move"}, {"moves", moves}};
            } else if constexpr (std::is_same_v<T, ReplacePlan>) {
                return {{"op", "replace_plan"}, {"plan", nlohmann::json::parse(save_plan(op.plan))}};
            } else if constexpr (std::is_same_v<T, WorkshopAct>) {
                return {{"op", "workshop"}, {"name", op.name}, {"args", op.args}, {"actor", op.actor}, {"now", op.now}};
            } else {
                nlohmann::json j{{"op", "tidy"}};
                if (!op.heights.empty()) {
                    // Sorted by id, so the same command always writes the same text.
                    std::map<std::string, double> sorted(op.heights.begin(), op.heights.end());
                    j["heights"] = sorted;
                }
                return j;
            }
        },
        cmd);
}

}  // namespace ab
