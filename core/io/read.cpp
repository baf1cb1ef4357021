// The plan file reader (plan-format.md "Reading rules"): checks format and version first and
// refuses rather than half-reads; then reads every field with its default, keeps unknown fields
// in order, reports every error it finds with its path, and drops dangling or wrong-kind links
// with a warning. Never throws: bad input comes back as problems and no plan.
//
// Sections: settings' parts (brand reserve, SWOT, competitors) and the layout | the header and
// size checks (check_header, check_saved_size) | DocumentReader (the collections, item by item)
// | load_copy | the public face (is_iso_date, compact_size, size_refusal, load_plan*, item_from_json).
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "io/json_fields.hpp"
#include "io/json/ordered.hpp"
#include "model/index.hpp"
#include "io/plan_json.hpp"
#include "io/read_items.hpp"
#include "io/read_links.hpp"
#include "model/kinds.hpp"
#include "workshop/workshop.hpp"

namespace ab {

using namespace plan_io;  // the reader's own toolkit (json_fields.hpp, plan_read_*.hpp)

namespace {

using Obj = OJ::object_t;

// [SECTION] Plan-wide fields ----------------------------------------------------------------

void read_brand_reserve(const OJ& v, double& out, Sink& s) {
    if (v.is_null()) return;
    if (v.is_number()) {
        const double f = v.get<double>();
        if (f >= 0 && f <= 1) {
            out = f;
            return;
        }
    }
    s.error("brand_reserve", i18n::tr("read.expected_fraction", {{"got", describe(v)}}));
}

void read_swot(const OJ& v, Swot& out, Sink& s) {
    if (v.is_null()) return;
    if (!v.is_object()) {
        s.error("swot", i18n::tr("read.expected_swot", {{"got", describe(v)}}));
        return;
    }
    for (const auto& [key, list] : v.get_ref<const Obj&>()) {
        if (key == "strengths") read_strings(list, "swot", "strengths", out.strengths, s);
        else if (key == "weaknesses") read_strings(list, "swot", "weaknesses", out.weaknesses, s);
        else if (key == "opportunities") read_strings(list, "swot", "opportunities", out.opportunities, s);
        else if (key == "threats") read_strings(list, "swot", "threats", out.threats, s);
        else keep_extra(out.extra, key, list);
    }
}

void read_competitors(const OJ& v, std::vector<Competitor>& out, Sink& s) {
    if (v.is_null()) return;
    if (!v.is_array()) {
        s.error("competitors", i18n::tr("read.expected_competitors", {{"got", describe(v)}}));
        return;
    }
    if (v.size() > kMaxItemsPerCollection) {
        s.error("competitors", i18n::tr("read.too_many_competitors", {{"count", std::to_string(v.size())},
                                                                   {"max", std::to_string(kMaxItemsPerCollection)}}));
        return;
    }
    size_t i = 0;
    for (const auto& el : v.get_ref<const OJ::array_t&>()) {
        const std::string path = index_path("competitors", i++);
        if (!el.is_object()) {
            s.error(path, i18n::tr("read.expected_object", {{"got", describe(el)}}));
            continue;
        }
        Competitor c;
        for (const auto& [key, f] : el.get_ref<const Obj&>()) {
            if (key == "name") read_string(f, path, "name", c.name, s);
            else if (key == "position") read_string(f, path, "position", c.position, s);
            else if (key == "notes") read_string(f, path, "notes", c.notes, s);
            else keep_extra(c.extra, key, f);
        }
        out.push_back(std::move(c));
    }
}

// Positions of items that are not in the plan are dropped: nothing could ever show them.
void read_layout(const OJ* v, const PlanIndex& index, Plan& plan, Sink& s) {
    if (v == nullptr || v->is_null()) return;
    if (!v->is_object()) {
        s.error("layout", i18n::tr("read.expected_layout", {{"got", describe(*v)}}));
        return;
    }
    for (const auto& [id, entry] : v->get_ref<const Obj&>()) {
        const std::string path = field_path("layout", id);
        if (!entry.is_object()) {
            s.error(path, i18n::tr("read.expected_position", {{"got", describe(entry)}}));
            continue;
        }
        LayoutPos pos;
        Number x, y;
        for (const auto& [key, f] : entry.get_ref<const Obj&>()) {
            if (key == "x") read_number(f, path, "x", x, s);
            else if (key == "y") read_number(f, path, "y", y, s);
            else keep_extra(pos.extra, key, f);
        }
        pos.x = x.value_or(0.0);
        pos.y = y.value_or(0.0);
        if (!index.contains(id)) {
            s.warning(path, i18n::tr("read.position_ignored", {{"id", literal(id)}}));
            continue;
        }
        plan.layout.emplace(id, std::move(pos));
    }
}

bool is_whole(const OJ& v) {
    if (v.is_number_integer() || v.is_number_unsigned()) return true;
    if (!v.is_number_float()) return false;
    const double d = v.get<double>();
    return std::isfinite(d) && d == std::floor(d);
}

bool is_newer(const OJ& v) {
    if (v.is_number_unsigned()) return v.get<std::uint64_t>() > static_cast<std::uint64_t>(kFormatVersion);
    if (v.is_number_integer()) return v.get<std::int64_t>() > kFormatVersion;
    return v.get<double>() > kFormatVersion;
}

// Format and version come first: a file that is not ours, or is newer, is refused whole.
bool check_header(const OJ& doc, Sink& s) {
    if (!doc.is_object()) {
        s.error("", i18n::tr("read.expected_plan", {{"got", describe(doc)}}));
        return false;
    }
    auto format = doc.find("format");
    if (format == doc.end()) {
        s.error("format", i18n::tr("read.format_missing", {{"format", kFormatName}}));
        return false;
    }
    if (!format->is_string() || format->get_ref<const std::string&>() != kFormatName) {
        s.error("format", i18n::tr("read.format_wrong", {{"format", kFormatName}, {"got", describe(*format)}}));
        return false;
    }
    auto version = doc.find("version");
    if (version == doc.end()) {
        s.error("version", i18n::tr("read.version_missing"));
        return false;
    }
    if (!is_whole(*version)) {
        s.error("version", i18n::tr("read.expected_whole", {{"got", describe(*version)}}));
        return false;
    }
    if (is_newer(*version)) {
        s.error("version", i18n::tr("read.version_newer", {{"got", describe(*version)}, {"known", std::to_string(kFormatVersion)}}));
        return false;
    }
    return true;
}

// "200,000" ("200.000" to a German reader): counts in messages.
std::string count_text(size_t n) { return local_number(static_cast<double>(n)); }

// "20.0 MB" ("20,0 MB" to a German reader).
std::string size_text(size_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return localize_digits(buf) + " MB";
}

// Every plan that loads must save to text that loads (plan_json.hpp): refuse one whose saved
// form would pass the cap. Text too small to reach it (kMaxSavedGrowth) is not measured.
void check_saved_size(LoadResult& r, std::optional<size_t> text_bytes) {
    if (!r.ok()) return;
    if (text_bytes && *text_bytes <= (kMaxPlanBytes - kSavedOverhead) / kMaxSavedGrowth) return;
    if (saved_size(*r.plan) <= kMaxPlanBytes) return;
    r.plan.reset();
    r.errors.push_back({"", i18n::tr("read.saved_too_big", {{"max", size_text(kMaxPlanBytes)}})});
}

std::optional<Kind> collection_kind(const std::string& key) {
    for (Kind k : {Kind::Person, Kind::Goal, Kind::Strategy, Kind::Product, Kind::Tactic, Kind::Kpi, Kind::Insight}) {
        if (key == collection_name(k)) return k;
    }
    return std::nullopt;
}

// [SECTION] The whole document --------------------------------------------------------------

// Reads one plan: items arrive one by one (streamed from the parser, or from a parsed
// document's arrays), then finish() reads the rest and runs the whole-plan checks. Nothing is
// returned until finish() has checked format and version, so a refused file is never half-read.
class DocumentReader {
public:
    DocumentReader() = default;
    DocumentReader(const DocumentReader&) = delete;  // sink_ refers to this object's own lists
    DocumentReader& operator=(const DocumentReader&) = delete;

