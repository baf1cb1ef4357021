// The words on a card live in the core (export/card_text.hpp), so the board and the pictures of
// it (export/svg/svg.hpp) say the same words; the board reads them by their old names here.
#pragma once

#include "export/card_text.hpp"

namespace ab::web {

using ab::card_meta;
using ab::card_title;
using ab::compact_number;
using ab::date_label;
using ab::money;
using ab::period_label;
using ab::score_text;

}  // namespace ab::web
