// Copy and paste of cards (see card_clipboard.hpp).
#include "commands/card_clipboard.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "i18n/i18n.hpp"
#include "io/json_fields.hpp"
#include "io/json/ordered.hpp"
#include "model/ids.hpp"
#include "model/index.hpp"
#include "io/plan_json.hpp"

namespace ab {
namespace {

using OJ = nlohmann::ordered_json;

constexpr const char* kFormat = "alignboard.cards";
constexpr Kind kKinds[] = {Kind::Person, Kind::Goal, Kind::Strategy, Kind::Product,
                           Kind::Tactic, Kind::Kpi, Kind::Insight};

std::optional<Kind> kind_named(const std::string& name) {
    for (Kind k : kKinds) {
        if (name == collection_name(k)) return k;
    }
    return std::nullopt;
}

// The member `key` of `v` when `v` is an object that has it; never throws.
const OJ* member(const OJ& v, const char* key) {
    if (!v.is_object()) return nullptr;
    auto it = v.find(key);
    return it == v.end() ? nullptr : &*it;
}

// Where a link of a pasted item should point: the copy of a copied item, the item itself when
// the plan has it, or nowhere.
struct Remap {
    const PlanIndex& plan;
    const std::unordered_map<std::string, std::string>& ids;
    std::optional<std::string> operator()(const std::string& id) const {
        auto it = ids.find(id);
        if (it != ids.end()) return it->second;
        if (plan.contains(id)) return id;
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
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

bool is_card_clipboard(const std::string& text) {
    return text.find(kFormat) != std::string::npos && text.find('{') != std::string::npos;
}

namespace {

// The cards array of clipboard text, or null with `error` set. Any web page can put text on the
// clipboard: it is read as the plan reader reads a file (size cap, linear parse, bounded
// nesting, find() with type checks, nothing that throws).
const OJ* clipboard_cards(const std::string& text, OJ& j, std::string& error) {
    if (text.size() > kMaxPlanTextBytes) {
        error = i18n::tr("refuse.clipboard_too_big");
        return nullptr;
    }
    std::string parse_error;
    if (!plan_io::parse_ordered(text, j, parse_error) || !j.is_object()) {
        error = i18n::tr("refuse.clipboard_no_cards");
        return nullptr;
    }
    const OJ* format = member(j, "format");
    const OJ* cards = member(j, "cards");
    if (format == nullptr || !format->is_string() || format->get_ref<const std::string&>() != kFormat ||
        cards == nullptr || !cards->is_array()) {
        error = i18n::tr("refuse.clipboard_no_cards");
        return nullptr;
    }
    const OJ* version = member(j, "version");
    if (version == nullptr || !version->is_number_unsigned()) {
        error = i18n::tr("refuse.clipboard_no_version");
        return nullptr;
    }
    if (version->get<std::uint64_t>() > 1) {
        error = i18n::tr("refuse.clipboard_newer");
        return nullptr;
    }
    return cards;
}

// A card read from the clipboard, before its new id and links are set.
struct Pending {
    Kind kind;
    Item item;
    std::optional<LayoutPos> pos;
    std::string old_id;
};

// Card `i` (its kind, item and position moved by dx, dy), or nullopt with `error` set.
std::optional<Pending> read_card(const OJ& card, size_t i, double dx, double dy, std::string& error) {
    const std::string path = plan_io::index_path("cards", i);
    const OJ* kind_name = member(card, "kind");
    const OJ* item_json = member(card, "item");
    if (kind_name == nullptr || !kind_name->is_string() || item_json == nullptr) {
        error = path + ": " + i18n::tr("refuse.not_a_card");
        return std::nullopt;
    }
    const std::optional<Kind> kind = kind_named(kind_name->get_ref<const std::string&>());
    if (!kind) {
        error = path + ".kind: " + i18n::tr("refuse.unknown_kind", {{"kind", plan_io::literal(kind_name->get_ref<const std::string&>())}});
        return std::nullopt;
    }
    std::vector<Problem> errors;
    std::optional<Item> item = item_from_json(*kind, *item_json, path + ".item", errors);
    if (!item) {
        error = errors.empty() ? path + ": " + i18n::tr("refuse.not_valid_card") : errors.front().path + ": " + errors.front().message;
        return std::nullopt;
    }
    std::optional<LayoutPos> pos;
    if (const OJ* at = member(card, "pos")) {
        const OJ* x = member(*at, "x");
        const OJ* y = member(*at, "y");
        if (x != nullptr && y != nullptr && x->is_number() && y->is_number()) {
            const double px = x->get<double>() + dx, py = y->get<double>() + dy;
            if (std::isfinite(px) && std::isfinite(py)) pos = LayoutPos{px, py, {}};
        }
    }
    const std::string old_id = id_of(*item);
    return Pending{*kind, std::move(*item), pos, old_id};
}

}  // namespace

PasteResult paste_cards(const Plan& plan, const std::string& text, double dx, double dy,
                        const std::string& id_tag) {
    PasteResult result;
    OJ j;
    const OJ* cards = clipboard_cards(text, j, result.error);
    if (cards == nullptr) return result;
    std::vector<Pending> pending;
    std::unordered_map<std::string, std::string> new_ids;
    std::unordered_set<std::string> taken;
    FreshIds fresh(plan, id_tag);
    const auto& list = cards->get_ref<const OJ::array_t&>();
    for (size_t i = 0; i < list.size(); ++i) {
        std::optional<Pending> card = read_card(list[i], i, dx, dy, result.error);
        if (!card) return result;
        if (new_ids.count(card->old_id)) continue;  // the same card twice pastes once
        const std::string id = fresh.next(card->kind);
        taken.insert(id);
        new_ids[card->old_id] = id;
        pending.push_back(std::move(*card));
    }
    const PlanIndex index(plan);
    const Remap remap{index, new_ids};
    for (Pending& p : pending) {
        set_id(p.item, new_ids.find(p.old_id)->second);  // every pending card has its new id
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
