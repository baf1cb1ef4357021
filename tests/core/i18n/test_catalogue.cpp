// The catalogues are complete: Spanish and German have exactly English's keys, with the same
// placeholders and plural forms, so no screen shows an English word or a raw "{name}" in another
// language. And the lookups behave as the app relies on: fallback, placeholders, plurals, the
// language a browser's list picks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "format/numbers.hpp"
#include "i18n/i18n.hpp"
#include "locale_styles.hpp"

using namespace ab;

namespace {

std::vector<std::string> missing_from(const std::vector<std::string>& want, const std::vector<std::string>& have) {
    std::vector<std::string> out;
    std::set_difference(want.begin(), want.end(), have.begin(), have.end(), std::back_inserter(out));
    return out;
}

}  // namespace

TEST_CASE("English, Spanish and German have catalogues, English first", "[i18n]") {
    const auto& langs = i18n::languages();
    REQUIRE(langs.size() >= 3);
    CHECK(langs[0].code == "en");
    std::vector<std::string> codes;
    for (const auto& l : langs) codes.push_back(l.code);
    CHECK(std::find(codes.begin(), codes.end(), "es") != codes.end());
    CHECK(std::find(codes.begin(), codes.end(), "de") != codes.end());
    for (const auto& l : langs) CHECK(l.name != l.code);  // each language is named in itself
}

TEST_CASE("every catalogue has exactly English's keys", "[i18n]") {
    const std::vector<std::string> english = i18n::keys("en");
    REQUIRE(english.size() > 100);
    for (const auto& lang : i18n::languages()) {
        if (lang.code == "en") continue;
        INFO("language " << lang.code);
        const std::vector<std::string> theirs = i18n::keys(lang.code);
        const auto missing = missing_from(english, theirs);
        const auto extra = missing_from(theirs, english);
        for (const auto& k : missing) UNSCOPED_INFO("missing: " << k);
        for (const auto& k : extra) UNSCOPED_INFO("not in English: " << k);
        CHECK(missing.empty());
        CHECK(extra.empty());
    }
}

TEST_CASE("every translation has English's placeholders and plural forms", "[i18n]") {
    for (const auto& lang : i18n::languages()) {
        if (lang.code == "en") continue;
        for (const std::string& key : i18n::keys("en")) {
            if (!i18n::placeholders(lang.code, key).empty() || !i18n::forms(lang.code, key).empty()) {
                INFO(lang.code << ": " << key);
                CHECK(i18n::placeholders(lang.code, key) == i18n::placeholders("en", key));
                CHECK(i18n::forms(lang.code, key) == i18n::forms("en", key));
            }
        }
    }
}

TEST_CASE("a key is looked up in the active language, with its placeholders filled", "[i18n]") {
    test::EnglishAfter restore;
    CHECK(i18n::tr("language.name") == "English");
    REQUIRE(i18n::set_language("de"));
    CHECK(i18n::language() == "de");
    CHECK(i18n::tr("language.name") == "Deutsch");
    CHECK(i18n::tr("command.rename", {{"name", "Q3"}}) == "\u201eQ3\u201c umbenennen");
    REQUIRE(i18n::set_language("es-MX"));
    CHECK(i18n::language() == "es");
    CHECK(i18n::tr("command.rename", {{"name", "Q3"}}) == "Renombrar \u201cQ3\u201d");
    CHECK_FALSE(i18n::set_language("xx"));
    CHECK(i18n::language() == "es");  // an unknown language changes nothing
}

TEST_CASE("a key no catalogue has shows as itself, not as nothing", "[i18n]") {
    CHECK(i18n::tr("no.such.key") == "no.such.key");
    CHECK(i18n::tr("no.such.key", {{"name", "x"}}) == "no.such.key");
}

TEST_CASE("a count picks its plural form and is written in the reader's number style", "[i18n]") {
    test::EnglishAfter restore;
    CHECK(i18n::tr_count("count.cards", 1) == "1 card");
    CHECK(i18n::tr_count("count.cards", 0) == "0 cards");
    CHECK(i18n::tr_count("count.cards", 1234) == "1,234 cards");
    REQUIRE(i18n::set_language("de"));
    NumberStyle de;
    de.decimal = ",";
    de.group = ".";
    set_number_style(de);
    CHECK(i18n::tr_count("count.cards", 1) == "1 Karte");
    CHECK(i18n::tr_count("count.cards", 1234) == "1.234 Karten");
}

TEST_CASE("the language follows the first supported one in the browser's list", "[i18n]") {
    CHECK(i18n::pick("de-DE,de,en-US") == "de");
    CHECK(i18n::pick("fr-CA, ES-es ,en") == "es");
    CHECK(i18n::pick("fr,it") == "en");
    CHECK(i18n::pick("") == "en");
    CHECK(i18n::pick("pt_BR,de_AT") == "de");
}

TEST_CASE("changing the language bumps the generation; setting the same one does not", "[i18n]") {
    test::EnglishAfter restore;
    const uint32_t before = i18n::generation();
    i18n::set_language("en");
    CHECK(i18n::generation() == before);
    i18n::set_language("es");
    CHECK(i18n::generation() == before + 1);
}

TEST_CASE("the catalogue for the page is the active language over English", "[i18n]") {
    test::EnglishAfter restore;
    i18n::set_language("es");
    const std::string json = i18n::catalogue_json();
    CHECK(json.find("\"language.name\":\"Espa\u00f1ol\"") != std::string::npos);
    CHECK(json.find("\"count.cards\":{\"one\":") != std::string::npos);
}

TEST_CASE("keys the code builds at run time are in English: kinds, months, channels", "[i18n]") {
    const auto has = [](const std::string& key) { return i18n::tr(key) != key; };
    for (const char* kind : {"person", "goal", "strategy", "product", "tactic", "kpi", "insight"}) {
        for (const char* word : {"label", "plural", "noun", "nouns", "a", "new", "count"}) {
            INFO(kind << "." << word);
            CHECK(has(std::string("kind.") + kind + "." + word));
        }
        CHECK(has(std::string("board.empty.") + kind));
    }
    for (int m = 1; m <= 12; ++m) CHECK(has("date.month_" + std::to_string(m)));
    for (const char* v : {"creative", "ecommerce", "social", "in_store", "events", "pr", "partnerships", "email",
                          "awareness", "consideration", "purchase"})
        CHECK(has(std::string("value.") + v));
    for (const char* c : {"linkage", "measurement", "budget_focus", "integration", "journey", "ownership", "return"})
        for (const char* f : {"title", "formula", "plain"}) CHECK(has(std::string("component.") + c + "." + f));
}
