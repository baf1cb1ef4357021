// The board as SVG (see svg.hpp): words and heights first (titles wrapped by the estimate), then
// the core layout with those heights, then the drawing in the canvas's order: background, shelf
// and columns, links, cards, the score panel. Geometry follows web/board/model.cpp and draw.cpp.
#include "export/svg/svg.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

#include "export/card_text.hpp"
#include "export/svg/svg_text.hpp"
#include "export/svg/svg_write.hpp"
#include "i18n/i18n.hpp"
#include "io/plan_json.hpp"
#include "layout/board.hpp"
#include "model/kinds.hpp"

namespace ab {
namespace {

using namespace svg;
using layout::kCardPadding;
using layout::kCardWidth;

constexpr double kLabelSize = 11;   // kind label and id
constexpr double kBadgeSize = 11.5;
constexpr double kMetaSize = 12;
constexpr double kShelfHeader = 40;  // web/board/model.cpp kShelfHeader_world
constexpr double kInner = kCardWidth - 2 * kCardPadding;  // the words' width inside a card
constexpr double kPad = 24;          // around the picture

struct Words {
    Kind kind = Kind::Goal;
    std::vector<std::string> title;  // wrapped lines
    std::string meta;                // cut to one line
    std::string note;                // right of the label when there is no score ("on G1")
    std::optional<double> score;
};

// The card's height as web/board/model.cpp adds it up: padding, label row, gap, title, then the
// meta line with its gap when there is one, padding.
double height_of(const Words& w) {
    return kCardPadding + layout::kLabelRow + layout::kRowGap + double(w.title.size()) * kTitleSize +
           (w.meta.empty() ? 0.0 : layout::kRowGap + layout::kMetaRow) + kCardPadding;
}

template <class Pairs>
std::optional<double> score_at(const Pairs& pairs, size_t i, const std::string& id) {
    if (i < pairs.size() && pairs[i].first == id) return pairs[i].second;
    return std::nullopt;
}

struct Picture {
    const Plan& plan;
    const Scores* scores;
    const SvgOptions& options;
    std::unordered_map<std::string, Words> words;
    layout::Heights heights;
    std::string out;

    template <class T>
    void add(const T& item, std::optional<double> score, std::string note = {}) {
        Words w;
        w.kind = std::decay_t<decltype(item.id)>::kind;
        w.title = wrap(card_title(plan, item), kTitleSize, kInner, true);  // the board sets titles semibold
        w.meta = ellipsize(card_meta(plan, item), kMetaSize, kInner);
        w.score = score;
        w.note = std::move(note);
        heights[item.id.value] = height_of(w);
        words[item.id.value] = std::move(w);
    }

    void gather() {
        words.reserve(item_count(plan));
        static const Scores kNone;
        const Scores& s = scores ? *scores : kNone;
        for (size_t i = 0; i < plan.goals.size(); ++i) {
            const std::string& id = plan.goals[i].id.value;
            std::optional<double> score;
            if (i < s.goals.size() && s.goals[i].first == id) score = s.goals[i].second.overall;
            add(plan.goals[i], score);
        }
        for (size_t i = 0; i < plan.strategies.size(); ++i) {
            add(plan.strategies[i], score_at(s.strategies, i, plan.strategies[i].id.value));
        }
        for (size_t i = 0; i < plan.tactics.size(); ++i) {
            add(plan.tactics[i], score_at(s.tactics, i, plan.tactics[i].id.value));
        }
        for (const Kpi& k : plan.kpis) add(k, std::nullopt, k.on.empty() ? "" : "on " + k.on.id);
        for (const Product& p : plan.products) add(p, std::nullopt, p.big_push ? i18n::tr("form.big_push") : std::string());
        for (const Insight& in : plan.insights) add(in, std::nullopt);
    }

    // The dot grid and the board colour under everything (web: draw_grid, clear colour).
    void background(double x0, double y0, double w, double h) {
        if (!options.background) return;
        out += "<defs><pattern id=\"grid\" width=\"24\" height=\"24\" patternUnits=\"userSpaceOnUse\">"
               "<rect width=\"1.1\" height=\"1.1\" class=\"dot\"/></pattern></defs>\n";
        rect(out, x0, y0, w, h, 0, "bg");
        out += "<rect x=\"";
        num(out, x0);
        out += "\" y=\"";
        num(out, y0);
        out += "\" width=\"";
        num(out, w);
        out += "\" height=\"";
        num(out, h);
        out += "\" fill=\"url(#grid)\"/>\n";
    }

