// The worth of each finding (the overall points fixing that one cause would bring, cap
// included), their order, and their words: built once per finding after ordering, or taken whole
// from the previous score's findings (FindingMemo) when nothing they say has changed.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "score_findings.hpp"

namespace ab::scoring {

namespace {

// Quantized so that native and WASM builds tie the same findings.
long long ordering_key(double v) { return std::llround(v * 1e6); }

}  // namespace

FindingMemo::Key FindingSink::key_of(const Raw& r) {
    FindingMemo::Key k;
    k.code = static_cast<uint32_t>(r.code);
    k.detail = r.detail;
    k.a = r.a;
    k.b = r.b;
    std::memcpy(&k.x, &r.x, sizeof r.x);
    std::memcpy(&k.y, &r.y, sizeof r.y);
    return k;
}

std::vector<Finding> FindingSink::finish(const ComponentScores& components, const Overall& o, FindingMemo* memo) {
    const size_t n = raw_.size();
    std::vector<Keyed>& keys = keys_;
    std::vector<Ids>& ids = ids_;
    std::vector<double>& worth_of = worth_of_;
    std::vector<long long>& exact = exact_;  // worth and local, unclamped, for ties of `head`
    keys.resize(n);
    ids.resize(n);
    worth_of.resize(n);
    exact.resize(2 * n);
    const double base = o.overall.value_or(0);
    constexpr long long kField = (1ll << 28) - 1;
    auto field = [&](long long v) { return static_cast<uint64_t>(kField - std::clamp(v, 0ll, kField)); };
    for (size_t i = 0; i < n; ++i) {
        const Raw& r = raw_[i];
        double worth = 0, local = 0;
        const std::optional<Component> comp = code_component(r.code);
        if (r.code == Code::PlanEmpty) {
            worth = local = 100;
        } else if (comp) {
            const double w = component_weight(*comp);
            double after = base;
            if (r.enables || !components[static_cast<size_t>(*comp)] || !o.raw) {
                // The component would start to count; assume it comes in whole.
                local = w;
                const double raw = o.raw ? (*o.raw * o.completeness + w * 100) / (o.completeness + w) : 100.0;
                after = o.cap ? std::min(raw, *o.cap) : raw;
            } else {
                local = w * r.gain / 100;
                const double raw = *o.raw + w * r.gain / o.completeness;
                after = raw;
                if (o.cap) after = std::min(raw, *o.cap + (*comp == Component::Linkage ? 0.6 * r.gain : 0.0));
            }
            worth = std::max(0.0, after - base);
        }
        ids[i] = ids_of(r);
        uint64_t prefix = 0;
        const std::string_view first = ids[i].count > 0 ? ids[i].id[0] : std::string_view();
        for (size_t c = 0; c < 8; ++c)
            prefix = prefix << 8 | (c < first.size() ? static_cast<unsigned char>(first[c]) : 0u);
        const long long wk = ordering_key(worth), lk = ordering_key(local);
        exact[2 * i] = wk;
        exact[2 * i + 1] = lk;
        const uint64_t head = (r.code == Code::PlanEmpty ? 0ull : 1ull << 62) | field(wk) << 33 | field(lk) << 5 |
                              static_cast<uint64_t>(r.code);
        keys[i] = {head, prefix, static_cast<uint32_t>(i)};
        worth_of[i] = worth;
    }
    // The index breaks the last ties, so plain std::sort gives a stable, deterministic order.
    std::sort(keys.begin(), keys.end(), [&](const Keyed& a, const Keyed& b) {
        if (a.head != b.head) return a.head < b.head;
        const long long* ea = &exact[2 * a.index];
        const long long* eb = &exact[2 * b.index];
        if (ea[0] != eb[0]) return ea[0] > eb[0];  // only differs past the packed range
        if (ea[1] != eb[1]) return ea[1] > eb[1];
        if (a.id_prefix != b.id_prefix) return a.id_prefix < b.id_prefix;
        if (ids[a.index] < ids[b.index]) return true;
        if (ids[b.index] < ids[a.index]) return false;
        return a.index < b.index;
    });

    // Reuse: the previous findings by key, each taken at most once.
    const size_t old_n = memo ? memo->keys.size() : 0;
    size_t mask = 0;
    auto hash = [](const FindingMemo::Key& k) {
        uint64_t h = (static_cast<uint64_t>(k.code) << 32 | k.detail) * 0x9E3779B97F4A7C15ull;
        h = (h ^ (static_cast<uint64_t>(k.a) << 32 | k.b)) * 0xBF58476D1CE4E5B9ull;
        h = (h ^ k.x) * 0x94D049BB133111EBull;
        h = (h ^ k.y) * 0x9E3779B97F4A7C15ull;
        return h ^ (h >> 29);
    };
    if (old_n > 0 && memo->findings.size() == old_n) {
        size_t cap = 16;
        while (cap < old_n * 2) cap <<= 1;
        mask = cap - 1;
        memo->table.assign(cap, 0);
        for (size_t j = 0; j < old_n; ++j) {
            size_t s = hash(memo->keys[j]) & mask;
            while (memo->table[s] != 0) s = (s + 1) & mask;
            memo->table[s] = static_cast<uint32_t>(j + 1);
        }
    }
    if (mask != 0) memo->keys.push_back(FindingMemo::Key{0xFFFFFFFFu});  // what taken slots point to
    std::vector<FindingMemo::Key> new_keys;
    if (memo) new_keys.reserve(n);

    std::vector<Finding> out;
    out.reserve(n);
    for (const Keyed& k : keys) {
        const Raw& r = raw_[k.index];
        bool reused = false;
        if (memo) {
            const FindingMemo::Key key = key_of(r);
            new_keys.push_back(key);
            if (mask != 0) {
                for (size_t s = hash(key) & mask; memo->table[s] != 0; s = (s + 1) & mask) {
                    const uint32_t j = memo->table[s] - 1;
                    if (!(memo->keys[j] == key)) continue;
                    memo->table[s] = static_cast<uint32_t>(old_n + 1);  // taken: never equal again
                    out.push_back(std::move(memo->findings[j]));
                    reused = true;
                    break;
                }
            }
        }
        if (!reused) {
            out.emplace_back();
            word(r, ids[k.index], out.back());
        }
        out.back().worth = worth_of[k.index];
    }
    if (memo) {
        memo->keys = std::move(new_keys);
        memo->findings.clear();
    }
    raw_.clear();
    return out;
}

}  // namespace ab::scoring