    // One element of a collection array, at `index` in the file. Past the cap the rest of the
    // array is only counted: a crafted file cannot make millions of items.
    void take(Kind kind, size_t index, const OJ& element) {
        if (index >= kMaxItemsPerCollection) {
            if (index == kMaxItemsPerCollection) {
                const std::string name = collection_name(kind);
                sink_.error(name, i18n::tr("read.too_many_items", {{"max", count_text(kMaxItemsPerCollection)}, {"name", name}}));
            }
            return;
        }
        switch (kind) {
            case Kind::Person: return add(plan_.people, kind, index, element);
            case Kind::Goal: return add(plan_.goals, kind, index, element);
            case Kind::Strategy: return add(plan_.strategies, kind, index, element);
            case Kind::Product: return add(plan_.products, kind, index, element);
            case Kind::Tactic: return add(plan_.tactics, kind, index, element);
            case Kind::Kpi: return add(plan_.kpis, kind, index, element);
            case Kind::Insight: return add(plan_.insights, kind, index, element);
        }
    }

    // A collection array starts. Twice for one kind means the top-level key was repeated.
    void begin(Kind kind) {
        bool& seen = begun_[static_cast<int>(kind)];
        if (seen) {
            sink_.error(collection_name(kind), i18n::tr("read.list_twice"));
            clear(kind);
        }
        seen = true;
    }