    // The shelf's frame and heading (web: place_shelf and draw_lanes); the cards come later.
    void shelf(const layout::Board& board, double shelf_right) {
        if (board.shelf_tallest <= 0) return;
        const double top = -(board.shelf_tallest + kShelfHeader + layout::kShelfGap);
        const double x1 = std::max(shelf_right, 4 * kCardWidth + 3 * layout::kColumnGap) + 12;
        out += "<g class=\"shelf\">\n";
        rect(out, -12, top - 10, x1 + 12, kShelfHeader + board.shelf_tallest + 16, 16, "lane");
        text(out, 4, top + 12, kHeadingSize, "tx b", i18n::tr("board.shelf"));
        out += "</g>\n";
    }

    void columns(const layout::Board& board) {
        out += "<g class=\"columns\">\n";
        for (int col = 0; col < layout::kColumnCount; ++col) {
            const layout::ColumnSpan& c = board.columns[col];
            const double bottom = std::max(c.bottom + layout::kCardGap, layout::kColumnHeader + 40) + 6;
            rect(out, c.x - 12, -10, kCardWidth + 24, bottom + 10, 16, "lane");
            const char* title = kind_info(c.kind).plural;
            text(out, c.x + 4, 12, kHeadingSize, "tx b", title);
            const std::string count = std::to_string(c.count);
            const double cx = c.x + 4 + text_width(title, kHeadingSize, true) + 8;
            const double cw = text_width(count, kLabelSize, true);
            rect(out, cx, 12 + (kHeadingSize - kLabelSize) * 0.5 - 2, cw + 12, kLabelSize + 4, (kLabelSize + 4) * 0.5,
                 "chip");
            text(out, cx + 6, 12 + (kHeadingSize - kLabelSize) * 0.5, kLabelSize, "mu bb", count);
            if (c.count == 0) {
                text(out, c.x + 4, layout::kColumnHeader + 8, 12.5, "fa",
                     i18n::tr(std::string("board.empty.") + kind_name(c.kind)));
            }
            out += "<rect x=\"";
            num(out, c.x + 4);
            out += "\" y=\"34\" width=\"24\" height=\"2.5\" rx=\"1.25\" fill=\"";
            out += kind_fill(c.kind);
            out += "\"/>\n";
        }
        out += "</g>\n";
    }

    // One curve per link, as draw_links draws it: from the parent's right edge to the child's
    // left edge, mid-height, control points pulled out horizontally; a dot at each end.
    void link(const layout::Card& p, const layout::Card& c, bool skips) {
        const double x0 = p.box.x1, y0 = (p.box.y0 + p.box.y1) * 0.5;
        const double x1 = c.box.x0, y1 = (c.box.y0 + c.box.y1) * 0.5;
        const double dx = std::max(40.0, std::fabs(x1 - x0) * 0.5);
        out += skips ? "<path class=\"link skip\" data-from=\"" : "<path class=\"link\" data-from=\"";
        append_xml(out, p.id);
        out += "\" data-to=\"";
        append_xml(out, c.id);
        out += "\" d=\"M";
        for (double v : {x0, y0}) num(out, v), out += ' ';
        out += 'C';
        for (double v : {x0 + dx, y0, x1 - dx, y1, x1}) num(out, v), out += ' ';
        num(out, y1);
        out += "\"/>\n";
        for (int end = 0; end < 2; ++end) {
            out += "<circle cx=\"";
            num(out, end ? x1 : x0);
            out += "\" cy=\"";
            num(out, end ? y1 : y0);
            out += "\" r=\"3.2\" class=\"end\"/>\n";
        }
        out += "<circle cx=\"";
        num(out, x1);
        out += "\" cy=\"";
        num(out, y1);
        out += "\" r=\"1.44\" class=\"hole\"/>\n";
    }

    template <class Links>
    void links_from(const layout::Board& board, const std::string& child, const Links& parents) {
        const layout::Card* c = board.find(child);
        for (const auto& pid : parents) {
            const layout::Card* p = board.find(pid.value);
            if (!c || !p) continue;
            const bool skips = c->column - p->column != 1 || p->column == layout::kShelf;
            if (skips && !options.all_links) continue;
            link(*p, *c, skips);
        }
    }

