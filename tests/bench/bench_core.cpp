// Core benchmarks, native and WASM (same source): load, validate and save the 10,000-item plan,
// score it in full, outline it (export/outline.hpp), go from one edit to current scores, and write the score JSON of plans with
// 40,000 and 80,000 tactics, tidy the 10k plan's board and draw it as SVG. Prints `bench <name> <value> <unit>`.
// Reports the median of several runs so one slow run on a busy machine does not decide.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "../core/io/hostile_plans.hpp"
#include "document/document.hpp"
#include "export/outline.hpp"
#include "export/svg/svg.hpp"
#include "model/generator.hpp"
#include "io/plan_json.hpp"
#include "layout/tidy.hpp"
#include "score/score.hpp"

using namespace ab;

namespace {

#ifdef __EMSCRIPTEN__
const char* const kPlatform = "wasm";
#else
const char* const kPlatform = "native";
#endif

// Untimed warm-up runs first: node's baseline WASM compiler only hands hot functions to the
// optimizing tier after a couple of dozen calls, and we measure the engine, not that warm-up.
double median_ms(int runs, const std::function<void()>& body, int warmup = 25) {
    for (int i = 0; i < warmup; ++i) body();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        body();
        const auto t1 = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const std::string& name, size_t n, double ms) {
    std::printf("bench %s.n%zu.%s %.3f ms\n", name.c_str(), n, kPlatform, ms);
}

// One load of a hostile shape of issue 14, named with its size in KB: a regression to the old
// quadratic passes shows here long before it reaches the tests' 1 s guard.
void report_shape(const std::string& shape, const std::string& text) {
    volatile size_t sink = 0;
    const double ms = median_ms(3, [&] { sink = sink + load_plan(text).errors.size(); }, 1);
    std::printf("bench load.%s.%zukb.%s %.3f ms\n", shape.c_str(), text.size() / 1024, kPlatform, ms);
}

}  // namespace

int main() {
    const Plan plan = generate_plan(bench_spec_10k(), 42);
    const size_t n = item_count(plan);
    const std::string text = save_plan(plan);

    volatile size_t sink = 0;
    report("load", n, median_ms(9, [&] {
        LoadResult r = load_plan(text);
        sink = sink + (r.ok() ? r.plan->tactics.size() : 0);
    }));
    // Validate = a load whose plan is thrown away: the CLI's `validate` does exactly this.
    report("validate", n, median_ms(9, [&] { sink = sink + load_plan(text).errors.size(); }));
    report("save", n, median_ms(9, [&] { sink = sink + save_plan(plan).size(); }));
    report("save_compact", n, median_ms(9, [&] { sink = sink + save_plan_compact(plan).size(); }));
    report_shape("stages_x_tactics", test::stages_times_tactics(12000, 6000));
    report_shape("stages_x_tactics", test::stages_times_tactics(200000, 130000, 40));
    report_shape("empty_tactics", test::empty_tactics(kMaxPlanBytes - 64));
    report_shape("owners_60000", test::many_owners(60000));
    // Tidy the 10k plan's board (10,000 column cards): named by card count, as the issue asks.
    {
        const double ms = median_ms(5, [&] { sink = sink + layout::tidy(plan).size(); }, 1);
        std::printf("bench tidy.cards10000.%s %.3f ms\n", kPlatform, ms);
    }
    // The 10k plan's picture with badges and its plan inside (export/svg/svg.hpp), and its size.
    {
        const Scores scores = score_plan(plan);
        size_t bytes = 0;
        const double ms = median_ms(5, [&] { bytes = export_svg(plan, &scores).size(); }, 1);
        std::printf("bench svg.cards10000.%s %.3f ms\n", kPlatform, ms);
        std::printf("bench svg_size.cards10000.%s %.0f kB\n", kPlatform, double(bytes) / 1024);
    }
    // The accessible mirror's outline of the 10k plan with its JSON, what one edit costs the page
    // (web/a11y): a name lookup per link once made it take seconds.
    {
        const Scores scores = score_plan(plan);
        const double ms = median_ms(5, [&] { sink = sink + outline_to_json(plan_outline(plan, scores)).dump().size(); }, 1);
        std::printf("bench outline.cards10000.%s %.3f ms\n", kPlatform, ms);
    }
    report("score.full", n, median_ms(15, [&] { sink = sink + score_plan(plan).findings.size(); }));

    // One edit to current scores: link one tactic, read the scores (then undo, untimed).
    Document doc{Plan(plan)};
    (void)doc.scores();
    std::string tactic = plan.tactics[7].id.value;
    std::string strategy = plan.strategies[3].id.value;
    for (const auto& s : plan.strategies) {
        bool linked = false;
        for (const auto& l : plan.tactics[7].strategies) linked = linked || l == s.id;
        if (!linked) {
            strategy = s.id.value;
            break;
        }
    }
    std::vector<double> times;
    for (int i = 0; i < 40; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        doc.apply(Link{tactic, strategy});
        sink = sink + doc.scores().findings.size();
        const auto t1 = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        doc.undo();
    }
    times.erase(times.begin(), times.begin() + 25);  // warm-up, as in median_ms
    std::sort(times.begin(), times.end());
    report("edit_to_scores", n, times[times.size() / 2]);
    report("what_if", n, median_ms(9, [&] {
        auto s = doc.what_if(Link{tactic, strategy});
        sink = sink + (s ? s->findings.size() : 0);
    }));

    // The score JSON of plans with 40,000 and 80,000 tactics (the 10k plan's shape, scaled): the
    // ids objects were built by a linear search per key, 3 s and 10 s; named by tactic count.
    for (size_t tactics : {size_t{40000}, size_t{80000}}) {
        GenSpec spec = bench_spec_10k();
        const size_t scale = tactics / spec.tactics + 1;
        spec.goals *= scale;
        spec.strategies *= scale;
        spec.kpis *= scale;
        spec.tactics = tactics;
        const Scores big = score_plan(generate_plan(spec, 42));
        const double ms = median_ms(5, [&] { sink = sink + scores_to_json(big).dump(2).size(); }, 1);
        std::printf("bench score_json.tactics%zu.%s %.3f ms\n", tactics, kPlatform, ms);
    }
    return 0;
}
