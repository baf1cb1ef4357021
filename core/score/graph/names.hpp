// Text -> position in a list of names (ids of one kind of item, required channels...), for the
// score graph. Small flat open-addressing tables, faster than std::unordered_map for the 10k-item
// plans the score must handle in a couple of milliseconds. A slot (16 bytes) holds the hash with
// the key's length, the index and, for keys of <= 8 bytes (as ids mostly are), the key itself
// packed in one word, so a hit reads one slot and never the plan's text. Longer keys are copied
// into the table, so it stays valid while the plan is edited (the live score keeps its tables
// between edits).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

// Lookups and adds run ~60,000 times per score of a 10,000-item plan; emcc otherwise keeps them
// as calls, which cost WASM about as much as the work itself (a full score went 3.8 -> 3.3 ms).
#if defined(__GNUC__) || defined(__clang__)
#define AB_HOT_INLINE __attribute__((always_inline)) inline
#else
#define AB_HOT_INLINE inline
#endif

namespace ab::scoring {

class NameTable {
public:
    NameTable() = default;
    // Empties the table for `capacity` keys, added in order by `add` (a key's position is its add
    // order). Keeps the memory it has.
    void reset(size_t capacity) {
        size_t cap = 16;
        while (cap < capacity * 2) cap <<= 1;
        mask_ = cap - 1;
        slots_.assign(cap, Slot{});
        count_ = 0;
        long_text_.clear();
        kept_.clear();
        kept_text_.clear();
    }
    // Whether the table holds exactly `n` keys, key_at(0)..key_at(n - 1), in that order: then
    // filling it again would give the same table. Cheaper than filling (no hashing, no writes),
    // so scoring the same plan again keeps its id tables.
    template <class KeyAt>
    bool holds(size_t n, KeyAt key_at) const {
        if (n != count_ || kept_.size() != n) return false;
        for (size_t i = 0; i < n; ++i) {
            const std::string_view key = key_at(i);
            const Kept& k = kept_[i];
            if (k.size != key.size()) return false;
            if (key.size() <= 8 ? k.word != word_of(key)
                                : std::memcmp(kept_text_.data() + k.word, key.data(), key.size()) != 0)
                return false;
        }
        return true;
    }
    // Adds the next key. An empty or repeated key takes its position but is never found there
    // (the first one wins).
    AB_HOT_INLINE void add(std::string_view key) {
        const uint32_t k = count_++;
        keep(key);
        if (key.empty()) return;
        const Probe probe = probe_of(key);
        for (size_t i = probe.hash & mask_;; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (s.index == kEmpty) {
                s.tag = probe.tag;
                s.index = k;
                s.word = probe.word;
                if (key.size() > 8) {
                    // The slot's word is where the key is kept: its length, then its bytes.
                    s.word = long_text_.size();
                    const uint32_t n = static_cast<uint32_t>(key.size());
                    long_text_.append(reinterpret_cast<const char*>(&n), sizeof n);
                    long_text_.append(key.data(), key.size());
                }
                return;
            }
            if (matches(s, key, probe)) return;
        }
    }
    // Position of `key`, or 0xFFFFFFFF.
    AB_HOT_INLINE uint32_t find(std::string_view key) const {
        if (key.empty()) return kEmpty;
        const Probe probe = probe_of(key);
        for (size_t i = probe.hash & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.index == kEmpty) return kEmpty;
            if (matches(s, key, probe)) return s.index;
        }
    }

private:
    static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
    // 16 bytes, so a table of 10k ids stays small in cache.
    struct Slot {
        uint64_t word = 0;  // a key of <= 8 bytes itself; else the offset of the key in long_text_
        uint32_t tag = 0;   // the hash's high bits, and the key's length in the low 4 (15: longer)
        uint32_t index = kEmpty;
    };
    struct Probe {
        uint32_t hash;
        uint32_t tag;
        uint64_t word;  // for keys of <= 8 bytes: the key itself
    };
    static uint32_t load32(const unsigned char* p) {
        uint32_t v;
        std::memcpy(&v, p, 4);
        return v;
    }
    static uint64_t load64(const unsigned char* p) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        return v;
    }
    static uint64_t mix(uint64_t h, uint64_t w) {
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        return h ^ (h >> 31);
    }
    // A few loads instead of a byte loop (overlapping reads cover every byte of the key; with the
    // length, the word is the key itself for keys of <= 8 bytes).
    AB_HOT_INLINE static uint64_t word_of(std::string_view s) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
        const size_t n = s.size();
        if (n >= 8) return load64(p + n - 8);
        if (n >= 4) return load32(p) | static_cast<uint64_t>(load32(p + n - 4)) << 32;
        if (n > 0) return p[0] | static_cast<uint64_t>(p[n / 2]) << 8 | static_cast<uint64_t>(p[n - 1]) << 16;
        return 0;
    }
    AB_HOT_INLINE static Probe probe_of(std::string_view s) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
        const size_t n = s.size();
        const uint64_t word = word_of(s);
        uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
        for (size_t i = 0; i + 8 < n; i += 8) h = mix(h, load64(p + i));
        h = mix(h, word) * 0x94D049BB133111EBull;
        const uint32_t hash = static_cast<uint32_t>(h ^ (h >> 32));
        const uint32_t tag = (hash & ~0xFu) | static_cast<uint32_t>(n < 15 ? n : 15);
        return {hash, tag, word};
    }
    bool matches(const Slot& s, std::string_view key, const Probe& probe) const {
        if (s.tag != probe.tag) return false;
        if (key.size() <= 8) return s.word == probe.word;  // the length is in the tag
        uint32_t n;
        std::memcpy(&n, long_text_.data() + s.word, sizeof n);
        return n == key.size() && std::memcmp(long_text_.data() + s.word + sizeof n, key.data(), key.size()) == 0;
    }
    // The keys by position, for holds: the key itself (<= 8 bytes) or where it is in kept_text_.
    struct Kept {
        uint64_t word;
        size_t size;
    };
    void keep(std::string_view key) {
        if (key.size() <= 8) {
            kept_.push_back({word_of(key), key.size()});
        } else {
            kept_.push_back({kept_text_.size(), key.size()});
            kept_text_.append(key.data(), key.size());
        }
    }
    std::vector<Slot> slots_;
    std::string long_text_;
    std::vector<Kept> kept_;
    std::string kept_text_;
    size_t mask_ = 0;
    uint32_t count_ = 0;
};

}  // namespace ab::scoring
