// The words on a card: its title and a one-line summary of its key fields, formatted for people
// ("$150K", "Pre-launch", "Target 6M USD by Jun 30, 2013"). Presentation only, in the core so the
// board on screen and the pictures of it (export/svg/svg.hpp) say the same words.
#pragma once

#include <optional>
#include <string>

#include "model/plan.hpp"

namespace ab {

std::string card_title(const Plan& plan, const Goal& g);
std::string card_title(const Plan& plan, const Strategy& s);
std::string card_title(const Plan& plan, const Tactic& t);
std::string card_title(const Plan& plan, const Kpi& k);

std::string card_meta(const Plan& plan, const Goal& g);
std::string card_meta(const Plan& plan, const Strategy& s);
std::string card_meta(const Plan& plan, const Tactic& t);
std::string card_meta(const Plan& plan, const Kpi& k);
// Products and insights sit on the shelf above the columns.
std::string card_title(const Plan& plan, const Product& p);
std::string card_title(const Plan& plan, const Insight& i);
std::string card_meta(const Plan& plan, const Product& p);
std::string card_meta(const Plan& plan, const Insight& i);

// 150000 -> "150K", 6000000 -> "6M", 2700000 -> "2.7M", 65 -> "65".
std::string compact_number(double v);
// "2013-06-30" -> "Jun 30, 2013"; anything else as written.
std::string date_label(const std::string& iso);
// A plan period for people: "Jan 1 – Jun 30, 2013" (years shown once when they match).
std::string period_label(const std::string& start_iso, const std::string& end_iso);

// A budget with the plan's currency: "$150K", "€80K", "90K SEK".
std::string money(const Plan& plan, double amount);
// An overall or item score to one decimal ("88.5"), or a dash when it is not scored.
std::string score_text(const std::optional<double>& score);

}  // namespace ab