    void links(const layout::Board& board) {
        out += "<g class=\"links\">\n";
        for (const Strategy& s : plan.strategies) links_from(board, s.id.value, s.goals);
        for (const Tactic& t : plan.tactics) {
            links_from(board, t.id.value, t.strategies);
            links_from(board, t.id.value, t.products);
        }
        for (const Kpi& k : plan.kpis) {
            const layout::Card* c = board.find(k.id.value);
            const layout::Card* p = k.on.empty() ? nullptr : board.find(k.on.id);
            if (!c || !p) continue;
            const bool skips = c->column - p->column != 1;
            if (!skips || options.all_links) link(*p, *c, skips);
        }
        out += "</g>\n";
    }

    void card(const layout::Card& at, const Words& w) {
        const double x = at.box.x0, y = at.box.y0, h = at.box.y1 - at.box.y0;
        out += "<g class=\"item\" data-id=\"";
        append_xml(out, at.id);
        out += "\" data-kind=\"";
        out += kind_info(w.kind).file_name;
        out += "\" data-box=\"";
        for (double v : {x, y, kCardWidth}) num(out, v), out += ' ';
        num(out, h);
        out += "\">\n";
        rect(out, x, y + 1.5, kCardWidth, h, 10, "shadow");
        rect(out, x, y, kCardWidth, h, 10, "card");
        // The kind's accent: the part of the card's rounded left edge within 4 units of it.
        out += "<path fill=\"";
        out += kind_fill(w.kind);
        out += "\" d=\"M";
        for (double v : {x + 4, y + 2}) num(out, v), out += ' ';
        out += "A10 10 0 0 0 ";
        for (double v : {x, y + 10}) num(out, v), out += ' ';
        out += 'V';
        num(out, y + h - 10);
        out += "A10 10 0 0 0 ";
        num(out, x + 4);
        out += ' ';
        num(out, y + h - 2);
        out += "Z\"/>\n";
        const double x0 = x + kCardPadding + 2, top = y + kCardPadding;
        std::string label = kind_info(w.kind).label;
        for (char& ch : label) ch = (ch >= 'a' && ch <= 'z') ? char(ch - 'a' + 'A') : ch;
        const std::string fill = std::string("fill=\"") + kind_fill(w.kind) + "\"";
        text(out, x0, top + 1.5, kLabelSize, "bb", label, fill.c_str());
        const double id_x = x0 + text_width(label, kLabelSize, true) + 6;
        const double right = x + kCardWidth - kCardPadding;
        double id_room = right - id_x;
        if (w.score) {
            char badge[16];
            std::snprintf(badge, sizeof badge, "%.0f", std::floor(*w.score + 0.5));
            const double bw = text_width(badge, kBadgeSize, true) + 14;
            const std::string tint = std::string(health_class(w.score)) + "-t";
            rect(out, right - bw, top - 1, bw, kBadgeSize + 5, (kBadgeSize + 5) * 0.5, tint.c_str());
            const std::string cls = std::string(health_class(w.score)) + " bb";
            text(out, right - bw + 7, top + 1.5, kBadgeSize, cls.c_str(), badge);
            id_room -= bw + 6;
        } else if (!w.note.empty()) {
            text(out, right, top + 1.5, kLabelSize, "fa", w.note, "text-anchor=\"end\"");
            id_room -= text_width(w.note, kLabelSize) + 6;
        }
        text(out, id_x, top + 1.5, kLabelSize, "fa", ellipsize(at.id, kLabelSize, std::max(12.0, id_room)));
        // The title: one <text> with a <tspan> per line, so it copies as one piece of text.
        const double title_top = y + kCardPadding + layout::kLabelRow + layout::kRowGap;
        open_text(out, x0, title_top, kTitleSize, "tx b title");
        for (size_t i = 0; i < w.title.size(); ++i) {
            out += "<tspan x=\"";
            num(out, x0);
            out += i ? "\" dy=\"14.5\">" : "\" dy=\"0\">";
            append_xml(out, w.title[i]);
            out += "</tspan>";
        }
        out += "</text>\n";
        if (!w.meta.empty()) {
            text(out, x0, title_top + double(w.title.size()) * kTitleSize + 6, kMetaSize, "mu", w.meta);
        }
        out += "</g>\n";
    }

