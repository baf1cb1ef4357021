// Readable fresh ids (see model/ids.hpp).
#include "model/ids.hpp"

#include <algorithm>
#include <cctype>

#include "model/kinds.hpp"

namespace ab {
namespace {

// The number after `prefix` in `id` ("m12" -> 12), or -1 when `id` is not prefix + digits.
long numbered(const std::string& id, const std::string& prefix) {
    if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) return -1;
    long n = 0;
    for (size_t i = prefix.size(); i < id.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(id[i])) || n > 100000000) return -1;
        n = n * 10 + (id[i] - '0');
    }
    return n;
}

}  // namespace

const char* id_prefix(Kind kind) { return kind_info(kind).id_prefix; }

namespace {

// The highest number after `prefix` among the plan's ids (0 when none).
long top_number(const Plan& plan, const std::string& prefix) {
    long top = 0;
    auto scan = [&](const auto& items) {
        for (const auto& it : items) top = std::max(top, numbered(it.id.value, prefix));
    };
    scan(plan.people);
    scan(plan.goals);
    scan(plan.strategies);
    scan(plan.products);
    scan(plan.tactics);
    scan(plan.kpis);
    scan(plan.insights);
    return top;
}

}  // namespace

std::string FreshIds::next(Kind kind) {
    const std::string prefix = id_prefix(kind);
    long& top = top_[static_cast<int>(kind)];
    if (top < 0) top = top_number(plan_, prefix);
    // No id in the plan has a number after prefix above `top`, so prefix + (top + 1) is free.
    return prefix + std::to_string(++top);
}

std::string fresh_id(const Plan& plan, Kind kind, const std::set<std::string>& taken) {
    const std::string prefix = id_prefix(kind);
    long top = top_number(plan, prefix);
    for (const std::string& id : taken) top = std::max(top, numbered(id, prefix));
    for (long n = top + 1;; ++n) {
        const std::string id = prefix + std::to_string(n);
        if (!taken.count(id) && !find_item(plan, id)) return id;
    }
}

}  // namespace ab
