// See browser_glyphs.hpp. The loader answers for every character (a character no font has comes
// back from the page as a drawn box), so ImGui never falls back to '?'.
#include "ui/text/browser_glyphs.hpp"

#include <algorithm>
#include <cmath>

#include <emscripten.h>

#include "imgui_internal.h"
#include "platform/platform.hpp"

extern "C" {
// web/ui/glyphs.js
void ab_js_glyph_raster(unsigned codepoint, float size_px, int weight, float* out6);
void ab_js_glyph_take(unsigned char* dst);
float ab_js_glyph_advance(unsigned codepoint, float size_px, int weight);
}

namespace ab::web::browser_glyphs {
namespace {

// 4096 x 2048 RGBA is 32 MB: room for about 7,000 distinct CJK characters at a pixel ratio of 2.
constexpr int kMaxAtlasWidth = 4096, kMaxAtlasHeight = 2048;
// Evicting drops every glyph and redraws what is on screen, at most every half second. When the
// screen alone needs more than the cap (it fills again at once), the wait doubles up to 8 s, so
// what did not fit shows blank for a while instead of the page re-rasterizing all the time.
constexpr double kEvictWait_s = 0.5, kEvictWaitMost_s = 8;

// Drawing a glyph through the page costs about 0.1 to 1 ms, so a burst of new characters (a pasted
// page of Chinese) is spread over frames: past this much rasterizing in one frame, a glyph gets
// only its advance (measured, cheap, so lines wrap where they will) and is drawn in a later frame.
constexpr double kRasterBudget_ms = 8;
double g_raster_ms = 0;  // spent in this frame
// Glyphs left undrawn this frame, loaded again before the next (ImGui keeps a loaded glyph).
struct Deferred {
    ImFontBaked* baked;
    ImWchar c;
};
ImVector<Deferred> g_deferred;

bool g_atlas_full = false;
int g_rasterized = 0;  // characters the browser's fonts answered (drawn or measured), for the bridge
double g_evicted_at_s = -1e9, g_evict_wait_s = kEvictWait_s;
int g_frames_since_evict = 0;

// Characters that draw nothing and must never become a box: joiners, direction marks,
// variation selectors and the like, which emoji sequences and other scripts carry.
bool invisible(unsigned c) {
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
           (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || (c >= 0xE0000 && c <= 0xE0FFF) || c == 0x00AD;
}

// Characters that take a full em: CJK ideographs, kana, hangul, full-width forms.
bool wide(unsigned c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool contains(ImFontAtlas*, ImFontConfig*, ImWchar) { return true; }

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar c,
                ImFontGlyph* out, float* out_advance_x) {
    if (invisible(unsigned(c))) {
        if (out_advance_x) *out_advance_x = 0;
        else out->AdvanceX = 0;
        return true;
    }
    const float density = src->RasterizerDensity * baked->RasterizerDensity;
    const float to_layout = 1.0f / density;
    if (g_raster_ms >= kRasterBudget_ms) {
        // Measuring a character the page has not seen costs a font lookup too: past twice the
        // budget the advance is estimated (an em for wide East Asian characters) until drawn.
        const double measure_from_ms = emscripten_get_now();
        const float advance = g_raster_ms < 2 * kRasterBudget_ms
                                  ? ab_js_glyph_advance(unsigned(c), baked->Size * density, int(src->FontLoaderFlags))
                                  : baked->Size * density * (wide(unsigned(c)) ? 1.0f : 0.6f);
        g_raster_ms += emscripten_get_now() - measure_from_ms;
        ++g_rasterized;  // answered by the browser's fonts, drawn later
        if (out_advance_x) {
            *out_advance_x = advance * to_layout;  // ImGui draws it later, loading it then
            return true;
        }
        out->Codepoint = c;
        out->AdvanceX = advance * to_layout;
        g_deferred.push_back(Deferred{baked, c});
        platform::request_frames(1);
        return true;
    }
    const double started_ms = emscripten_get_now();
    float info[6] = {};
    ab_js_glyph_raster(unsigned(c), baked->Size * density, int(src->FontLoaderFlags), info);
    ++g_rasterized;
    if (out_advance_x) {
        ab_js_glyph_take(nullptr);
        g_raster_ms += emscripten_get_now() - started_ms;
        *out_advance_x = info[4] * to_layout;
        return true;
    }
    out->Codepoint = c;
    out->AdvanceX = info[4] * to_layout;
    const int w = int(info[0]), h = int(info[1]);
    if (w <= 0 || h <= 0) {
        g_raster_ms += emscripten_get_now() - started_ms;
        return true;
    }
    const ImFontAtlasRectId pack = ImFontAtlasPackAddRect(atlas, w, h);
    if (pack == ImFontAtlasRectId_Invalid) {
        // No room under the cap: the glyph keeps its advance (the layout stays right) and is
        // drawn after the eviction this asks for.
        if (!g_atlas_full) platform::request_redraw_in(g_evict_wait_s);
        g_atlas_full = true;
        ab_js_glyph_take(nullptr);
        return true;
    }
    ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack);
    ImVector<unsigned char>& pixels = atlas->Builder->TempBuffer;
    pixels.resize(w * h * 4);
    ab_js_glyph_take(pixels.Data);
    g_raster_ms += emscripten_get_now() - started_ms;
    out->X0 = info[2] * to_layout;
    out->Y0 = info[3] * to_layout + IM_ROUND(baked->Ascent);
    out->X1 = out->X0 + float(w) * to_layout;
    out->Y1 = out->Y0 + float(h) * to_layout;
    out->Visible = true;
    out->Colored = (int(info[5]) & 1) != 0;
    out->PackId = pack;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out, r, pixels.Data, ImTextureFormat_RGBA32, w * 4);
    // Text in this frame was laid out with another advance when the index holds one that differs
    // (an estimate made past the budget, or the fallback's width ImGui leaves when a deferred
    // glyph is discarded): one more frame lays it out with the real one.
    if (unsigned(c) < unsigned(baked->IndexAdvanceX.Size)) {
        const float measured = baked->IndexAdvanceX[c];
        if (measured >= 0 && std::abs(measured - out->AdvanceX) > 0.01f) platform::request_frames(1);
    }
    return true;
}

const ImFontLoader& loader() {
    static ImFontLoader l;
    if (!l.Name) {
        l.Name = "alignboard-browser-fonts";
        l.FontSrcContainsGlyph = contains;
        l.FontBakedLoadGlyph = load_glyph;
    }
    return l;
}

// Before each NewFrame: when a glyph found no room, drop every baked size (the atlas then packs
// anew from only what the coming frame draws) and shrink the texture to what is left.
// Drops the glyph entries of `b` that no character points to any more (discarded ones: ImGui
// forgets a discarded glyph's index but keeps its entry, and its index is 16 bits).
void compact(ImFontBaked* b) {
    int kept = 0;
    for (int r = 0; r < b->Glyphs.Size; ++r) {
        const unsigned c = b->Glyphs[r].Codepoint;
        const bool live = (c < unsigned(b->IndexLookup.Size) && b->IndexLookup[c] == r) || b->FallbackGlyphIndex == r;
        if (!live) continue;
        if (kept != r) {
            b->Glyphs[kept] = b->Glyphs[r];
            if (c < unsigned(b->IndexLookup.Size) && b->IndexLookup[c] == r) b->IndexLookup[c] = ImU16(kept);
            if (b->FallbackGlyphIndex == r) b->FallbackGlyphIndex = kept;
        }
        ++kept;
    }
    b->Glyphs.resize(kept);
}

// Glyphs deferred by the budget are forgotten, so drawing them loads them again.
void load_deferred_again() {
    if (g_deferred.empty()) return;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    ImVector<ImFontBaked*> touched;
    for (const Deferred& d : g_deferred) {
        ImFontBaked* b = d.baked;
        if (b->WantDestroy || d.c >= unsigned(b->IndexLookup.Size)) continue;
        const int i = b->IndexLookup[d.c];  // 0xFFFF and 0xFFFE (imgui_draw.cpp) are past any glyph
        if (i >= b->Glyphs.Size) continue;
        ImFontGlyph* g = &b->Glyphs[i];
        if (g->Codepoint != d.c || g->Visible) continue;
        ImFontAtlasBakedDiscardFontGlyph(atlas, b->ContainerFont, b, g);
        if (!touched.contains(b)) touched.push_back(b);
    }
    g_deferred.clear();
    for (ImFontBaked* b : touched) compact(b);
}

void before_new_frame(ImGuiContext*, ImGuiContextHook*) {
    ++g_frames_since_evict;
    g_raster_ms = 0;
    if (!g_atlas_full) {
        load_deferred_again();
        return;
    }
    const double now_s = ImGui::GetTime();
    if (now_s - g_evicted_at_s < g_evict_wait_s) {
        g_deferred.clear();  // no room for them before the eviction, which discards every size
        platform::request_redraw_in(g_evict_wait_s - (now_s - g_evicted_at_s));
        return;
    }
    g_evict_wait_s = g_frames_since_evict <= 2 ? std::min(g_evict_wait_s * 2, kEvictWaitMost_s) : kEvictWait_s;
    g_atlas_full = false;
    g_frames_since_evict = 0;
    g_evicted_at_s = now_s;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    g_deferred.clear();  // their sizes go too
    ImFontAtlasBuildDiscardBakes(atlas, 0);
    ImFontAtlasTextureCompact(atlas);
}

}  // namespace

