// Property: the document's incremental scores (ScoreSession) equal a fresh score_plan of the same
// plan, field by field, findings and their order included, after random command sequences with
// undo, redo, groups, cancelled groups and what-ifs on generated plans.
#include <catch2/catch.hpp>

#include "commands/command.hpp"
#include "document/document.hpp"
#include "model/generator.hpp"

using namespace ab;

namespace {

// Equal bit for bit: the session must compute what score_plan computes, not something close.
void require_same(const Scores& got, const Scores& want) {
    REQUIRE(got.overall == want.overall);
    REQUIRE(got.raw == want.raw);
    REQUIRE(got.cap == want.cap);
    REQUIRE(got.completeness == want.completeness);
    REQUIRE(got.components == want.components);
    REQUIRE(got.goals.size() == want.goals.size());
    for (size_t i = 0; i < want.goals.size(); ++i) {
        INFO("goal " << want.goals[i].first);
        REQUIRE(got.goals[i].first == want.goals[i].first);
        REQUIRE(got.goals[i].second.overall == want.goals[i].second.overall);
        REQUIRE(got.goals[i].second.components == want.goals[i].second.components);
    }
    REQUIRE(got.strategies == want.strategies);
    REQUIRE(got.tactics == want.tactics);
    REQUIRE(got.findings.size() == want.findings.size());
    for (size_t i = 0; i < want.findings.size(); ++i) {
        const Finding& a = got.findings[i];
        const Finding& b = want.findings[i];
        INFO("finding " << i << ": " << b.code << " " << b.message);
        REQUIRE(a.code == b.code);
        REQUIRE(a.component == b.component);
        REQUIRE(a.ids == b.ids);
        REQUIRE(a.message == b.message);
        REQUIRE(a.worth == b.worth);
    }
}

template <class V>
std::string pick_id(Rng& rng, const V& items) {
    return items.empty() ? std::string("none") : items[rng.below(items.size())].id.value;
}

nlohmann::json random_value(Rng& rng, const std::string& field) {
    if (field == "phase") return std::vector<const char*>{"pre", "launch", "post", ""}[rng.below(4)];
    if (field == "stage") return std::vector<const char*>{"awareness", "consideration", "purchase", "loyalty", ""}[rng.below(5)];
    if (field == "channel") return std::vector<const char*>{"email", "social", "events", "tv"}[rng.below(4)];
    if (field == "dir") return rng.chance(0.5) ? "up" : "down";
    if (field == "big_push") return rng.chance(0.5);
    if (field == "due" || field == "start" || field == "end")
        return std::vector<const char*>{"2026-03-01", "2027-06-30", "2025-01-15", "2026-12-31"}[rng.below(4)];
    if (field == "name" || field == "metric" || field == "message" || field == "key_message" || field == "unit")
        return rng.chance(0.2) ? std::string() : "text" + std::to_string(rng.below(4));
    if (rng.chance(0.15)) return nullptr;
    return static_cast<double>(rng.below(5000)) / (rng.chance(0.3) ? 100.0 : 1.0);
}

// Mostly edits the session handles incrementally (fields and links of existing items), some it
// answers with a full rescore (new and removed items, people, settings).
Command random_session_command(Rng& rng, const Plan& p, int serial) {
    switch (rng.below(12)) {
        case 0: case 1: return Link{pick_id(rng, p.tactics), rng.chance(0.7) ? pick_id(rng, p.strategies) : pick_id(rng, p.products)};
        case 2: return Unlink{pick_id(rng, p.tactics), rng.chance(0.7) ? pick_id(rng, p.strategies) : pick_id(rng, p.products)};
        case 3: return rng.chance(0.5) ? Command(Link{pick_id(rng, p.strategies), pick_id(rng, p.goals)})
                                       : Command(Unlink{pick_id(rng, p.strategies), pick_id(rng, p.goals)});
        case 4: {
            static const char* const kFields[] = {"budget", "expected_return", "name", "phase", "stage", "channel",
                                                  "message", "start", "end"};
            const char* f = kFields[rng.below(std::size(kFields))];
            return SetField{pick_id(rng, p.tactics), f, random_value(rng, f)};
        }
        case 5: {
            static const char* const kFields[] = {"baseline", "target", "metric", "unit", "dir", "due"};
            const char* f = kFields[rng.below(std::size(kFields))];
            return SetField{pick_id(rng, p.kpis), f, random_value(rng, f)};
        }
        case 6: {
            if (rng.chance(0.5)) return Link{pick_id(rng, p.kpis), rng.chance(0.5) ? pick_id(rng, p.goals) : pick_id(rng, p.tactics)};
            static const char* const kFields[] = {"weight", "name"};
            const char* f = kFields[rng.below(2)];
            return SetField{pick_id(rng, p.goals), f, random_value(rng, f)};
        }
        case 7: {
            static const char* const kFields[] = {"forecast", "big_push", "key_message", "name"};
            const char* f = kFields[rng.below(4)];
            return SetField{pick_id(rng, p.products), f, random_value(rng, f)};
        }
        case 8: {  // owners
            const std::string person = pick_id(rng, p.people);
            const std::string item = rng.chance(0.5) ? pick_id(rng, p.tactics) : rng.chance(0.5) ? pick_id(rng, p.kpis) : pick_id(rng, p.strategies);
            return rng.chance(0.5) ? Command(Link{item, person}) : Command(Unlink{item, person});
        }
        case 9: {
            if (rng.chance(0.5)) return RemoveItems{{rng.chance(0.5) ? pick_id(rng, p.tactics) : pick_id(rng, p.strategies)}};
            Tactic t;
            t.id.value = "new" + std::to_string(serial);
            t.strategies.push_back({pick_id(rng, p.strategies)});
            t.budget = static_cast<double>(rng.below(10000));
            return AddItem{t, LayoutPos{0, 0, Extra::object()}, std::nullopt};
        }
        case 10: return rng.chance(0.5) ? Command(SetField{"", "brand_reserve", rng.unit()})
                                        : Command(SetField{pick_id(rng, p.people), "team", rng.chance(0.5) ? "sales" : "marketing"});
        default: return MoveItems{{{pick_id(rng, p.tactics), LayoutPos{double(rng.below(900)), 5, Extra::object()}}}};
    }
}

}  // namespace