    void embed_plan() {
        std::string json = save_plan_compact(plan);
        while (!json.empty() && json.back() == '\n') json.pop_back();
        // U+FFFE and U+FFFF may stand in plan text but not in XML: JSON's own escape keeps them.
        std::string safe;
        safe.reserve(json.size());
        for (size_t i = 0; i < json.size(); ++i) {
            if (json.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < json.size() &&
                (json[i + 2] == '\xBE' || json[i + 2] == '\xBF')) {
                safe += json[i + 2] == '\xBE' ? "\\ufffe" : "\\uffff";
                i += 2;
            } else {
                safe += json[i];
            }
        }
        out += "<metadata><";
        out += kSvgPlanElement;
        out += " xmlns:alignboard=\"";
        out += kSvgPlanNamespace;
        out += "\" format=\"";
        out += kFormatName;
        out += "\">";
        append_xml(out, safe, false);
        out += "</";
        out += kSvgPlanElement;
        out += "></metadata>\n";
    }

    void draw() {
        gather();
        const layout::Board board = layout::board_of(plan, &heights);
        // The picture's extent: columns, shelf and every card, with the panel at the right.
        double x0 = -12, y0 = -10, x1 = 4 * kCardWidth + 3 * layout::kColumnGap + 12, y1 = layout::kColumnHeader + 46;
        size_t shelf_unplaced = 0;
        for (const layout::Card& c : board.cards) {
            x0 = std::min(x0, c.box.x0);
            y0 = std::min(y0, c.box.y0);
            x1 = std::max(x1, c.box.x1);
            y1 = std::max(y1, c.box.y1 + 1.5);
            if (c.column == layout::kShelf && !c.placed) ++shelf_unplaced;
        }
        for (const layout::ColumnSpan& c : board.columns) {
            y1 = std::max(y1, std::max(c.bottom + layout::kCardGap, layout::kColumnHeader + 40) + 6);
        }
        const double shelf_right = double(shelf_unplaced) * (kCardWidth + layout::kCardGap) - layout::kCardGap;
        if (board.shelf_tallest > 0) {
            y0 = std::min(y0, -(board.shelf_tallest + kShelfHeader + layout::kShelfGap) - 10);
            x1 = std::max(x1, std::max(shelf_right, 4 * kCardWidth + 3 * layout::kColumnGap) + 12);
        }
        const bool panel = options.score_panel && scores;
        const double panel_x = x1 + 40;
        if (panel) x1 = panel_x + kPanelWidth;
        x0 -= kPad, y0 -= kPad, x1 += kPad, y1 += kPad;
        std::string panel_svg;
        if (panel) y1 = std::max(y1, y0 + kPad + score_panel(panel_svg, *scores, panel_x, y0 + kPad) + kPad);

        out.reserve(600 * board.cards.size() + 4096);
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"";
        num(out, x1 - x0);
        out += "\" height=\"";
        num(out, y1 - y0);
        out += "\" viewBox=\"";
        for (double v : {x0, y0, x1 - x0}) num(out, v), out += ' ';
        num(out, y1 - y0);
        out += "\" font-family=\"Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, "
               "'Noto Sans', 'Noto Sans CJK SC', sans-serif\" data-generator=\"Alignboard\">\n<title>";
        append_xml(out, plan.settings.name.empty() ? "Alignboard plan" : plan.settings.name);
        out += "</title>\n";
        if (options.embed_plan) embed_plan();
        out += style_sheet();
        background(x0, y0, x1 - x0, y1 - y0);
        shelf(board, shelf_right);
        columns(board);
        links(board);
        out += "<g class=\"cards\">\n";
        for (const layout::Card& c : board.cards) {
            if (auto w = words.find(c.id); w != words.end()) card(c, w->second);
        }
        out += "</g>\n";
        out += panel_svg;
        out += "</svg>\n";
    }
};

}  // namespace

std::string export_svg(const Plan& plan, const Scores* scores, const SvgOptions& options) {
    Picture p{plan, scores, options, {}, {}, {}};
    p.draw();
    return std::move(p.out);
}

}  // namespace ab
