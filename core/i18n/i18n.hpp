// The words of the app in the user's language (namespace ab::i18n): one catalogue per language,
// i18n/<code>.json at the top of the repository, embedded into the core at build time, so the
// core (score messages, exports, undo labels), the ImGui canvas and the page's JavaScript (through
// the catalogue's JSON, web/i18n) all read the same strings. docs/i18n.md says how to add one.
//
// A catalogue is one flat JSON object: "key": "text with {placeholders}", or for a count
// "key": {"one": "{count} card", "other": "{count} cards"}. A key a language lacks falls back to
// English; a key English lacks shows as the key itself (tests/core/i18n and the key boundary
// test make both fail the build's tests).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace ab::i18n {

// A value for a {placeholder}.
struct Arg {
    std::string_view name;
    std::string value;
};

// The active language's text for `key`. The reference stays valid until the language changes, so
// `tr(key).c_str()` may be handed to ImGui for the frame.
const std::string& tr(std::string_view key);
// The same with its {placeholders} filled ("Rename {name}" + {"name", "Q3"}). A placeholder with
// no value stays as written, so a missing argument is visible rather than silently dropped.
std::string tr(std::string_view key, std::initializer_list<Arg> args);
// A text that depends on a count: the plural form the language picks for `count` ("one" or
// "other"), with {count} written as the locale writes numbers (format/numbers.hpp) and the other
// placeholders filled from `args`.
std::string tr_count(std::string_view key, double count, std::initializer_list<Arg> args = {});

// A language the app speaks: its code ("de") and its name in itself ("Deutsch").
struct Language {
    std::string code;
    std::string name;
};
// Every language with a catalogue, English first.
const std::vector<Language>& languages();
// The active language's code ("en" until set_language is called).
const std::string& language();
// Makes `code` the active language ("de", or a tag such as "de-AT", which picks "de"); false (and
// nothing changes) when no catalogue speaks it.
bool set_language(std::string_view code);
// Counts language changes, so whoever keeps words across frames knows when to build them again.
uint32_t generation();
// The first supported language among `tags`, in order ("fr-CA,de-DE,en" -> "de"; a tag matches by
// its primary language, case-insensitive), else "en". The web passes ?lang=, the stored choice and
// navigator.languages, in that order.
std::string pick(std::string_view tags);

// The active language's catalogue as one JSON object with English filling its gaps (plural
// entries as objects), for the page's JavaScript.
std::string catalogue_json();

// For the catalogue tests: every key of `code`'s own catalogue (no fallback), sorted; the names
// of the placeholders in one of its entries (all plural forms together), sorted and unique; and
// the plural forms it gives ("" for a plain text).
std::vector<std::string> keys(std::string_view code);
std::vector<std::string> placeholders(std::string_view code, std::string_view key);
std::vector<std::string> forms(std::string_view code, std::string_view key);

}  // namespace ab::i18n
