// The language the app speaks and the reader's number style (see web/i18n/CMakeLists.txt).
#pragma once

#include <string>

namespace ab::web {
struct App;
}

namespace ab::web::language {

// Picks the language at start: ?lang=, the stored choice, navigator.languages, else English; and
// the number style of the browser's locale for it.
void start();
// Switches the app to `code` ("de"), remembers the choice in this browser and redraws everything
// at once; false (nothing changes) for a language with no catalogue.
bool choose(App& app, const std::string& code);

}  // namespace ab::web::language
