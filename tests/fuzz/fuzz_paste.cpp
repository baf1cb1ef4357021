// libFuzzer target for pasting: any text on the clipboard (any web page can put some there) must
// give commands or a reason, never a crash, leak or hang; and the plan the commands are applied to
// must still save to text that loads back and saves to the very same bytes. A broken promise aborts.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "commands/card_clipboard.hpp"
#include "document/document.hpp"
#include "model/generator.hpp"
#include "io/plan_json.hpp"

namespace {

void fail(const char* why) {
    std::fprintf(stderr, "fuzz_paste: %s\n", why);
    std::abort();
}

// A small plan with every kind, the same on every run; ids p1, G1, S1, prod1, t1, k1, i1...
const ab::Plan& target() {
    static const ab::Plan plan = [] {
        // goals, strategies, tactics, KPIs, products, people, insights
        return ab::generate_plan(ab::GenSpec{2, 3, 4, 3, 2, 3, 1}, 7);
    }();
    return plan;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)ab::is_card_clipboard(text);
    const ab::PasteResult paste = ab::paste_cards(target(), text, 40, 40);
    if (paste.adds.empty() && paste.error.empty() && !paste.new_ids.empty()) fail("ids without cards to add");
    if (!paste.error.empty()) return 0;

    // Applied as the canvas applies a paste: one undo step. A command may be refused (a card's
    // owner that is a goal in this plan); refusals are answers, not failures.
    ab::Document doc{ab::Plan(target())};
    doc.begin_group("Paste");
    for (const ab::AddItem& add : paste.adds) (void)doc.apply(add);
    for (const ab::SetField& set : paste.then) (void)doc.apply(set);
    doc.end_group();

    const std::string once = ab::save_plan(doc.plan());
    ab::LoadResult back = ab::load_plan(once);
    if (!back.ok()) fail("the plan pasted into does not load back");
    if (ab::save_plan(*back.plan) != once) fail("saving is not byte-stable after a paste");
    if (doc.undo() && ab::save_plan(doc.plan()) != ab::save_plan(target())) fail("undo does not restore the plan");
    return 0;
}
