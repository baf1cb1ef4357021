// Findings as the score engine raises them: one method per finding code, so codes and ids live
// in one place (findings.cpp) and so does the wording (messages.cpp). Each cause
// comes with the component points it would give back if fixed; `finish` turns those into overall
// points (worth), orders them, and only then builds their strings.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "score/score.hpp"
#include "score/graph/graph.hpp"

namespace ab::scoring {

// The overall of one scope (the plan, or one goal's subtree).
struct Overall {
    std::optional<double> raw;
    std::optional<double> cap;
    std::optional<double> overall;
    double completeness = 0;
};

// What a kpi.incomplete message says about KPI k: which SMART checks fail and why, as bits
// (messages.cpp), with the owner count in the high 16 bits.
uint32_t kpi_problems(const ScoreGraph& g, uint32_t k);

// The findings of the previous score and the key of each (parallel vectors), so that scoring
// again after an edit reuses every unchanged finding whole instead of wording it again. A key holds everything a message depends on besides the texts of the plan (names,
// metrics, messages, settings): whoever keeps a memo clears it when those change.
struct FindingMemo {
    struct Key {
        uint32_t code = 0, detail = 0, a = 0, b = 0;
        uint64_t x = 0, y = 0;
        bool operator==(const Key& o) const {
            return code == o.code && detail == o.detail && a == o.a && b == o.b && x == o.x && y == o.y;
        }
    };
    std::vector<Finding> findings;
    std::vector<Key> keys;
    std::vector<uint32_t> table;  // scratch: open addressing, position + 1 in keys
    // Scores since the findings' texts were last copied into one (see finish).
    static constexpr uint32_t kMaxGenerations = 32;
    uint32_t generations = 0;
    void clear() {
        findings.clear();
        keys.clear();
        generations = 0;
    }
};

// Where a piece (an id, a message) sits in the text the findings of one score share.
struct TextSpan {
    uint32_t at = 0, size = 0;
};

class FindingSink {
public:
    explicit FindingSink(const ScoreGraph& graph) : g_(&graph) {}
    // The graph the next findings are about (a sink kept in a copied object points at the copy's).
    void bind(const ScoreGraph& graph) { g_ = &graph; }

    // `gain` below: the points (0-100) the finding's component would rise by if that cause alone
    // were fixed, every other term of its formula unchanged.
    void plan_empty();
    void plan_no_goal(double gain);
    void tactic_untraced(uint32_t t, double gain);
    void goal_no_strategy(uint32_t g, double gain);
    void goal_no_tactic(uint32_t g, double gain);
    void goal_no_budget(uint32_t g, double gain);

    void item_no_kpi(Kind kind, uint32_t index, double gain);
    void kpi_incomplete(uint32_t k, double gain);

    void plan_no_forecast();  // budget_focus cannot be scored
    void push_outranked(uint32_t push, uint32_t product, double gain);
    void push_underfunded(uint32_t push, double share, double fair, double gain);
    void product_overfunded(uint32_t product, double share, double fair, double gain);
    void budget_unassigned(double share, double reserve, double gain);

    void plan_no_big_push();  // integration (and budget_focus) cannot be scored
    void push_missing_channel(uint32_t push, size_t channel, double gain);
    void push_missing_phase(uint32_t push, Phase phase, double gain);
    void tactic_off_message(uint32_t t, uint32_t push, double gain);

    void goal_missing_stage(uint32_t g, size_t stage, double gain);

    void item_owner_count(Kind kind, uint32_t index, uint32_t owners, double gain);
    void goal_one_team(uint32_t g, uint8_t teams, double gain);
    void goal_no_customer_voice(uint32_t g, double gain);

    void tactic_no_return(uint32_t t, double gain);
    void goal_no_target(uint32_t g, double gain);
    void goal_short_return(uint32_t g, double got, double need, double gain);

    // Sets each finding's worth from the plan's scores and returns them most worth first
    // (plan.empty always first; ties by what they would add to the raw score, then code, then
    // ids, then the order they were raised). docs/scoring.md has the formulas.
    // With a memo, findings whose key is in it are taken from it, and the memo's keys become
    // the keys of the returned findings.
    std::vector<Finding> finish(const ComponentScores& components, const Overall& overall,
                                FindingMemo* memo = nullptr);

