// The worth of each finding (the overall points fixing that one cause would bring, cap
// included), their order, and their words: built once per finding after ordering, or taken whole
// from the previous score's findings (FindingMemo) when nothing they say has changed.
//
// Sections: helpers (id prefixes, the radix sort by head) | the memo (same_ids, copy_text,
// take_from_memo, key_of) | finish, one function per phase: weigh (worth and sort keys), order,
// word_all (new words or the memo's), assemble (the findings).
#include <algorithm>
#include <cmath>
#include <cstring>

#include "score/findings.hpp"

namespace ab::scoring {

namespace {

// An id's first 8 bytes, big-endian and padded with zeros, so that comparing two prefixes
// compares the ids (up to their lengths, for ids of 8 bytes or less).
uint64_t prefix_of(std::string_view id) {
    const size_t n = std::min<size_t>(id.size(), 8);
    uint64_t prefix = 0;
    for (size_t c = 0; c < n; ++c) prefix = prefix << 8 | static_cast<unsigned char>(id[c]);
    return n == 0 ? 0 : prefix << (8 * (8 - n));
}

// Quantized so that native and WASM builds tie the same findings.
long long ordering_key(double v) { return std::llround(v * 1e6); }

std::string_view view(const std::string& text, TextSpan s) { return {text.data() + s.at, s.size}; }

// Orders keys by head alone, keeping the order of equal heads: least significant byte first,
// skipping the bytes every head shares. A plain sort of thousands of findings was mostly
// mispredicted branches; heads rarely tie, so this leaves little for the full comparison.
template <class K>
void sort_by_head(std::vector<K>& keys, std::vector<K>& buf) {
    const size_t n = keys.size();
    static thread_local uint32_t count[8][256];
    std::memset(count, 0, sizeof count);
    for (const K& k : keys)
        for (int b = 0; b < 8; ++b) ++count[b][(k.head >> (8 * b)) & 0xFF];
    buf.resize(n);
    for (int b = 0; b < 8; ++b) {
        uint32_t* c = count[b];
        if (c[(keys[0].head >> (8 * b)) & 0xFF] == n) continue;  // all alike in this byte
        uint32_t at = 0;
        for (int v = 0; v < 256; ++v) {
            const uint32_t m = c[v];
            c[v] = at;
            at += m;
        }
        for (const K& k : keys) buf[c[(k.head >> (8 * b)) & 0xFF]++] = k;
        keys.swap(buf);
    }
}

}  // namespace

bool FindingSink::same_ids(const FindingIds& old, const Ids& ids) {
    // A finding with the same key has the same ids: a key holds the items' indexes, and any
    // change of an id or of indexes rescores in full, without a memo (the property test compares
    // with full scores). Counts and lengths are a cheap guard; comparing bytes was not cheap.
    if (old.size() != ids.count) return false;
    for (uint8_t j = 0; j < ids.count; ++j)
        if (old[j].size() != ids.id[j].size()) return false;
    return true;
}

bool FindingSink::copy_text(const Finding& old, const Ids& ids, std::string& text) {
    // Its ids, its message and the NUL are one piece of its text when it came from finish.
    if (!same_ids(old.ids, ids)) return false;
    const char* first = old.message.data();
    for (uint8_t j = ids.count; j-- > 0;) {
        first -= ids.id[j].size();
        if (old.ids[j].data() != first) return false;
    }
    const char* last = old.message.data() + old.message.size() + 1;
    if (last[-1] != '\0') return false;
    text.append(first, static_cast<size_t>(last - first));
    return true;
}

// The previous finding with `key`, if any and not taken yet; marks it taken.
Finding* FindingSink::take_from_memo(FindingMemo& memo, const FindingMemo::Key& key, size_t slot, size_t mask,
                                           size_t old_n) {
    for (; memo.table[slot] != 0; slot = (slot + 1) & mask) {
        const uint32_t j = memo.table[slot] - 1;
        if (!(memo.keys[j] == key)) continue;
        memo.table[slot] = static_cast<uint32_t>(old_n + 1);  // taken: never equal again
        return &memo.findings[j];
    }
    return nullptr;
}
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

// --- finish, phase 1: worth and sort keys --------------------------------------------------------

namespace {

// The overall points fixing `r` alone would bring (cap included), and `local`: the points of the
// plan's raw score it adds, both before clamping to the packed range.
double worth_of_raw(Component comp, bool enables, double gain, const ComponentScores& components, const Overall& o,
                    double& local) {
    const double base = o.overall.value_or(0);
    const double w = component_weight(comp);
    double after = base;
    if (enables || !components[static_cast<size_t>(comp)] || !o.raw) {
        // The component would start to count; assume it comes in whole.
        local = w;
        const double raw = o.raw ? (*o.raw * o.completeness + w * 100) / (o.completeness + w) : 100.0;
        after = o.cap ? std::min(raw, *o.cap) : raw;
    } else {
        local = w * gain / 100;
        const double raw = *o.raw + w * gain / o.completeness;
        after = raw;
        if (o.cap) after = std::min(raw, *o.cap + (comp == Component::Linkage ? 0.6 * gain : 0.0));
    }
    return std::max(0.0, after - base);
}

}  // namespace

FindingSink::KeyRange FindingSink::weigh(const ComponentScores& components, const Overall& o) {
    const size_t n = raw_.size();
    keys_.resize(n);
    ids_.resize(n);
    worth_of_.resize(n);
    exact_.resize(2 * n);  // worth and local, unclamped, for ties of `head`
    constexpr long long kField = (1ll << 28) - 1;
    KeyRange range;
    auto field = [&](long long v) { return static_cast<uint64_t>(kField - std::clamp(v, 0ll, kField)); };
    for (size_t i = 0; i < n; ++i) {
        const Raw& r = raw_[i];
        double worth = 0, local = 0;
        const std::optional<Component> comp = code_component(r.code);
        if (r.code == Code::PlanEmpty) {
            worth = local = 100;
        } else if (comp) {
            worth = worth_of_raw(*comp, r.enables, r.gain, components, o, local);
        }
        ids_[i] = ids_of(r);
        const Ids& d = ids_[i];
        const std::string_view first = d.count > 0 ? d.id[0] : std::string_view();
        const std::string_view second = d.count > 1 ? d.id[1] : std::string_view();
        range.long_ids = range.long_ids || first.size() > 8 || second.size() > 8;
        const long long wk = ordering_key(worth), lk = ordering_key(local);
        exact_[2 * i] = wk;
        exact_[2 * i + 1] = lk;
        range.clamped = range.clamped || wk < 0 || wk > kField || lk < 0 || lk > kField;
        const uint64_t head = (r.code == Code::PlanEmpty ? 0ull : 1ull << 62) | field(wk) << 33 | field(lk) << 5 |
                              static_cast<uint64_t>(r.code);
        const uint32_t shape = static_cast<uint32_t>(std::min<size_t>(first.size(), 9) << 16 |
                                                     std::min<size_t>(second.size(), 9) << 8 | d.count);
        keys_[i] = {head, prefix_of(first), prefix_of(second), shape, static_cast<uint32_t>(i)};
        worth_of_[i] = worth;
    }
    return range;
}

// --- finish, phase 2: order ----------------------------------------------------------------------

void FindingSink::order(KeyRange range) {
    std::vector<Keyed>& keys = keys_;
    const size_t n = keys.size();
    // The index breaks the last ties, so the order is total and deterministic.
    auto before = [&](const Keyed& a, const Keyed& b) {
        if (a.head != b.head) return a.head < b.head;
        if (range.clamped) {  // equal heads hold equal worths unless a worth was out of the packed range
            const long long* ea = &exact_[2 * a.index];
            const long long* eb = &exact_[2 * b.index];
            if (ea[0] != eb[0]) return ea[0] > eb[0];
            if (ea[1] != eb[1]) return ea[1] > eb[1];
        }
        if (a.id_prefix != b.id_prefix) return a.id_prefix < b.id_prefix;
        if (!range.long_ids) {
            // Ids of at most 8 bytes: their prefixes and lengths order them as Ids::operator<
            // would (equal prefixes: the shorter id first), without reading their text.
            if (a.shape >> 16 != b.shape >> 16) return a.shape >> 16 < b.shape >> 16;
            if (a.id_prefix2 != b.id_prefix2) return a.id_prefix2 < b.id_prefix2;
            if (a.shape != b.shape) return a.shape < b.shape;  // second id's length, then count
        } else {
            if (ids_[a.index] < ids_[b.index]) return true;
            if (ids_[b.index] < ids_[a.index]) return false;
        }
        return a.index < b.index;
    };
    if (n > 0) sort_by_head(keys, sorted_);
    for (size_t i = 0; i < n;) {  // runs of equal heads, in the full order
        size_t j = i + 1;
        while (j < n && keys[j].head == keys[i].head) ++j;
        const auto first = keys.begin() + static_cast<std::ptrdiff_t>(i);
        if (j - i > 1) std::sort(first, first + static_cast<std::ptrdiff_t>(j - i), before);
        i = j;
    }
}

// --- finish, phase 3: words, new or from the memo ---------------------------------------------------

namespace {

uint64_t memo_hash(const FindingMemo::Key& k) {
    uint64_t h = (static_cast<uint64_t>(k.code) << 32 | k.detail) * 0x9E3779B97F4A7C15ull;
    h = (h ^ (static_cast<uint64_t>(k.a) << 32 | k.b)) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ k.x) * 0x94D049BB133111EBull;
    h = (h ^ k.y) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}

// Fills memo.table (open addressing) with the previous findings by key, each to be taken at most
// once; returns the table's mask, 0 when there is nothing to reuse.
size_t index_memo(FindingMemo& memo) {
    const size_t old_n = memo.keys.size();
    if (old_n == 0 || memo.findings.size() != old_n) return 0;
    size_t cap = 16;
    while (cap < old_n * 2) cap <<= 1;
    const size_t mask = cap - 1;
    memo.table.assign(cap, 0);
    for (size_t j = 0; j < old_n; ++j) {
        size_t s = memo_hash(memo.keys[j]) & mask;
        while (memo.table[s] != 0) s = (s + 1) & mask;
        memo.table[s] = static_cast<uint32_t>(j + 1);
    }
    memo.keys.push_back(FindingMemo::Key{0xFFFFFFFFu});  // what taken slots point to
    return mask;
}

}  // namespace

