// Property: 1,000 random command sequences on random plans. Whatever is applied, the plan stays
// a valid file (it saves and loads back with no error or warning), and undoing everything returns
// the original plan byte for byte.
#include <catch2/catch.hpp>

#include "commands/command.hpp"
#include "document/document.hpp"
#include "model/generator.hpp"
#include "io/plan_json.hpp"

using namespace ab;

namespace {

std::vector<std::string> all_ids(const Plan& p) {
    std::vector<std::string> ids;
    auto add = [&](const auto& vec) {
        for (const auto& it : vec) ids.push_back(it.id.value);
    };
    add(p.people);
    add(p.goals);
    add(p.strategies);
    add(p.products);
    add(p.tactics);
    add(p.kpis);
    add(p.insights);
    return ids;
}

Item random_new_item(Rng& rng, const Plan& p, int serial) {
    const std::string id = "new" + std::to_string(serial);
    switch (rng.below(5)) {
        case 0: {
            Goal g;
            g.id.value = id;
            g.name = "Goal " + id;
            return g;
        }
        case 1: {
            Strategy s;
            s.id.value = id;
            if (!p.goals.empty()) s.goals.push_back(p.goals[rng.below(p.goals.size())].id);
            return s;
        }
        case 2: {
            Tactic t;
            t.id.value = id;
            if (!p.strategies.empty()) t.strategies.push_back(p.strategies[rng.below(p.strategies.size())].id);
            t.budget = static_cast<double>(rng.below(10000));
            t.channel = "email";
            return t;
        }
        case 3: {
            Kpi k;
            k.id.value = id;
            if (!p.tactics.empty()) k.on = {Kind::Tactic, p.tactics[rng.below(p.tactics.size())].id.value};
            k.target = 10;
            return k;
        }
        default: {
            Person person;
            person.id.value = id;
            person.team = "sales";
            return person;
        }
    }
}

Command random_history_command(Rng& rng, const Plan& p, int serial) {
    const auto ids = all_ids(p);
    auto any_id = [&]() { return ids.empty() ? std::string("none") : ids[rng.below(ids.size())]; };
    switch (rng.below(8)) {
        case 0: return AddItem{random_new_item(rng, p, serial), LayoutPos{double(rng.below(900)), double(rng.below(900)), Extra::object()}, std::nullopt};
        case 1: return RemoveItems{{any_id()}};
        case 2: return Link{any_id(), any_id()};
        case 3: return Unlink{any_id(), any_id()};
        case 4: return MoveItems{{{any_id(), LayoutPos{double(rng.below(2000)), double(rng.below(2000)), Extra::object()}}}};
        case 5: {
            static const char* const kFields[] = {"budget", "name", "phase", "weight", "target", "channel"};
            nlohmann::json value;
            switch (rng.below(4)) {
                case 0: value = static_cast<double>(rng.below(100000)); break;
                case 1: value = "launch"; break;
                case 2: value = nullptr; break;
                default: value = -3; break;
            }
            return SetField{any_id(), kFields[rng.below(std::size(kFields))], value};
        }
        case 6: return SetField{"", "brand_reserve", rng.unit()};
        default: return RemoveItems{{any_id(), any_id(), any_id()}};
    }
}

}  // namespace

TEST_CASE("random command sequences keep the plan valid and undoing all of them restores it", "[document][commands][property]") {
    Rng seeds(20261126);
    int applied = 0;
    for (int seq = 0; seq < 1000; ++seq) {
        const uint64_t seed = seeds.next();
        GenSpec spec;
        spec.goals = 1 + seed % 3;
        spec.strategies = 2 + seed % 4;
        spec.tactics = 3 + seed % 9;
        spec.kpis = seed % 5;
        Document doc(generate_plan(spec, seed));
        const std::string original = save_plan(doc.plan());
        Rng rng(seed ^ 0x5eedull);
        const int steps = 5 + static_cast<int>(rng.below(20));
        bool grouped = false;
        for (int i = 0; i < steps; ++i) {
            if (!grouped && rng.chance(0.1)) {
                doc.begin_group("group");
                grouped = true;
            } else if (grouped && rng.chance(0.3)) {
                if (rng.chance(0.3)) {
                    doc.cancel_group();
                } else {
                    doc.end_group();
                }
                grouped = false;
            }
            const Command cmd = random_history_command(rng, doc.plan(), i);
            const std::string before = save_plan(doc.plan());
            ApplyResult r = doc.apply(cmd);
            if (r.ok) {
                ++applied;
            } else {
                INFO("refused " << command_to_json(cmd).dump() << ": " << r.error);
                REQUIRE(save_plan(doc.plan()) == before);  // a refusal changes nothing
            }
            LoadResult reread = load_plan(save_plan(doc.plan()));
            INFO("seed " << seed << " step " << i << " " << command_to_json(cmd).dump());
            REQUIRE(reread.ok());
            REQUIRE(reread.warnings.empty());
        }
        if (grouped) doc.end_group();
        while (doc.undo()) {
        }
        INFO("seed " << seed);
        REQUIRE(save_plan(doc.plan()) == original);
    }
    CHECK(applied > 5000);  // the generator must produce mostly valid commands to mean anything
}
