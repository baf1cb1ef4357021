// Paints the board (see board/draw.hpp). Only what is on screen is drawn; text is skipped when it
// would be too small to read, so zoomed-out plans stay cheap and calm.
#include "board/draw.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "export/outline.hpp"
#include "i18n/i18n.hpp"
#include "ui/text/bidi_text.hpp"
#include "ui/text/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "workshop/workshop_ui.hpp"

namespace ab::web {
namespace {

using namespace theme;

constexpr float kMinReadable_px = 5.0f;  // below this font size text turns into placeholders

bool visible(const BoardFrame& f, ImVec2 a, ImVec2 b) {
    return b.x >= f.origin_px.x && a.x <= f.origin_px.x + f.size_px.x && b.y >= f.origin_px.y &&
           a.y <= f.origin_px.y + f.size_px.y;
}

// Draws `text` and returns its width in pixels.
float text_at(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, const char* text) {
    dl->AddText(font, size, pos, col, text);
    return font->CalcTextSizeA(size, FLT_MAX, 0, text).x;
}

constexpr float kLabelSize_css = 11.0f;
constexpr float kBadgeSize_css = 11.5f;

float width_css(ImFont* font, float size_css, const char* text) {
    return font->CalcTextSizeA(size_css, FLT_MAX, 0, text).x;
}

// Measures the card's words once (see CardTextLayout); later frames only place them.
const CardTextLayout& text_layout(const Card& card) {
    CardTextLayout& t = card.text;
    if (t.ready) return t;
    const fonts::Set& fs = fonts::get();
    t.label_x = width_css(fs.small, kLabelSize_css, kind_icon(card.kind)) + 5;
    t.id_x = t.label_x + width_css(fs.small_bold, kLabelSize_css, kind_label(card.kind)) + 6;
    t.note_w = card.note.empty() ? 0 : width_css(fs.small, kLabelSize_css, card.note.c_str());
    if (card.score) {
        std::snprintf(t.badge, sizeof t.badge, "%.0f", std::floor(*card.score + 0.5));
        t.badge_w = width_css(fs.small_bold, kBadgeSize_css, t.badge);
    }
    t.meta = card.meta.empty() ? std::string()
                               : ellipsize(fs.small, kSmallSize_css, card.meta,
                                           card.w - 2 * kCardPadding_world);
    t.ready = true;
    return t;
}

void draw_badge(const BoardFrame& f, ImVec2 top_right, std::optional<double> score,
                const CardTextLayout& t) {
    if (!score) return;
    const fonts::Set& fs = fonts::get();
    const float size = kBadgeSize_css * f.scale;
    const float pad_x = 7 * f.scale, pad_y = 2.5f * f.scale;
    // The band's shape before the number: colour is never the only signal of a band.
    const float mark = size * 0.7f, gap = 3 * f.scale;
    const ImVec2 a(top_right.x - t.badge_w * f.scale - mark - gap - 2 * pad_x, top_right.y);
    const ImVec2 b(top_right.x, top_right.y + size + 2 * pad_y);
    f.draw->AddRectFilled(a, b, health_tint(score), (b.y - a.y) * 0.5f);
    draw_band_mark(f.draw, ImVec2(a.x + pad_x + mark * 0.5f, (a.y + b.y) * 0.5f), mark, score, health_color(score));
    f.draw->AddText(fs.small_bold, size, ImVec2(a.x + pad_x + mark + gap, a.y + pad_y), health_color(score), t.badge);
}

void draw_card(const BoardFrame& f, const Card& card, const CardState& st) {
    const fonts::Set& fs = fonts::get();
    ImDrawList* dl = f.draw;
    const float s = f.scale;
    // Whole device pixels: text drawn between pixels comes out soft.
    ImVec2 a = f.to_screen(card.x + st.dx_world, card.y + st.dy_world);
    a = ImVec2(std::floor(a.x + 0.5f), std::floor(a.y + 0.5f));
    const ImVec2 b(a.x + card.w * s, a.y + card.h * s);
    if (!visible(f, a, b)) return;
    const float r = kCardRounding_world * s;
    const float px = f.ratio;

    // Shadow, body, kind accent, border.
    dl->AddRectFilled(ImVec2(a.x, a.y + 1.0f * s), ImVec2(b.x, b.y + 1.5f * s), kShadow, r);
    dl->AddRectFilled(ImVec2(a.x - 1 * s, a.y + 3 * s), ImVec2(b.x + 1 * s, b.y + 5 * s),
                      (kShadow & 0x00FFFFFF) | (ImU32(st.selected ? 18 : 8) << 24), r + 1 * s);
    if (st.selected) {
        dl->AddRect(ImVec2(a.x - 3 * px, a.y - 3 * px), ImVec2(b.x + 3 * px, b.y + 3 * px),
                    kSelectionGlow, r + 3 * px, 0, 4 * px);
    }
    if (st.glow || st.drop) {
        const ImU32 ring = st.drop == 1 ? kDropOk : st.drop == 2 ? kDropRefused : kGlow;
        const ImU32 halo = (ring & 0x00FFFFFF) | (ImU32(60) << 24);
        dl->AddRect(ImVec2(a.x - 5 * px, a.y - 5 * px), ImVec2(b.x + 5 * px, b.y + 5 * px), halo,
                    r + 5 * px, 0, 6 * px);
    }
    dl->AddRectFilled(a, b, kCardBg, r);
    const ImU32 kind_col = kind_color(card.kind);
    dl->AddRectFilled(a, ImVec2(a.x + 4 * s, b.y), kind_col, r, ImDrawFlags_RoundCornersLeft);
    const ImU32 border = st.drop == 1   ? kDropOk
                         : st.drop == 2 ? kDropRefused
                         : st.glow      ? kGlow
                         : st.selected  ? kSelection
                         : st.hovered   ? kCardBorderHover
                                        : kCardBorder;
    dl->AddRect(a, b, border, r, 0, (st.selected || st.glow || st.drop) ? 2 * px : 1 * px);

    const float pad = kCardPadding_world * s;
    const float inner_w = (card.w - 2 * kCardPadding_world) * s;
    const float label_size = kLabelSize_css * s;
    const float title_size = kCardTitleSize_css * s;
    const float meta_size = kSmallSize_css * s;
    const float x0 = a.x + pad + 2 * s;
    float y = a.y + pad;

    if (title_size < kMinReadable_px) {
        // Too small to read: grey bars stand in for the words.
        const float bar_h = std::max(1.0f, 5 * s);
        dl->AddRectFilled(ImVec2(x0, y + 4 * s), ImVec2(x0 + inner_w * 0.35f, y + 4 * s + bar_h),
                          rgba(kind_col & 0xFF, (kind_col >> 8) & 0xFF, (kind_col >> 16) & 0xFF, 90));
        const float ty = a.y + card_title_top_world() * s;
        dl->AddRectFilled(ImVec2(x0, ty), ImVec2(x0 + inner_w * 0.9f, ty + bar_h), kCardBorder);
        dl->AddRectFilled(ImVec2(x0, ty + 2 * bar_h), ImVec2(x0 + inner_w * 0.6f, ty + 3 * bar_h),
                          kCardBorder);
        return;
    }

    // Label row: kind icon and name, the id, and the score badge on the right.
    const CardTextLayout& t = text_layout(card);
    dl->AddText(fs.small, label_size, ImVec2(x0, y + 0.5f * s), kind_col, kind_icon(card.kind));
    dl->AddText(fs.small_bold, label_size, ImVec2(x0 + t.label_x * s, y + 1.5f * s), kind_col,
                kind_label(card.kind));
    dl->AddText(fs.small, label_size, ImVec2(x0 + t.id_x * s, y + 1.5f * s), kTextFaint, card.id.c_str());
    // A workshop may hide scores from participants until the reveal (workshop/workshop_ui.hpp).
    draw_badge(f, ImVec2(b.x - pad, y - 1 * s), workshop_ui::score_hidden_now() ? std::nullopt : card.score, t);
    if (!card.score && !card.note.empty()) {
        dl->AddText(fs.small, label_size, ImVec2(b.x - pad - t.note_w * s, y + 1.5f * s), kTextFaint,
                    card.note.c_str());
    }

    // Title, wrapped exactly as board/model measured it.
    y = a.y + card_title_top_world() * s;
    ui::add_text(dl, fs.title, title_size, ImVec2(x0, y), kText, card.title, inner_w);

    // Meta line, one line, cut with an ellipsis.
    if (!t.meta.empty()) {
        y += card.title_h * s + 6 * s;
        dl->AddText(fs.small, meta_size, ImVec2(x0, y), kTextMuted, ui::shown(t.meta).c_str());
    }
    workshop_ui::decorate_card(f, card.id, a, b);
}

}  // namespace

void draw_band_mark(ImDrawList* dl, ImVec2 c, float size, std::optional<double> score, ImU32 colour) {
    const std::string band = score_band(score);
    const float h = size * 0.5f;
    if (band == "good") {
        dl->AddCircleFilled(c, h, colour);
    } else if (band == "fair") {
        dl->AddTriangleFilled(ImVec2(c.x, c.y - h), ImVec2(c.x + h * 1.1f, c.y + h * 0.85f),
                              ImVec2(c.x - h * 1.1f, c.y + h * 0.85f), colour);
    } else if (band == "weak") {
        dl->AddRectFilled(ImVec2(c.x - h * 0.85f, c.y - h * 0.85f), ImVec2(c.x + h * 0.85f, c.y + h * 0.85f), colour);
    }
}

std::string ellipsize(ImFont* font, float size_px, const std::string& text, float max_w_px) {
    if (font->CalcTextSizeA(size_px, FLT_MAX, 0, text.c_str()).x <= max_w_px) return text;
    const char* kEllipsis = "\xe2\x80\xa6";
    std::string cut = text;
    while (!cut.empty()) {
        // Drop one UTF-8 code point from the end.
        size_t n = cut.size() - 1;
        while (n > 0 && (static_cast<unsigned char>(cut[n]) & 0xC0) == 0x80) --n;
        cut.resize(n);
        while (!cut.empty() && cut.back() == ' ') cut.pop_back();
        const std::string candidate = cut + kEllipsis;
        if (font->CalcTextSizeA(size_px, FLT_MAX, 0, candidate.c_str()).x <= max_w_px) return candidate;
    }
    return kEllipsis;
}

void draw_marquee(const BoardFrame& f, ImVec2 from_world, ImVec2 to_world) {
    const ImVec2 p = f.to_screen(from_world.x, from_world.y);
    const ImVec2 q = f.to_screen(to_world.x, to_world.y);
    const ImVec2 a(std::min(p.x, q.x), std::min(p.y, q.y));
    const ImVec2 b(std::max(p.x, q.x), std::max(p.y, q.y));
    f.draw->AddRectFilled(a, b, kSelectionGlow, 4 * f.ratio);
    f.draw->AddRect(a, b, kSelection, 4 * f.ratio, 0, 1.5f * f.ratio);
}

void draw_drop_chip(const BoardFrame& f, ImVec2 mouse_px, bool ok, const std::string& text) {
    const fonts::Set& fs = fonts::get();
    const float r = f.ratio;
    // Drawn on top of every window: the chip must never hide behind a card or the panel.
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const float size = (ok ? 16.0f : 13.0f) * r;
    ImFont* font = ok ? fs.title : fs.text;
    const char* icon_text = ok ? icon::kLink : icon::kBan;
    const float wrap = 300 * r;
    const ImVec2 t = font->CalcTextSizeA(size, FLT_MAX, wrap, text.c_str());
    const float iw = fs.text->CalcTextSizeA(size, FLT_MAX, 0, icon_text).x;
    const float pad_x = 12 * r, pad_y = 8 * r;
    ImVec2 a(mouse_px.x + 18 * r, mouse_px.y + 18 * r);
    const ImVec2 box(iw + 8 * r + t.x + 2 * pad_x, t.y + 2 * pad_y);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    if (a.x + box.x > display.x - 8 * r) a.x = mouse_px.x - 18 * r - box.x;
    if (a.y + box.y > display.y - 8 * r) a.y = mouse_px.y - 18 * r - box.y;
    const ImVec2 b(a.x + box.x, a.y + box.y);
    const ImU32 bg = ok ? kDropOk : kDropRefused;
    dl->AddRectFilled(ImVec2(a.x, a.y + 2 * r), ImVec2(b.x, b.y + 3 * r), kShadow, 10 * r);
    dl->AddRectFilled(a, b, bg, 10 * r);
    dl->AddText(fs.text, size, ImVec2(a.x + pad_x, a.y + pad_y), kOnAccent, icon_text);
    ui::add_text(dl, font, size, ImVec2(a.x + pad_x + iw + 8 * r, a.y + pad_y), kOnAccent, text, wrap);
}

void draw_grid(const BoardFrame& f) {
    const float step_px = kGridStep_world * f.scale;
    if (step_px < 10 * f.ratio) return;  // too dense to help
    const float dot = std::max(1.0f, 1.1f * f.ratio);
    const float wx0 = std::floor(f.offset_x / kGridStep_world) * kGridStep_world;
    const float wy0 = std::floor(f.offset_y / kGridStep_world) * kGridStep_world;
    const ImVec2 start = f.to_screen(wx0, wy0);
    for (float y = start.y; y < f.origin_px.y + f.size_px.y; y += step_px) {
        if (y < f.origin_px.y) continue;
        for (float x = start.x; x < f.origin_px.x + f.size_px.x; x += step_px) {
            if (x < f.origin_px.x) continue;
            f.draw->AddRectFilled(ImVec2(x, y), ImVec2(x + dot, y + dot), kGridDot);
        }
    }
}

void draw_lanes(const BoardFrame& f, const BoardModel& board) {
    const fonts::Set& fs = fonts::get();
    const float s = f.scale;
    if (board.shelf.x1 > board.shelf.x0) {
        const ImVec2 a = f.to_screen(board.shelf.x0, board.shelf.y0);
        const ImVec2 b = f.to_screen(board.shelf.x1, board.shelf.y1);
        if (visible(f, a, b)) {
            f.draw->AddRectFilled(a, b, kLaneBg, 16 * s);
            const float size = 13.5f * s;
            if (size >= kMinReadable_px) {
                const ImVec2 t = f.to_screen(board.shelf.x0 + 16, board.shelf.y0 + 22);
                f.draw->AddText(fs.heading, size, ImVec2(std::floor(t.x + 0.5f), std::floor(t.y + 0.5f)), kText,
                                i18n::tr("board.shelf").c_str());
            }
        }
    }
    for (const Column& c : board.columns) {
        const ImVec2 a = f.to_screen(c.x - 12, -10);
        const ImVec2 b = f.to_screen(c.x + c.w + 12, std::max(c.bottom, kColumnHeader_world + 40) + 6);
        if (!visible(f, a, b)) continue;
        f.draw->AddRectFilled(a, b, kLaneBg, 16 * s);
        const float size = 13.5f * s;
        if (size < kMinReadable_px) continue;
        ImVec2 t = f.to_screen(c.x + 4, 12);
        t = ImVec2(std::floor(t.x + 0.5f), std::floor(t.y + 0.5f));
        float w = text_at(f.draw, fs.heading, size, t, kText, kind_column_title(c.kind));
        // Count chip beside the heading.
        char count[16];
        std::snprintf(count, sizeof count, "%d", c.count);
        const float cs = 11.0f * s;
        const ImVec2 ct = fs.small_bold->CalcTextSizeA(cs, FLT_MAX, 0, count);
        const ImVec2 ca(t.x + w + 8 * s, t.y + (size - ct.y) * 0.5f - 2 * s);
        const ImVec2 cb(ca.x + ct.x + 12 * s, ca.y + ct.y + 4 * s);
        f.draw->AddRectFilled(ca, cb, kChipBg, (cb.y - ca.y) * 0.5f);
        f.draw->AddText(fs.small_bold, cs, ImVec2(ca.x + 6 * s, ca.y + 2 * s), kTextMuted, count);
        if (c.count == 0) {
            const char* hint = i18n::tr(std::string("board.empty.") + kind_name(c.kind)).c_str();
            const ImVec2 h = f.to_screen(c.x + 4, kColumnHeader_world + 8);
            f.draw->AddText(fs.small, 12.5f * s, h, kTextFaint, hint);
        }
        // A thin accent under the heading says which kind lives here.
        const ImVec2 ua = f.to_screen(c.x + 4, 34);
        f.draw->AddRectFilled(ua, ImVec2(ua.x + 24 * s, ua.y + 2.5f * s), kind_color(c.kind), 2 * s);
    }
}

Box visible_world(const BoardFrame& f) {
    const ImVec2 a = f.to_world(f.origin_px);
    const ImVec2 b = f.to_world(ImVec2(f.origin_px.x + f.size_px.x, f.origin_px.y + f.size_px.y));
    return {a.x, a.y, b.x, b.y};
}

void CardStates::reset(size_t cards) {
    if (of.size() != cards) {
        of.assign(cards, CardState{});
    } else {
        for (size_t i : marked) of[i] = CardState{};
    }
    marked.clear();
}

void draw_links(const BoardFrame& f, const BoardModel& board, const CardStates& states) {
    const float s = f.scale;
    // Kept between frames: the lists are rebuilt each frame without allocating.
    static std::vector<uint32_t> quiet, active;
    quiet.clear();
    active.clear();
    // The curve bulges up to its control points; dots at the ends add a few pixels.
    const float pad = 8 * f.ratio / s;
    const Box view = visible_world(f);
    for (size_t i = 0; i < board.links.size(); ++i) {
        const CardLink& l = board.links[i];
        const CardState& ps = states.of[l.parent];
        const CardState& cs = states.of[l.child];
        const bool on = ps.selected || cs.selected || ps.hovered || cs.hovered;
        // A link that skips a column would run behind other cards and read as a chain
        // through them; it shows only while one of its ends is in focus.
        if (!on && l.skips) continue;
        const Box& p = board.boxes[l.parent];
        const Box& c = board.boxes[l.child];
        const float x0 = p.x1 + ps.dx_world, y0 = (p.y0 + p.y1) * 0.5f + ps.dy_world;
        const float x1 = c.x0 + cs.dx_world, y1 = (c.y0 + c.y1) * 0.5f + cs.dy_world;
        const float bulge = std::max(40.0f, std::fabs(x1 - x0) * 0.5f);
        if (std::max(x1, x0 + bulge) + pad < view.x0 || std::min(x0, x1 - bulge) - pad > view.x1 ||
            std::max(y0, y1) + pad < view.y0 || std::min(y0, y1) - pad > view.y1) {
            continue;
        }
        (on ? active : quiet).push_back(uint32_t(i));
    }
    for (const std::vector<uint32_t>* list : {&quiet, &active}) {  // highlighted links on top
        const bool on = list == &active;
        const ImU32 col = on ? kLinkActive : kLink;
        const float thick = (on ? 2.2f : 1.5f) * f.ratio * std::min(1.0f, std::max(0.6f, s / f.ratio));
        const float dot = 3.2f * s;
        for (uint32_t i : *list) {
            const CardLink& l = board.links[i];
            const Card& p = board.cards[l.parent];
            const Card& c = board.cards[l.child];
            const CardState& ps = states.of[l.parent];
            const CardState& cs = states.of[l.child];
            const ImVec2 p0 = f.to_screen(p.x + ps.dx_world + p.w, p.y + ps.dy_world + p.h * 0.5f);
            const ImVec2 p3 = f.to_screen(c.x + cs.dx_world, c.y + cs.dy_world + c.h * 0.5f);
            const float dx = std::max(40 * s, std::fabs(p3.x - p0.x) * 0.5f);
            f.draw->AddBezierCubic(p0, ImVec2(p0.x + dx, p0.y), ImVec2(p3.x - dx, p3.y), p3, col, thick);
            f.draw->AddCircleFilled(p0, dot, col);
            f.draw->AddCircleFilled(p3, dot, col);
            f.draw->AddCircleFilled(p3, dot * 0.45f, kCardBg);
        }
    }
}

void draw_cards(const BoardFrame& f, const BoardModel& board, const CardStates& states) {
    static std::vector<uint32_t> shown;  // kept between frames, like the link lists
    // Shadows and selection rings reach a little past the card.
    const float pad = 10 * f.ratio / f.scale;
    Box view = visible_world(f);
    view = {view.x0 - pad, view.y0 - pad, view.x1 + pad, view.y1 + pad};
    board.cards_in(view, shown);
    // Dragged cards may come from off screen; each is drawn once, in plan order.
    bool extra = false;
    for (size_t i : states.marked) {
        if (states.of[i].dx_world != 0 || states.of[i].dy_world != 0) {
            shown.push_back(uint32_t(i));
            extra = true;
        }
    }
    if (extra) {
        std::sort(shown.begin(), shown.end());
        shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
    }
    // Selected and dragged cards go last so they sit on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (uint32_t i : shown) {
            const CardState& st = states.of[i];
            const bool lifted = st.selected || st.dx_world != 0 || st.dy_world != 0;
            if (lifted != (pass == 1)) continue;
            draw_card(f, board.cards[i], st);
        }
    }
}

}  // namespace ab::web