std::shared_ptr<std::string> FindingSink::word_all(FindingMemo* memo) {
    const size_t n = keys_.size();
    const size_t old_n = memo ? memo->keys.size() : 0;
    const size_t mask = memo ? index_memo(*memo) : 0;
    std::vector<FindingMemo::Key> new_keys;
    if (memo) new_keys.reserve(n);

    // A finding of the previous score with the same key and ids is taken whole, text included.
    // Every other one's text (its ids, then its message and a NUL) goes to one new string, in one
    // append each; they view it once it is complete (it moves while it grows). Findings taken
    // whole keep older texts alive, so every kMaxGenerations scores the memo's findings are
    // copied into the new text instead: that bounds how many texts a long editing session keeps.
    const bool compact = memo && ++memo->generations >= FindingMemo::kMaxGenerations;
    if (compact) memo->generations = 0;
    std::shared_ptr<std::string> text;
    taken_.assign(n, nullptr);
    messages_.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const Keyed& k = keys_[i];
        const Raw& r = raw_[k.index];
        const Ids& item_ids = ids_[k.index];
        Finding* old = nullptr;
        if (memo) {
            const FindingMemo::Key key = key_of(r);
            new_keys.push_back(key);
            if (mask != 0) old = take_from_memo(*memo, key, memo_hash(key) & mask, mask, old_n);
        }
        if (old && !compact && same_ids(old->ids, item_ids)) {
            taken_[i] = old;
            continue;
        }
        if (!text) {
            text = std::make_shared<std::string>();
            text->reserve((memo && !compact ? 0 : std::max(text_size_, n * 96)) + 1024);
        }
        const size_t message_at = text->size() + item_ids.text_size();
        if (!old || !copy_text(*old, item_ids, *text)) word(r, item_ids, *text);
        messages_[i] = {static_cast<uint32_t>(message_at), static_cast<uint32_t>(text->size() - 1 - message_at)};
    }
    if (text && !memo) text_size_ = text->size();
    // The memo's findings stay until assemble has taken them; its keys are the new ones already.
    if (memo) memo->keys = std::move(new_keys);
    return text;
}