    LoadResult finish(const OJ& doc) {
        LoadResult result;
        Sink header(result.errors, result.warnings);
        if (!check_header(doc, header)) {
            header.finish();
            return result;
        }
        Settings& st = plan_.settings;
        const OJ* layout = nullptr;
        Sink& s = sink_;
        for (const auto& [key, v] : doc.get_ref<const Obj&>()) {
            if (key == "format" || key == "version") continue;
            if (key == "name") read_string(v, "", "name", st.name, s);
            else if (key == "start") read_date(v, "", "start", st.start, s);
            else if (key == "end") read_date(v, "", "end", st.end, s);
            else if (key == "currency") read_string(v, "", "currency", st.currency, s);
            else if (key == "required_channels") read_strings(v, "", "required_channels", st.required_channels, s);
            else if (key == "required_stages") read_strings(v, "", "required_stages", st.required_stages, s);
            else if (key == "brand_reserve") read_brand_reserve(v, st.brand_reserve, s);
            else if (key == "brand_key") read_string(v, "", "brand_key", st.brand_key, s);
            else if (key == "swot") read_swot(v, st.swot, s);
            else if (key == "competitors") read_competitors(v, st.competitors, s);
            else if (key == "layout") layout = &v;
            else if (auto kind = collection_kind(key)) read_collection(*kind, v);
            else keep_extra(plan_.extra, key, v);
        }
        const PlanIndex index(plan_);
        check_ids_and_links(plan_, index, s);
        read_layout(layout, index, plan_, s);
        // The workshop (docs/workshop.md) made valid against the cards just read.
        std::vector<std::string> workshop_warnings;
        workshop::normalize(plan_, workshop_warnings);
        for (const auto& w : workshop_warnings) {
            const size_t colon = w.find(": ");
            s.warning(w.substr(0, colon), colon == std::string::npos ? w : w.substr(colon + 2));
        }

        const bool ok = s.error_count() == 0;
        s.finish();
        result.errors = std::move(errors_);
        result.warnings = std::move(warnings_);
        if (ok) result.plan = std::move(plan_);
        return result;
    }

private:
    // Every element becomes an item, even a broken one, so vector index == file index and later
    // messages (duplicate ids, links) point at the right place.
    template <class T>
    void add(std::vector<T>& out, Kind kind, size_t index, const OJ& element) {
        const std::string path = index_path(collection_name(kind), index);
        out.emplace_back();
        if (!element.is_object()) {
            sink_.error(path, i18n::tr("read.expected_object", {{"got", describe(element)}}));
            return;
        }
        read_item(element.get_ref<const Obj&>(), path, sink_, out.back());
    }

    // A streamed array is left empty in the document, so this only sees arrays it was not given.
    void read_collection(Kind kind, const OJ& v) {
        if (v.is_null()) return;
        const std::string name = collection_name(kind);
        if (!v.is_array()) {
            sink_.error(name, i18n::tr("read.expected_list", {{"name", name}, {"got", describe(v)}}));
            return;
        }
        const auto& elements = v.get_ref<const OJ::array_t&>();
        if (elements.empty()) return;
        begin(kind);
        for (size_t i = 0; i < elements.size(); ++i) take(kind, i, elements[i]);
    }

    void clear(Kind kind) {
        switch (kind) {
            case Kind::Person: return plan_.people.clear();
            case Kind::Goal: return plan_.goals.clear();
            case Kind::Strategy: return plan_.strategies.clear();
            case Kind::Product: return plan_.products.clear();
            case Kind::Tactic: return plan_.tactics.clear();
            case Kind::Kpi: return plan_.kpis.clear();
            case Kind::Insight: return plan_.insights.clear();
        }
    }

