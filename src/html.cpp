// Shared pieces of the HTML pages.
#include "html.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "i18n.hpp"

namespace ipsfid {

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                // Control characters have no place in a report.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += "\xEF\xBF\xBD";
                else out += c;
        }
    }
    return out;
}

namespace {

// System fonts only: a report must not fetch a web font. The score colours
// run from red to green; the darkest ones take white text for contrast.
constexpr std::string_view stylesheet = R"css(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2933;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;border-bottom:2px solid #d9e2ec;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
dl.meta dt{font-weight:600}table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d9e2ec;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f4f8}td.num,th.num{text-align:right}.total{font-size:1.4rem;font-weight:700}.note{color:#52606d;font-style:italic}
.gap-major{fill:#c62828;color:#c62828}.gap-moderate{fill:#ef8c00;color:#b26a00}.gap-minor{fill:#f2c94c;color:#8a6d00}.gap-none{fill:#2e7d32;color:#2e7d32}
.score-1{background:#c62828;color:#fff;fill:#c62828}.score-2{background:#ef8c00;color:#1f2933;fill:#ef8c00}
.score-3{background:#f2c94c;color:#1f2933;fill:#f2c94c}.score-4{background:#a5d6a7;color:#1f2933;fill:#a5d6a7}
.score-5{background:#2e7d32;color:#fff;fill:#2e7d32}
svg{max-width:100%;height:auto;display:block;margin:.5rem 0}svg.radar{max-width:26rem;margin:.5rem auto}svg text{font:12px system-ui,Arial,sans-serif;fill:#1f2933}
.radar .grid{fill:none;stroke:#d9e2ec}.radar .axis{stroke:#bcccdc}.radar .target{fill:none;stroke:#2e7d32;stroke-dasharray:4 3;stroke-width:1.5}
.radar .principles{fill:rgba(33,102,172,.25);stroke:#2166ac;stroke-width:2}.radar .previous{fill:none;stroke:#7b8794;stroke-width:2;stroke-dasharray:6 3}
.legend{font-size:.9rem;color:#52606d}.legend .swatch{display:inline-block;width:1.6em;height:.25em;vertical-align:middle;margin:0 .3em 0 .8em}
.marker{stroke:#1f2933;stroke-width:3}
.gap-item{border-left:4px solid #d9e2ec;padding:.2rem .8rem;margin:.8rem 0;break-inside:avoid}
.gap-item.major{border-color:#c62828}.gap-item.moderate{border-color:#ef8c00}.gap-item.minor{border-color:#f2c94c}
@media print{@page{size:A4;margin:15mm}body{margin:0;padding:0;max-width:none;font-size:11pt}h2{break-after:avoid}table{font-size:9.5pt}
table:not(.heat) :is(td,th){overflow-wrap:anywhere}
tr,.chart,.gap-item{break-inside:avoid}thead{display:table-header-group}a{color:inherit;text-decoration:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)css";

}  // namespace

void begin_html_page(std::ostream& out, std::string_view language, std::string_view title, std::string_view page_css) {
    out << "<!DOCTYPE html>\n<html lang=\"" << escape_html(language) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>" << escape_html(title) << "</title>\n<style>" << stylesheet << page_css << "</style>\n</head>\n<body>\n";
}

void end_html_page(std::ostream& out) { out << "</body>\n</html>\n"; }

void render_radar(std::ostream& out, std::string_view id, const Rubric& rubric, const std::string& language,
                  const std::vector<RadarSeries>& series) {
    const std::size_t n = rubric.principles.size();
    const double cx = 210, cy = 210, radius = 150;
    auto point = [&](std::size_t i, double value) {
        const double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(i) / static_cast<double>(n);
        const double r = radius * value / rubric.scale_max;
        return std::pair{cx + r * std::cos(angle), cy + r * std::sin(angle)};
    };
    auto polygon = [&](auto value_of) {
        std::string points;
        for (std::size_t i = 0; i < n; ++i) {
            const auto [px, py] = point(i, value_of(i));
            points += fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", px, py);
        }
        return points;
    };
    std::string summary;
    for (const RadarSeries& s : series) {
        if (!summary.empty()) summary += ". ";
        if (!s.label.empty()) summary += s.label + ": ";
        for (std::size_t p = 0; p < n && p < s.values.size(); ++p)
            summary += fmt::format("{}{}: {}", p == 0 ? "" : "; ", rubric.principles[p].name.in(language),
                                   human_decimal(language, s.values[p], 2));
    }
    out << "<svg class=\"chart radar\" role=\"img\" aria-labelledby=\"" << id << "-title\" viewBox=\"0 0 420 420\">"
        << "<title id=\"" << id << "-title\">" << escape_html(summary) << "</title>\n";
    // Fewer than three axes make no polygon; the table beside the chart
    // still gives the values.
    if (n >= 3) {
        for (int ring = rubric.scale_min; ring <= rubric.scale_max; ++ring)
            out << "<polygon class=\"grid\" points=\"" << polygon([&](std::size_t) { return ring; }) << "\"/>\n";
        for (std::size_t i = 0; i < n; ++i) {
            const auto [px, py] = point(i, rubric.scale_max);
            const auto [lx, ly] = point(i, rubric.scale_max * 1.12);
            out << fmt::format("<line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>", cx, cy, px, py)
                << fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n", lx, ly + 4, i + 1);
        }
        out << "<polygon class=\"target\" points=\"" << polygon([&](std::size_t) { return rubric.principle_target; })
            << "\"><title>" << human_decimal(language, rubric.principle_target, 1) << "</title></polygon>\n";
        for (const RadarSeries& s : series)
            out << "<polygon class=\"" << s.css_class << "\" points=\""
                << polygon([&](std::size_t i) { return i < s.values.size() ? s.values[i] : 0.0; }) << "\"/>\n";
    }
    out << "</svg>\n";
}

void begin_bar_chart(std::ostream& out, const Rubric& rubric, double width, std::string_view title) {
    out << fmt::format("<svg class=\"chart bars\" role=\"img\" aria-labelledby=\"bars-title\" viewBox=\"0 0 {:.0f} 190\">"
                       "<title id=\"bars-title\">{}</title>\n",
                       width, escape_html(title));
    for (int s = rubric.scale_min; s <= rubric.scale_max; ++s) {
        const double y = bar_base - bar_height * s / rubric.scale_max;
        out << fmt::format("<line x1=\"30\" x2=\"{:.0f}\" y1=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#e4e7eb\"/>"
                           "<text x=\"24\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n",
                           width, y, y, y + 4, s);
    }
}

void bar_label(std::ostream& out, double x, int number) {
    out << fmt::format("<text x=\"{:.0f}\" y=\"{:.0f}\" text-anchor=\"middle\">{}</text>\n", x, bar_base + 18, number);
}

std::string score_class(const Rubric& rubric, double score) {
    const double span = std::max(1, rubric.scale_max - rubric.scale_min);
    const long step = std::lround((score - rubric.scale_min) / span * 4.0);
    return fmt::format("score-{}", std::clamp(step, 0L, 4L) + 1);
}

std::string_view level_fill(std::size_t level) {
    static constexpr std::string_view fills[] = {"#fde2e1", "#fff1cc", "#e3f2e1", "#c8e6c9", "#a5d6a7"};
    return fills[std::min<std::size_t>(level, std::size(fills) - 1)];
}

}  // namespace ipsfid
