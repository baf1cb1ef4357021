// libFuzzer target for the plan reader: any bytes must give problems or a plan, never a crash,
// leak or hang; and a plan that loads must save to text that loads back and saves to the very
// same bytes (the round-trip promise of plan-format.md). A broken promise aborts.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/plan_json.hpp"

namespace {

void fail(const char* why) {
    std::fprintf(stderr, "fuzz_reader: %s\n", why);
    std::abort();
}

// Items written alone must read back alone, as the commands that edit one item rely on.
template <class T>
void check_items(const std::vector<T>& items) {
    size_t checked = 0;
    for (const auto& it : items) {
        if (++checked > 20) return;
        std::vector<ab::Problem> errors;
        const std::string text = ab::item_to_json(ab::Item(it)).dump();
        auto back = ab::item_from_json(ab::kind_of(ab::Item(it)), nlohmann::json::parse(text, nullptr, false), "", errors);
        if (!back || !errors.empty()) fail("a loaded item does not read back through item_from_json");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ab::LoadResult first = ab::load_plan(text);
    if (first.ok() != first.errors.empty()) fail("a plan came back together with errors");
    if (!first.ok()) return 0;

    const std::string once = ab::save_plan(*first.plan);
    ab::LoadResult second = ab::load_plan(once);
    if (!second.ok()) fail("a saved plan does not load back");
    if (ab::save_plan(*second.plan) != once) fail("saving is not byte-stable across a round trip");
    // The compact form is the same plan, counts the same against the cap, and stays within the
    // growth the reader relies on to skip measuring small plans.
    const std::string compact = ab::save_plan_compact(*first.plan);
    if (ab::compact_size(once) != compact.size() - 1) fail("pretty and compact text differ in compact size");
    if (compact.size() - 1 > ab::kMaxSavedGrowth * ab::compact_size(text) + ab::kSavedOverhead) {
        fail("a saved plan grew past kMaxSavedGrowth");
    }
    ab::LoadResult third = ab::load_plan(compact);
    if (!third.ok() || ab::save_plan(*third.plan) != once) fail("the compact text is not the same plan");

    const ab::Plan& p = *second.plan;
    check_items(p.people);
    check_items(p.goals);
    check_items(p.strategies);
    check_items(p.products);
    check_items(p.tactics);
    check_items(p.kpis);
    check_items(p.insights);
    return 0;
}