    Plan plan_;
    std::vector<Problem> errors_, warnings_;
    Sink sink_{errors_, warnings_};
    bool begun_[7] = {};
};

template <class T>
std::optional<Item> read_one(const Obj& obj, const std::string& path, Sink& s) {
    T item;
    read_item(obj, path, s, item);
    if (s.error_count() > 0) return std::nullopt;
    Item out(std::move(item));
    dedupe_item_links(out);
    return out;
}


LoadResult load_copy(bool copied, const OJ& ordered) {
    if (!copied) {
        LoadResult r;
        r.errors.push_back({"", i18n::tr("read.too_deep_plan", {{"max", std::to_string(kMaxJsonDepth)}})});
        return r;
    }
    LoadResult r = DocumentReader().finish(ordered);
    check_saved_size(r, std::nullopt);
    return r;
}

std::optional<Item> item_from_copy(bool copied, const OJ& doc, Kind kind, const std::string& path,
                                   std::vector<Problem>& errors) {
    std::vector<Problem> warnings;
    Sink s(errors, warnings);
    if (!copied) {
        s.error(path, i18n::tr("read.too_deep", {{"max", std::to_string(kMaxJsonDepth)}}));
        return std::nullopt;
    }
    if (!doc.is_object()) {
        s.error(path, i18n::tr("read.expected_item", {{"kind_a", a_kind(kind)}, {"got", describe(doc)}}));
        return std::nullopt;
    }
    const Obj& o = doc.get_ref<const Obj&>();
    std::optional<Item> item;
    switch (kind) {
        case Kind::Person: item = read_one<Person>(o, path, s); break;
        case Kind::Goal: item = read_one<Goal>(o, path, s); break;
        case Kind::Strategy: item = read_one<Strategy>(o, path, s); break;
        case Kind::Product: item = read_one<Product>(o, path, s); break;
        case Kind::Tactic: item = read_one<Tactic>(o, path, s); break;
        case Kind::Kpi: item = read_one<Kpi>(o, path, s); break;
        case Kind::Insight: item = read_one<Insight>(o, path, s); break;
    }
    s.finish();
    return item;
}

}  // namespace

bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    int value[3] = {0, 0, 0};
    const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int part = 0; part < 3; ++part) {
        for (size_t i = starts[part]; i < starts[part] + lengths[part]; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            value[part] = value[part] * 10 + (s[i] - '0');
        }
    }
    const int year = value[0], month = value[1], day = value[2];
    if (month < 1 || month > 12 || day < 1) return false;
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

size_t compact_size(std::string_view text) {
    size_t layout = 0;
    bool in_string = false, escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++layout;
        }
    }
    return text.size() - layout;
}

std::string size_refusal(std::string_view text) {
    // Callers that stop reading one byte past the limit (the CLI, so an endless stdin is never
    // held in memory) hand over exactly limit + 1 bytes: the true size is unknown then.
    if (text.size() > kMaxPlanTextBytes) {
        const std::string size = text.size() == kMaxPlanTextBytes + 1
                                     ? i18n::tr("read.over_size", {{"size", size_text(kMaxPlanTextBytes)}})
                                     : i18n::tr("read.size_bytes", {{"size", size_text(text.size())}, {"bytes", std::to_string(text.size())}});
        return i18n::tr("read.file_too_big",
                        {{"size", size}, {"max_text", size_text(kMaxPlanTextBytes)}, {"max", size_text(kMaxPlanBytes)}});
    }
    if (text.size() <= kMaxPlanBytes) return {};  // no need to count
    const size_t compact = compact_size(text);
    if (compact <= kMaxPlanBytes) return {};
    return i18n::tr("read.plan_too_big", {{"size", size_text(compact)},
                                          {"bytes", std::to_string(compact)},
                                          {"max", size_text(kMaxPlanBytes)},
                                          {"max_bytes", std::to_string(kMaxPlanBytes)}});
}

LoadResult load_plan(std::string_view text) {
    if (looks_like_xml(text)) return load_plan_in_svg(text);
    if (std::string refusal = size_refusal(text); !refusal.empty()) {
        LoadResult r;
        r.errors.push_back({"", std::move(refusal)});
        return r;
    }
    std::optional<DocumentReader> reader;
    reader.emplace();
    ElementStream items;
    items.wants = [](const std::string& key) { return collection_kind(key).has_value(); };
    items.begin = [&](const std::string& key) { reader->begin(*collection_kind(key)); };
    items.take = [&](const std::string& key, size_t index, const OJ& element) {
        reader->take(*collection_kind(key), index, element);
    };
    items.restart = [&] { reader.emplace(); };
    OJ doc;
    std::string error;
    if (!parse_ordered(text, doc, error, &items)) {
        LoadResult r;
        r.errors.push_back({"", error});
        return r;
    }
    LoadResult r = reader->finish(doc);
    check_saved_size(r, text.size());
    return r;
}

LoadResult load_plan_json(const nlohmann::json& doc) {
    OJ ordered;
    const bool copied = to_ordered(doc, ordered);
    return load_copy(copied, ordered);
}

LoadResult load_plan_json(const OJ& doc) {
    OJ ordered;
    const bool copied = to_ordered(doc, ordered);
    return load_copy(copied, ordered);
}

std::optional<Item> item_from_json(Kind kind, const nlohmann::json& obj, const std::string& path,
                                   std::vector<Problem>& errors) {
    OJ ordered;
    const bool copied = to_ordered(obj, ordered);
    return item_from_copy(copied, ordered, kind, path, errors);
}

std::optional<Item> item_from_json(Kind kind, const OJ& obj, const std::string& path, std::vector<Problem>& errors) {
    OJ ordered;
    const bool copied = to_ordered(obj, ordered);
    return item_from_copy(copied, ordered, kind, path, errors);
}

}  // namespace ab
