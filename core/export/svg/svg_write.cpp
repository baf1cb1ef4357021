// Numbers, text, rectangles and colours for the picture (see svg_write.hpp).
#include "export/svg/svg_write.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "export/svg/svg_text.hpp"

namespace ab::svg {

void num(std::string& out, double v) {
    if (!std::isfinite(v)) v = 0;
    char buf[32];
    const double r = std::round(v * 100) / 100;
    int n = std::snprintf(buf, sizeof buf, "%.2f", r == 0 ? 0.0 : r);
    while (n > 0 && buf[n - 1] == '0') --n;
    if (n > 0 && buf[n - 1] == '.') --n;
    out.append(buf, size_t(n));
}

void open_text(std::string& out, double x, double top, double size, const char* cls, const char* extra) {
    out += "<text x=\"";
    num(out, x);
    out += "\" y=\"";
    num(out, top + kBaseline * size);
    out += "\" font-size=\"";
    num(out, size * kEmPerSize);
    out += "\" class=\"";
    out += cls;
    out += '"';
    if (extra) {
        out += ' ';
        out += extra;
    }
    out += '>';
}

void text(std::string& out, double x, double top, double size, const char* cls, std::string_view words,
          const char* extra) {
    open_text(out, x, top, size, cls, extra);
    append_xml(out, words);
    out += "</text>\n";
}

void rect(std::string& out, double x, double y, double w, double h, double r, const char* cls) {
    out += "<rect x=\"";
    num(out, x);
    out += "\" y=\"";
    num(out, y);
    out += "\" width=\"";
    num(out, std::max(0.0, w));
    out += "\" height=\"";
    num(out, std::max(0.0, h));
    if (r > 0) {
        out += "\" rx=\"";
        num(out, r);
    }
    out += "\" class=\"";
    out += cls;
    out += "\"/>\n";
}

const char* kind_fill(Kind kind) {
    // In Kind order: person slate, goal indigo, strategy sky, product pink, tactic teal, KPI amber,
    // insight lime.
    static const char* const kColors[7] = {"#64748b", "#4f46e5", "#0284c7", "#be185d",
                                           "#0d9488", "#d97706", "#65a30d"};
    const int i = int(kind);
    return i >= 0 && i < 7 ? kColors[i] : "#667085";
}

const char* health_class(const std::optional<double>& score) {
    if (!score) return "na";
    if (*score >= 80) return "good";
    if (*score >= 60) return "warn";
    return "bad";
}

const char* style_sheet() {
    return "<style>\n"
           ".bg{fill:#f4f5f8}.dot{fill:#d6dae1}.lane{fill:#ebeef3;fill-opacity:.67}\n"
           ".card{fill:#fff;stroke:#e2e5eb;stroke-width:1}.shadow{fill:#101828;fill-opacity:.055}\n"
           ".link{fill:none;stroke:#c0c7d3;stroke-width:1.5}.skip{stroke-dasharray:4 4;stroke-opacity:.7}\n"
           ".end{fill:#c0c7d3}.hole{fill:#fff}\n"
           ".tx{fill:#171c26}.mu{fill:#667085}.fa{fill:#98a2b3}.chip{fill:#dfe3ea}.track{fill:#e8ebf0}\n"
           ".b{font-weight:600}.bb{font-weight:700}\n"
           ".good{fill:#059669}.warn{fill:#ca8a04}.bad{fill:#dc2626}.na{fill:#98a2b3}\n"
           ".good-t{fill:#dcf5ea}.warn-t{fill:#fef3cd}.bad-t{fill:#fee2e2}.na-t{fill:#f5f6fa}\n"
           ".panel{fill:#fff;stroke:#e4e7ec}\n"
           "</style>\n";
}

}  // namespace ab::svg
