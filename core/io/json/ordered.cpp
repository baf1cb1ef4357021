// A SAX handler that builds ordered_json directly: objects are filled by appending, with a hash of
// keys only once an object is big, so parsing stays linear; depth is counted as containers open,
// so a 20 MB "[[[[..." is refused without recursing (nlohmann's parser itself is iterative);
// elements of streamed arrays are built one at a time in a scratch value and handed over. The
// events come from io/json/scan.hpp's tokenizer when it can, else from nlohmann's own parser.
#include "io/json/ordered.hpp"

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "i18n/i18n.hpp"
#include "io/json/scan.hpp"

namespace ab::plan_io {

namespace {

using OJ = nlohmann::ordered_json;

// Objects smaller than this are searched linearly for repeated keys; bigger ones get a hash.
constexpr size_t kHashFromKeys = 32;
constexpr size_t kObjectReserve = 16;

class OrderedBuilder final : public nlohmann::json_sax<OJ> {
public:
    OrderedBuilder(OJ& root, const ElementStream* stream) : root_(root), stream_(stream) {}

    bool null() override { return place(OJ(nullptr)) != nullptr; }
    bool boolean(bool v) override { return place(OJ(v)) != nullptr; }
    bool number_integer(number_integer_t v) override { return place(OJ(v)) != nullptr; }
    bool number_unsigned(number_unsigned_t v) override { return place(OJ(v)) != nullptr; }
    bool number_float(number_float_t v, const string_t&) override { return place(OJ(v)) != nullptr; }
    // Copied, not moved: moving would take the lexer's buffer, which then regrows for every token.
    bool string(string_t& v) override { return place(OJ(v)) != nullptr; }
    bool binary(binary_t& v) override { return place(OJ::binary(std::move(v))) != nullptr; }

