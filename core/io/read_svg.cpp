// Reading the plan an exported picture carries (see "Plans inside pictures" in plan_json.hpp).
// Not an XML parser: the writer puts the plan in one known element as escaped text, so the
// reader finds that element and undoes XML's escapes (entities, character references and CDATA
// sections, which an editor that re-saves the picture may have used). Everything else in the
// picture is ignored; the plan then meets every rule and limit of a plan file.
#include <cstdint>
#include <cstdlib>

#include "format/utf8.hpp"
#include "i18n/i18n.hpp"
#include "io/plan_json.hpp"

namespace ab {

namespace {

std::string no_plan() { return i18n::tr("read.svg_no_plan"); }


// One entity or character reference (`ref` is what lies between & and ;), or false.
bool put_reference(std::string& out, std::string_view ref) {
    if (ref == "amp") out += '&';
    else if (ref == "lt") out += '<';
    else if (ref == "gt") out += '>';
    else if (ref == "quot") out += '"';
    else if (ref == "apos") out += '\'';
    else if (ref.size() >= 2 && ref.size() <= 8 && ref[0] == '#') {
        const bool hex = ref[1] == 'x';
        const std::string digits(ref.substr(hex ? 2 : 1));
        if (digits.empty()) return false;
        char* end = nullptr;
        const unsigned long c = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
        if (*end != '\0' || c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
        append_utf8(out, char32_t(c));
    } else {
        return false;
    }
    return true;
}

}  // namespace

bool looks_like_xml(std::string_view text) {
    size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    return i < text.size() && text[i] == '<';
}

std::optional<std::string> plan_text_in_svg(std::string_view text, std::string& error) {
    if (text.find("<svg") == std::string_view::npos) {
        error = i18n::tr("read.svg_xml");
        return std::nullopt;
    }
    const std::string open = std::string("<") + kSvgPlanElement;
    const std::string close = std::string("</") + kSvgPlanElement + ">";
    size_t at = text.find(open);
    // "<alignboard:planner" is another element.
    while (at != std::string_view::npos && at + open.size() < text.size() &&
           std::string_view(" \t\r\n>/").find(text[at + open.size()]) == std::string_view::npos) {
        at = text.find(open, at + 1);
    }
    if (at == std::string_view::npos) {
        error = no_plan();
        return std::nullopt;
    }
    const size_t tag_end = text.find('>', at);
    if (tag_end == std::string_view::npos || text[tag_end - 1] == '/') {
        error = tag_end == std::string_view::npos ? i18n::tr("read.svg_cut") : no_plan();
        return std::nullopt;
    }
    const size_t end = text.find(close, tag_end);
    if (end == std::string_view::npos) {
        error = i18n::tr("read.svg_cut_at", {{"tag", close}});
        return std::nullopt;
    }
    const std::string_view body = text.substr(tag_end + 1, end - tag_end - 1);
    std::string out;
    out.reserve(body.size());
    for (size_t i = 0; i < body.size();) {
        if (body.compare(i, 9, "<![CDATA[") == 0) {
            const size_t stop = body.find("]]>", i + 9);
            if (stop == std::string_view::npos) break;
            out.append(body.substr(i + 9, stop - i - 9));
            i = stop + 3;
        } else if (body[i] == '&') {
            const size_t semi = body.find(';', i);
            if (semi == std::string_view::npos || semi - i > 10 || !put_reference(out, body.substr(i + 1, semi - i - 1))) {
                error = i18n::tr("read.svg_reference", {{"at", std::to_string(i)}});
                return std::nullopt;
            }
            i = semi + 1;
        } else if (body[i] == '<') {
            error = i18n::tr("read.svg_markup");
            return std::nullopt;
        } else {
            out += body[i++];
        }
    }
    if (out.find_first_not_of(" \t\r\n") == std::string::npos) {
        error = no_plan();
        return std::nullopt;
    }
    return out;
}

LoadResult load_plan_in_svg(std::string_view text) {
    LoadResult r;
    // The picture itself may be no larger than a plan file; the plan inside meets the plan limits.
    if (text.size() > kMaxPlanTextBytes) {
        r.errors.push_back({"", size_refusal(text)});
        return r;
    }
    std::string error;
    std::optional<std::string> inner = plan_text_in_svg(text, error);
    if (inner && looks_like_xml(*inner)) {
        inner.reset();
        error = i18n::tr("read.svg_is_xml");
    }
    if (!inner) {
        r.errors.push_back({"", error});
        return r;
    }
    return load_plan(*inner);
}

}  // namespace ab