// --- finish, phase 4: the findings -----------------------------------------------------------------

std::vector<Finding> FindingSink::assemble(const std::shared_ptr<std::string>& text) {
    const size_t n = keys_.size();
    std::vector<Finding> out(n);
    for (size_t i = 0; i < n; ++i) {
        const Keyed& k = keys_[i];
        Finding& f = out[i];
        if (taken_[i]) {
            f = std::move(*taken_[i]);
        } else {
            const Raw& r = raw_[k.index];
            f.code = code_name(r.code);
            f.component = code_component(r.code);
            // The ids lie just before the message.
            const Ids& item_ids = ids_[k.index];
            const char* at = text->data() + messages_[i].at;
            for (uint8_t j = item_ids.count; j-- > 0;) at -= item_ids.id[j].size();
            for (uint8_t j = 0; j < item_ids.count; ++j) {
                f.ids.push_back({at, item_ids.id[j].size()});
                at += item_ids.id[j].size();
            }
            f.message = FindingText(text, view(*text, messages_[i]));
        }
        f.worth = worth_of_[k.index];
    }
    return out;
}

std::vector<Finding> FindingSink::finish(const ComponentScores& components, const Overall& o, FindingMemo* memo) {
    order(weigh(components, o));
    std::vector<Finding> out = assemble(word_all(memo));
    if (memo) memo->findings.clear();
    raw_.clear();
    return out;
}

}  // namespace ab::scoring
