// Adds the fonts at the device pixel ratio (see fonts.hpp). ImGui 1.92 rasterizes glyphs when
// first drawn: Inter answers for what the build subset it to (cmake/web.cmake, AB_TEXT_RANGES),
// the icons for theirs, and the browser's fonts for everything else (browser_glyphs.cpp).
#include "ui/text/fonts.hpp"

#include <cstdio>
#include <vector>

#include "platform/platform.hpp"
#include "ui/text/browser_glyphs.hpp"
#include "ui/text/graphemes.hpp"
#include "ui/theme.hpp"

namespace ab::web::fonts {
namespace {

// The icon subset holds only what icons.hpp uses; asking for the whole private-use block costs
// nothing for glyphs that are absent.
const ImWchar kIconRanges[] = {0xF000, 0xF2FF, 0};

struct Sources {
    std::vector<unsigned char> regular, semibold, icons;
    bool ok() const { return !regular.empty() && !semibold.empty(); }
};

Sources& sources() {
    static Sources s;
    return s;
}

Set& current() {
    static Set s;
    return s;
}

constexpr int kRegular = 400, kSemiBold = 600;  // CSS weights of the browser's fonts

ImFont* add(std::vector<unsigned char>& bytes, float size_px, bool with_icons, int weight) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in sources() for every rebuild
    cfg.OversampleH = size_px >= 24 ? 1 : 2;
    cfg.OversampleV = 1;
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(bytes.data(), int(bytes.size()), size_px, &cfg);
    if (with_icons && !sources().icons.empty()) {
        ImFontConfig icons;
        icons.FontDataOwnedByAtlas = false;
        icons.MergeMode = true;
        icons.PixelSnapH = true;
        icons.GlyphMinAdvanceX = size_px * 1.15f;  // icons line up in buttons and labels
        icons.GlyphOffset = ImVec2(0, size_px * 0.04f);
        io.Fonts->AddFontFromMemoryTTF(sources().icons.data(), int(sources().icons.size()),
                                       size_px * 0.95f, &icons, kIconRanges);
    }
    browser_glyphs::merge_into_last_font(size_px, weight);
    return font;
}

}  // namespace

bool load_sources() {
    Sources& s = sources();
    s.regular = platform::take_boot_asset("font-regular");
    s.semibold = platform::take_boot_asset("font-semibold");
    s.icons = platform::take_boot_asset("font-icons");
    return s.ok();
}

void rebuild(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    browser_glyphs::install_eviction();
    graphemes::install();
    Set& set = current();
    Sources& s = sources();
    const float r = pixel_ratio;
    if (s.ok()) {
        set.text = add(s.regular, theme::kTextSize_css * r, true, kRegular);
        set.small = add(s.regular, theme::kSmallSize_css * r, true, kRegular);
        set.small_bold = add(s.semibold, theme::kSmallSize_css * r, false, kSemiBold);
        set.title = add(s.semibold, theme::kCardTitleSize_css * r, false, kSemiBold);
        set.heading = add(s.semibold, 15.0f * r, true, kSemiBold);
        set.score = add(s.semibold, theme::kScoreSize_css * r, false, kSemiBold);
    } else {
        ImFontConfig cfg;
        cfg.SizePixels = 13.0f * r;
        ImFont* fallback = io.Fonts->AddFontDefault(&cfg);
        browser_glyphs::merge_into_last_font(cfg.SizePixels, kRegular);
        set = Set{fallback, fallback, fallback, fallback, fallback, fallback};
    }
    io.FontDefault = set.text;

    ImGuiStyle& style = ImGui::GetStyle();
    style = theme::base_style();
    style.ScaleAllSizes(r);
}

const Set& get() { return current(); }

}  // namespace ab::web::fonts
