// The catalogues as the build embedded them (core/i18n/embed.cmake writes catalogues.cpp into the
// build tree from i18n/*.json): the language code and the file's text.
#pragma once

#include <cstddef>

namespace ab::i18n {

struct EmbeddedCatalogue {
    const char* code;
    const char* json;
};
extern const EmbeddedCatalogue kEmbeddedCatalogues[];
extern const size_t kEmbeddedCatalogueCount;

}  // namespace ab::i18n
