// The catalogues, parsed once from their embedded JSON (i18n/catalogues.hpp), and the lookups.
#include "i18n/i18n.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "format/numbers.hpp"
#include "i18n/catalogues.hpp"

namespace ab::i18n {

namespace {

// One entry: a plain text, or plural forms by name ("one", "other").
struct Entry {
    std::string text;  // the plain text, or the "other" form of a plural one
    std::map<std::string, std::string, std::less<>> forms;
};

struct Catalogue {
    std::string code;
    std::string name;
    std::map<std::string, Entry, std::less<>> entries;
};

struct State {
    std::vector<Catalogue> catalogues;  // English first
    std::vector<Language> languages;
    size_t active = 0;
    uint32_t generation = 0;
    // Keys no catalogue has, kept so their reference stays valid (they show as the key itself).
    std::map<std::string, std::string, std::less<>> missing;
};

// Reads one catalogue without exceptions (the WASM build has none): entries of the wrong type are
// left out, so they fall back to English and the catalogue tests name them.
Catalogue parse(const EmbeddedCatalogue& embedded) {
    Catalogue c;
    c.code = embedded.code;
    const nlohmann::json j = nlohmann::json::parse(embedded.json, nullptr, false);
    if (!j.is_object()) return c;
    for (auto it = j.begin(); it != j.end(); ++it) {
        Entry e;
        if (it->is_string()) {
            e.text = it->get_ref<const std::string&>();
        } else if (it->is_object()) {
            for (auto f = it->begin(); f != it->end(); ++f)
                if (f->is_string()) e.forms[f.key()] = f->get_ref<const std::string&>();
            const auto other = e.forms.find("other");
            if (other == e.forms.end()) continue;
            e.text = other->second;
        } else {
            continue;
        }
        c.entries.emplace(it.key(), std::move(e));
    }
    const auto name = c.entries.find("language.name");
    c.name = name != c.entries.end() ? name->second.text : c.code;
    return c;
}

State& state() {
    static State s = [] {
        State st;
        for (size_t i = 0; i < kEmbeddedCatalogueCount; ++i) st.catalogues.push_back(parse(kEmbeddedCatalogues[i]));
        for (const Catalogue& c : st.catalogues) st.languages.push_back({c.code, c.name});
        return st;
    }();
    return s;
}

// The entry for `key`: the active language's, else English's; nullptr when neither has it.
const Entry* find(std::string_view key) {
    State& s = state();
    for (size_t i : {s.active, size_t{0}}) {
        if (i >= s.catalogues.size()) continue;
        const auto& entries = s.catalogues[i].entries;
        const auto it = entries.find(key);
        if (it != entries.end()) return &it->second;
    }
    return nullptr;
}

// The primary language of a tag, lower case: "de-AT" -> "de", "pt_BR" -> "pt".
std::string primary(std::string_view tag) {
    std::string out;
    for (char ch : tag) {
        if (ch == '-' || ch == '_') break;
        out += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
    return out;
}

// Which plural form a count takes. English, Spanish and German: "one" for exactly 1, else
// "other". A language with more forms (Polish: few, many) adds its rule here.
std::string_view plural_form(std::string_view code, double count) {
    (void)code;
    return count == 1 ? "one" : "other";
}

std::string fill(std::string_view text, std::initializer_list<Arg> args) {
    std::string out;
    out.reserve(text.size() + 16);
    size_t i = 0;
    while (i < text.size()) {
        const size_t open = text.find('{', i);
        if (open == std::string_view::npos) break;
        const size_t close = text.find('}', open + 1);
        if (close == std::string_view::npos) break;
        out.append(text, i, open - i);
        const std::string_view name = text.substr(open + 1, close - open - 1);
        const auto arg = std::find_if(args.begin(), args.end(), [&](const Arg& a) { return a.name == name; });
        if (arg != args.end()) out += arg->value;
        else out.append(text, open, close - open + 1);
        i = close + 1;
    }
    out.append(text, i, std::string_view::npos);
    return out;
}

void collect_placeholders(std::string_view text, std::vector<std::string>& out) {
    size_t i = 0;
    while ((i = text.find('{', i)) != std::string_view::npos) {
        const size_t close = text.find('}', i + 1);
        if (close == std::string_view::npos) break;
        out.emplace_back(text.substr(i + 1, close - i - 1));
        i = close + 1;
    }
}

const Catalogue* catalogue(std::string_view code) {
    for (const Catalogue& c : state().catalogues)
        if (c.code == code) return &c;
    return nullptr;
}

// `code`'s own entry for `key` (no fallback), for the catalogue tests.
const Entry* own_entry(std::string_view code, std::string_view key) {
    const Catalogue* c = catalogue(code);
    if (!c) return nullptr;
    const auto it = c->entries.find(key);
    return it == c->entries.end() ? nullptr : &it->second;
}

}  // namespace

const std::string& tr(std::string_view key) {
    if (const Entry* e = find(key)) return e->text;
    auto& missing = state().missing;
    auto it = missing.find(key);
    if (it == missing.end()) it = missing.emplace(std::string(key), std::string(key)).first;
    return it->second;
}

std::string tr(std::string_view key, std::initializer_list<Arg> args) { return fill(tr(key), args); }

std::string tr_count(std::string_view key, double count, std::initializer_list<Arg> args) {
    const Entry* e = find(key);
    if (!e) return std::string(key);
    std::string_view text = e->text;
    const auto form = e->forms.find(plural_form(language(), count));
    if (form != e->forms.end()) text = form->second;
    std::string with_count = fill(text, {{"count", local_number(count)}});
    return fill(with_count, args);
}

const std::vector<Language>& languages() { return state().languages; }

const std::string& language() {
    const State& s = state();
    return s.catalogues[s.active].code;
}

bool set_language(std::string_view code) {
    State& s = state();
    const std::string want = primary(code);
    for (size_t i = 0; i < s.catalogues.size(); ++i) {
        if (s.catalogues[i].code != want) continue;
        if (i != s.active) {
            s.active = i;
            ++s.generation;
        }
        return true;
    }
    return false;
}

uint32_t generation() { return state().generation; }

std::string pick(std::string_view tags) {
    size_t i = 0;
    while (i <= tags.size()) {
        size_t end = tags.find_first_of(", ;", i);
        if (end == std::string_view::npos) end = tags.size();
        const std::string code = primary(tags.substr(i, end - i));
        if (!code.empty() && catalogue(code)) return code;
        i = end + 1;
    }
    return "en";
}

std::string catalogue_json() {
    const State& s = state();
    nlohmann::json out = nlohmann::json::object();
    for (size_t i : {size_t{0}, s.active}) {
        for (const auto& [key, entry] : s.catalogues[i].entries) {
            if (entry.forms.empty()) {
                out[key] = entry.text;
            } else {
                nlohmann::json forms = nlohmann::json::object();
                for (const auto& [form, text] : entry.forms) forms[form] = text;
                out[key] = std::move(forms);
            }
        }
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> keys(std::string_view code) {
    std::vector<std::string> out;
    if (const Catalogue* c = catalogue(code))
        for (const auto& entry : c->entries) out.push_back(entry.first);
    return out;
}

std::vector<std::string> placeholders(std::string_view code, std::string_view key) {
    std::vector<std::string> out;
    const Entry* e = own_entry(code, key);
    if (!e) return out;
    if (e->forms.empty()) collect_placeholders(e->text, out);
    for (const auto& form : e->forms) collect_placeholders(form.second, out);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::string> forms(std::string_view code, std::string_view key) {
    std::vector<std::string> out;
    const Entry* e = own_entry(code, key);
    if (!e) return out;
    if (e->forms.empty()) out.emplace_back();
    for (const auto& form : e->forms) out.push_back(form.first);
    return out;
}

}  // namespace ab::i18n
