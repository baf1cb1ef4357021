// Copy and paste of cards (see card_clipboard.hpp).
#include "commands/card_clipboard.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "model/ids.hpp"
#include "io/plan_json.hpp"

namespace ab {
namespace {

constexpr const char* kFormat = "alignboard.cards";
constexpr Kind kKinds[] = {Kind::Person, Kind::Goal, Kind::Strategy, Kind::Product,
                           Kind::Tactic, Kind::Kpi, Kind::Insight};

std::optional<Kind> kind_named(const std::string& name) {
    for (Kind k : kKinds) {
        if (name == collection_name(k)) return k;
    }
    return std::nullopt;
}

// Where a link of a pasted item should point: the copy of a copied item, the item itself when
// the plan has it, or nowhere.
struct Remap {
    const Plan& plan;
    const std::map<std::string, std::string>& ids;
    std::optional<std::string> operator()(const std::string& id) const {
        auto it = ids.find(id);
        if (it != ids.end()) return it->second;
        if (find_item(plan, id)) return id;
        return std::nullopt;
    }
    template <class IdT>
    void set(LinkSet<IdT>& links) const {
        LinkSet<IdT> out;
        for (const IdT& l : links) {
            if (auto to = (*this)(l.value)) out.push_back(IdT{*to});
        }
        links = std::move(out);
    }
    template <class IdT>
    void one(std::optional<IdT>& link) const {
        if (!link) return;
        auto to = (*this)(link->value);
        if (to) link = IdT{*to};
        else link.reset();
    }
};

void remap_links(Item& item, const Remap& remap) {
    std::visit(
        [&](auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (std::is_same_v<T, Goal>) {
                remap.set(it.owners);
                remap.one(it.primary_kpi);
            } else if constexpr (std::is_same_v<T, Strategy>) {
                remap.set(it.goals);
                remap.set(it.owners);
            } else if constexpr (std::is_same_v<T, Product>) {
                remap.set(it.owners);
            } else if constexpr (std::is_same_v<T, Tactic>) {
                remap.set(it.strategies);
                remap.set(it.products);
                remap.set(it.owners);
            } else if constexpr (std::is_same_v<T, Kpi>) {
                if (!it.on.empty()) {
                    auto to = remap(it.on.id);
                    if (to) it.on.id = *to;
                    else it.on = ItemRef{};
                }
                remap.set(it.owners);
            } else if constexpr (std::is_same_v<T, Insight>) {
                remap.one(it.goal);
                remap.one(it.product);
            }
        },
        item);
}

void set_id(Item& item, const std::string& id) {
    std::visit([&](auto& it) { it.id.value = id; }, item);
}

}  // namespace

std::string copy_cards(const Plan& plan, const std::vector<std::string>& ids) {
    nlohmann::ordered_json cards = nlohmann::ordered_json::array();
    std::set<std::string> seen;
    for (const std::string& id : ids) {
        const std::optional<Location> loc = find_item(plan, id);
        if (!loc || !seen.insert(id).second) continue;
        nlohmann::ordered_json card;
        card["kind"] = collection_name(loc->kind);
        card["item"] = item_to_json(item_at(plan, *loc));
        auto pos = plan.layout.find(id);
        if (pos != plan.layout.end()) card["pos"] = {{"x", pos->second.x}, {"y", pos->second.y}};
        cards.push_back(std::move(card));
    }
    if (cards.empty()) return "";
    nlohmann::ordered_json out;
    out["format"] = kFormat;
    out["version"] = 1;
    out["cards"] = std::move(cards);
    return out.dump(2);
}

bool is_card_clipboard(const std::string& text) {
    return text.find(kFormat) != std::string::npos && text.find('{') != std::string::npos;
}

PasteResult paste_cards(const Plan& plan, const std::string& text, double dx, double dy) {
    PasteResult result;
    const nlohmann::ordered_json j = nlohmann::ordered_json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("format", "") != kFormat ||
        !j.contains("cards") || !j["cards"].is_array()) {
        result.error = "The clipboard holds no Alignboard cards.";
        return result;
    }
    if (!j["version"].is_number_integer() || j["version"].get<int>() > 1) {
        result.error = "These cards come from a newer Alignboard: update this page to paste them.";
        return result;
    }
    struct Pending {
        Kind kind;
        Item item;
        std::optional<LayoutPos> pos;
        std::string old_id;
    };
    std::vector<Pending> pending;
    std::map<std::string, std::string> new_ids;
    std::set<std::string> taken;
    for (size_t i = 0; i < j["cards"].size(); ++i) {
        const auto& card = j["cards"][i];
        const std::string path = "cards[" + std::to_string(i) + "]";
        if (!card.is_object() || !card.contains("kind") || !card["kind"].is_string() ||
            !card.contains("item")) {
            result.error = path + ": not a card";
            return result;
        }
        const std::optional<Kind> kind = kind_named(card["kind"].get<std::string>());
        if (!kind) {
            result.error = path + ".kind: unknown kind \"" + card["kind"].get<std::string>() + "\"";
            return result;
        }
        std::vector<Problem> errors;
        std::optional<Item> item = item_from_json(*kind, card["item"], path + ".item", errors);
        if (!item) {
            result.error = errors.empty() ? path + ": not a valid card"
                                          : errors.front().path + ": " + errors.front().message;
            return result;
        }
        const std::string old_id = id_of(*item);
        if (new_ids.count(old_id)) continue;  // the same card twice pastes once
        const std::string id = fresh_id(plan, *kind, taken);
        taken.insert(id);
        new_ids[old_id] = id;
        std::optional<LayoutPos> pos;
        if (card.contains("pos") && card["pos"].is_object() && card["pos"].value("x", nlohmann::ordered_json()).is_number() &&
            card["pos"].value("y", nlohmann::ordered_json()).is_number()) {
            pos = LayoutPos{card["pos"]["x"].get<double>() + dx, card["pos"]["y"].get<double>() + dy, {}};
        }
        pending.push_back(Pending{*kind, std::move(*item), pos, old_id});
    }
    const Remap remap{plan, new_ids};
    for (Pending& p : pending) {
        set_id(p.item, new_ids[p.old_id]);
        remap_links(p.item, remap);
        result.new_ids.push_back(id_of(p.item));
        // A goal is added before its KPIs, so a copied primary KPI is set once it exists.
        if (auto* goal = std::get_if<Goal>(&p.item); goal && goal->primary_kpi) {
            const std::string kpi = goal->primary_kpi->value;
            if (taken.count(kpi)) {
                goal->primary_kpi.reset();
                result.then.push_back(SetField{goal->id.value, "primary_kpi", kpi});
            }
        }
    }
    // Parents first: kinds are declared from the top of the chain down.
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Pending& a, const Pending& b) { return a.kind < b.kind; });
    for (Pending& p : pending) {
        AddItem add;
        add.item = std::move(p.item);
        add.pos = p.pos;
        result.adds.push_back(std::move(add));
    }
    return result;
}

}  // namespace ab