TEST_CASE("incremental document scores equal a fresh full score after random command sequences", "[score][property]") {
    Rng seeds(7771);
    int applied = 0, refused = 0;
    for (int seq = 0; seq < 120; ++seq) {
        const uint64_t seed = seeds.next();
        GenSpec spec;
        spec.goals = 2 + seed % 4;
        spec.strategies = 3 + seed % 6;
        spec.tactics = 8 + seed % 25;
        spec.kpis = 3 + seed % 10;
        spec.products = 2 + seed % 4;
        spec.people = 3 + seed % 4;
        spec.insights = seed % 3;
        Document doc(generate_plan(spec, seed));
        Rng rng(seed ^ 0xabcdefull);
        INFO("sequence " << seq << ", seed " << seed);
        require_same(doc.scores(), score_plan(doc.plan()));
        bool grouped = false;
        const int steps = 20 + static_cast<int>(rng.below(40));
        for (int i = 0; i < steps; ++i) {
            INFO("step " << i);
            const size_t action = rng.below(10);
            if (action == 0 && !grouped) {
                doc.begin_group("drag");
                grouped = true;
            } else if (action == 0 && grouped) {
                if (rng.chance(0.4)) doc.cancel_group();
                else doc.end_group();
                grouped = false;
            } else if (action == 1) {
                doc.undo();
            } else if (action == 2) {
                doc.redo();
            } else if (action == 3) {
                const Command cmd = random_session_command(rng, doc.plan(), i);
                const std::optional<Scores> preview = doc.what_if(cmd);
                if (preview) {
                    Plan after = doc.plan();
                    apply_edits(after, compile(doc.plan(), cmd).edits);
                    require_same(*preview, score_plan(after));
                }
            } else {
                (doc.apply(random_session_command(rng, doc.plan(), i)).ok ? applied : refused)++;
            }
            // Read the scores only now and then, so edits pile up between two reads.
            if (rng.chance(0.6)) require_same(doc.scores(), score_plan(doc.plan()));
        }
        if (grouped) doc.cancel_group();
        require_same(doc.scores(), score_plan(doc.plan()));
    }
    // The generator must mostly produce commands that apply, or the property says little.
    CHECK(applied > 2 * refused);
}