    // Every code of scoring.md's table, in alphabetical order so that comparing two codes is
    // comparing two small integers.
    enum class Code : uint8_t {
        BudgetUnassigned,
        GoalMissingStage,
        GoalNoBudget,
        GoalNoCustomerVoice,
        GoalNoStrategy,
        GoalNoTactic,
        GoalNoTarget,
        GoalOneTeam,
        GoalShortReturn,
        ItemNoKpi,
        ItemOwnerCount,
        KpiIncomplete,
        PlanEmpty,
        PlanNoBigPush,
        PlanNoForecast,
        PlanNoGoal,
        ProductOverfunded,
        PushMissingChannel,
        PushMissingPhase,
        PushOutranked,
        PushUnderfunded,
        TacticNoReturn,
        TacticOffMessage,
        TacticUntraced,
    };

    static std::string_view code_name(Code c);  // "tactic.untraced"
    static std::optional<Component> code_component(Code c);

private:
    // A finding before it is worded: the words are only built once, after ordering.
    struct Raw {
        Code code;
        uint32_t detail = 0;  // a Kind, a Phase, team bits or what the message says, by code
        uint32_t a = 0;      // the first item concerned (index into its kind's vector)
        uint32_t b = 0;      // the second item, or a channel or stage index
        double x = 0, y = 0; // numbers the message quotes
        double gain = 0;     // component points; for `enables`, the component is unscored
        bool enables = false;  // fixing it lets an unscored component count
    };
    // Adds a finding about item `a` (an index into its kind's vector) for the caller to complete.
    Raw& raise(Code code, uint32_t a = 0, double gain = 0);
    // A finding's ids without allocating (at most two), ordered as scoring.md's ids lists are.
    struct Ids {
        std::string_view id[2];
        uint8_t count = 0;
        bool operator<(const Ids& o) const;
        size_t text_size() const { return (count > 0 ? id[0].size() : 0) + (count > 1 ? id[1].size() : 0); }
    };
    Ids ids_of(const Raw& r) const;
    // Appends the finding's text to `text`: its ids, its message and a NUL.
    void word(const Raw& r, const Ids& ids, std::string& text) const;
    // The same from a finding of the previous score, with these ids; false if it cannot.
    static bool copy_text(const Finding& old, const Ids& ids, std::string& text);
    static bool same_ids(const FindingIds& old, const Ids& ids);
    static FindingMemo::Key key_of(const Raw& r);
    static Finding* take_from_memo(FindingMemo& memo, const FindingMemo::Key& key, size_t slot, size_t mask,
                                   size_t old_n);

    // The first comparisons of the order packed in one integer (plan.empty, worth, local worth,
    // code), then the ids' first bytes and lengths: comparisons need not read the ids' text.
    struct Keyed {
        uint64_t head;
        uint64_t id_prefix;   // first id's first 8 bytes, big-endian
        uint64_t id_prefix2;  // the second id's
        uint32_t shape;       // first id's length (9: longer), second id's, id count: a byte each
        uint32_t index;
    };

    // finish, one function per phase (order.cpp).
    struct KeyRange {
        bool clamped = false;   // a worth out of the range `head` packs: ties compare exact worths
        bool long_ids = false;  // an id of more than 8 bytes, which its prefix does not hold whole
    };
    KeyRange weigh(const ComponentScores& components, const Overall& overall);  // worth, ids, keys
    void order(KeyRange range);                                                 // sorts keys_
    std::shared_ptr<std::string> word_all(FindingMemo* memo);  // the new text; marks memo's taken
    std::vector<Finding> assemble(const std::shared_ptr<std::string>& text);

    const ScoreGraph* g_;
    std::vector<Raw> raw_;
    // finish's work buffers, kept so that a sink used again allocates nothing for them.
    std::vector<Keyed> keys_, sorted_;
    std::vector<Ids> ids_;
    std::vector<double> worth_of_;
    std::vector<long long> exact_;
    std::vector<TextSpan> messages_;  // where each finding's message is in the new text
    std::vector<Finding*> taken_;     // the memo's finding taken whole, or null
    size_t text_size_ = 0;  // of the last findings' text, to allocate the next one at once
};

}  // namespace ab::scoring