void merge_into_last_font(float size_px, int weight) {
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.SizePixels = size_px;
    cfg.FontLoader = &loader();
    cfg.FontLoaderFlags = unsigned(weight);
    ImFormatString(cfg.Name, IM_ARRAYSIZE(cfg.Name), "browser fonts %d", weight);
    ImGui::GetIO().Fonts->AddFont(&cfg);
}

void install_eviction() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->TexMaxWidth = kMaxAtlasWidth;
    atlas->TexMaxHeight = kMaxAtlasHeight;
    // Colour emoji share the atlas with the white glyphs the text colour tints.
    atlas->TexDesiredFormat = ImTextureFormat_RGBA32;
    static bool installed = false;
    if (installed) return;
    installed = true;
    ImGuiContextHook hook;
    hook.Type = ImGuiContextHookType_NewFramePre;
    hook.Callback = before_new_frame;
    ImGui::AddContextHook(ImGui::GetCurrentContext(), &hook);
}

int atlas_bytes() {
    const ImTextureData* tex = ImGui::GetIO().Fonts->TexData;
    return tex && tex->Pixels ? tex->Width * tex->Height * tex->BytesPerPixel : 0;
}

int glyphs_given() { return g_rasterized; }

}  // namespace ab::web::browser_glyphs

// The test bridge's atlas() (web/host/bridge.js).
extern "C" {
EMSCRIPTEN_KEEPALIVE int ab_ui_atlas_bytes() { return ab::web::browser_glyphs::atlas_bytes(); }
EMSCRIPTEN_KEEPALIVE int ab_ui_atlas_width() {
    const ImTextureData* tex = ImGui::GetIO().Fonts->TexData;
    return tex ? tex->Width : 0;
}
EMSCRIPTEN_KEEPALIVE int ab_ui_atlas_height() {
    const ImTextureData* tex = ImGui::GetIO().Fonts->TexData;
    return tex ? tex->Height : 0;
}
EMSCRIPTEN_KEEPALIVE int ab_ui_browser_glyphs() { return ab::web::browser_glyphs::glyphs_given(); }
}
