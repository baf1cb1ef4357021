// Readable fresh ids (see model/ids.hpp).
#include "model/ids.hpp"

#include <algorithm>
#include <cctype>

#include "model/kinds.hpp"

namespace ab {
namespace {

// The number after `prefix` in `id` ("m12" -> 12, a participant's "m12-k7q2" -> 12), or -1 when
// `id` is not prefix + digits (+ "-" + anything).
long numbered(const std::string& id, const std::string& prefix) {
    if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0) return -1;
    long n = 0;
    size_t i = prefix.size();
    for (; i < id.size() && id[i] != '-'; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(id[i])) || n > 100000000) return -1;
        n = n * 10 + (id[i] - '0');
    }
    return i == prefix.size() ? -1 : n;  // "m-x" has no number
}

// The id numbered `n` of `prefix`, with the participant's tag when there is one.
std::string make_id(const std::string& prefix, long n, const std::string& tag) {
    std::string id = prefix + std::to_string(n);
    if (!tag.empty()) id += "-" + tag;
    return id;
}

}  // namespace

const char* id_prefix(Kind kind) { return kind_info(kind).id_prefix; }

bool valid_id_tag(const std::string& tag) {
    if (tag.size() > 8) return false;
    for (const char c : tag) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    }
    return true;
}

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
    // No id in the plan has a number after prefix above `top`, so prefix + (top + 1) is free,
    // tagged or not.
    return make_id(prefix, ++top, valid_id_tag(tag_) ? tag_ : "");
}

std::string fresh_id(const Plan& plan, Kind kind, const std::set<std::string>& taken, const std::string& tag) {
    const std::string prefix = id_prefix(kind);
    const std::string& t = valid_id_tag(tag) ? tag : std::string();
    long top = top_number(plan, prefix);
    for (const std::string& id : taken) top = std::max(top, numbered(id, prefix));
    for (long n = top + 1;; ++n) {
        const std::string id = make_id(prefix, n, t);
        if (!taken.count(id) && !find_item(plan, id)) return id;
    }
}

}  // namespace ab