    bool start_object(std::size_t) override {
        // A streamed element reuses the previous one's storage (hand_over emptied it).
        if (!frames_.empty() && frames_.back().streamed && element_.is_object()) return open_element();
        // Plan items have about a dozen fields: one allocation instead of five regrowths.
        OJ obj = OJ::object();
        obj.get_ref<OJ::object_t&>().reserve(kObjectReserve);
        return open(std::move(obj));
    }
    bool start_array(std::size_t) override { return open(OJ::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        Frame& frame = frames_.back();
        if (frames_.size() == 1) top_key_ = k;
        auto& obj = frame.value->get_ref<OJ::object_t&>();
        if (!frame.keys && obj.size() >= kHashFromKeys) {
            frame.keys = std::make_unique<std::unordered_map<std::string, size_t>>();
            frame.keys->reserve(obj.size() * 2);
            for (size_t i = 0; i < obj.size(); ++i) frame.keys->emplace((obj.begin() + i)->first, i);
        }
        if (frame.keys) {
            auto [it, inserted] = frame.keys->try_emplace(k, obj.size());
            if (!inserted) {
                pending_ = &(obj.begin() + static_cast<std::ptrdiff_t>(it->second))->second;
                return true;
            }
        } else {
            for (auto& kv : obj) {
                if (kv.first == k) {
                    pending_ = &kv.second;
                    return true;
                }
            }
        }
        obj.emplace_back(k, OJ());
        pending_ = &obj.back().second;
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
        std::string what = ex.what();
        // Drop nlohmann's "[json.exception.parse_error.101] " tag: people read this message.
        if (auto close_at = what.find("] "); !what.empty() && what[0] == '[' && close_at != std::string::npos) {
            what.erase(0, close_at + 2);
        }
        if (what.find("line ") == std::string::npos) what += i18n::tr("read.at_byte", {{"at", std::to_string(position)}});
        error_ = i18n::tr("read.not_json", {{"what", what}});
        return false;
    }

    const std::string& error() const { return error_; }

private:
    struct Frame {
        OJ* value;
        std::unique_ptr<std::unordered_map<std::string, size_t>> keys;
        bool streamed = false;  // a top-level array whose elements go to stream_->take
        size_t count = 0;       // elements handed over so far
    };

    // Stores a value where the parser is: the root, the end of the open array, or the slot the
    // last key made in the open object. Returns where it went.
    OJ* place(OJ&& v) {
        if (frames_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        Frame& frame = frames_.back();
        if (frame.streamed) {
            element_ = std::move(v);
            if (!element_.is_structured()) hand_over();
            return &element_;
        }
        OJ& top = *frame.value;
        if (top.is_array()) {
            auto& arr = top.get_ref<OJ::array_t&>();
            arr.push_back(std::move(v));
            return &arr.back();
        }
        *pending_ = std::move(v);
        return pending_;
    }

    bool open(OJ&& container) {
        if (frames_.size() >= static_cast<size_t>(kMaxJsonDepth)) {
            error_ = i18n::tr("read.too_deep_plan", {{"max", std::to_string(kMaxJsonDepth)}});
            return false;
        }
        const bool stream = stream_ != nullptr && container.is_array() && frames_.size() == 1 &&
                            frames_[0].value->is_object() && stream_->wants(top_key_);
        frames_.push_back(Frame{place(std::move(container)), nullptr, stream, 0});
        if (stream) stream_->begin(top_key_);
        return true;
    }

    bool open_element() {
        if (frames_.size() >= static_cast<size_t>(kMaxJsonDepth)) return open(OJ::object());  // its error
        frames_.push_back(Frame{&element_, nullptr, false, 0});
        return true;
    }

    bool close() {
        frames_.pop_back();
        if (!frames_.empty() && frames_.back().streamed) hand_over();  // an element just ended
        return true;
    }

    void hand_over() {
        Frame& frame = frames_.back();
        stream_->take(top_key_, frame.count++, element_);
        if (element_.is_object()) {
            element_.get_ref<OJ::object_t&>().clear();  // keeps its capacity for the next element
        } else {
            element_ = OJ();
        }
    }

    OJ& root_;
    const ElementStream* stream_;
    std::string top_key_;  // the last key read in the top-level object
    OJ element_;           // the streamed element being built
    std::vector<Frame> frames_;
    OJ* pending_ = nullptr;
    std::string error_;
};

template <class In>
bool copy_ordered(const In& in, OJ& out, int depth) {
    switch (in.type()) {
        case nlohmann::json::value_t::object: {
            if (depth >= kMaxJsonDepth) return false;
            out = OJ::object();
            auto& obj = out.get_ref<OJ::object_t&>();
            obj.reserve(in.size());
            for (const auto& kv : in.template get_ref<const typename In::object_t&>()) {
                obj.emplace_back(kv.first, OJ());
                if (!copy_ordered(kv.second, obj.back().second, depth + 1)) return false;
            }
            return true;
        }
        case nlohmann::json::value_t::array: {
            if (depth >= kMaxJsonDepth) return false;
            out = OJ::array();
            auto& arr = out.get_ref<OJ::array_t&>();
            arr.reserve(in.size());
            for (const auto& v : in.template get_ref<const typename In::array_t&>()) {
                arr.emplace_back();
                if (!copy_ordered(v, arr.back(), depth + 1)) return false;
            }
            return true;
        }
        case nlohmann::json::value_t::string: out = in.template get_ref<const std::string&>(); return true;
        case nlohmann::json::value_t::boolean: out = in.template get<bool>(); return true;
        case nlohmann::json::value_t::number_integer: out = in.template get<std::int64_t>(); return true;
        case nlohmann::json::value_t::number_unsigned: out = in.template get<std::uint64_t>(); return true;
        case nlohmann::json::value_t::number_float: out = in.template get<double>(); return true;
        case nlohmann::json::value_t::binary:  // never in a parsed document; no JSON form anyway
        case nlohmann::json::value_t::null:
        case nlohmann::json::value_t::discarded: break;
    }
    out = nullptr;
    return true;
}

}  // namespace

bool parse_ordered(std::string_view text, OJ& out, std::string& error, const ElementStream* stream) {
    out = OJ();
    {
        OrderedBuilder fast(out, stream);
        if (fast_sax_parse(text, fast)) return true;
    }
    if (stream != nullptr && stream->restart) stream->restart();
    out = OJ();
    OrderedBuilder builder(out, stream);
    if (OJ::sax_parse(text.begin(), text.end(), &builder)) return true;
    error = builder.error().empty() ? i18n::tr("read.not_json_plain") : builder.error();
    out = OJ();
    return false;
}

bool to_ordered(const nlohmann::json& in, OJ& out) {
    if (copy_ordered(in, out, 0)) return true;
    out = OJ();
    return false;
}

bool to_ordered(const OJ& in, OJ& out) {
    if (copy_ordered(in, out, 0)) return true;
    out = OJ();
    return false;
}

}  // namespace ab::plan_io
