#pragma once
/// What the HTML pages (score, batch, compare) share: one look, one escaping
/// rule, one radar chart. Pages are self-contained: inline CSS and SVG, no
/// scripts, nothing fetched.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "rubric.hpp"

namespace ipsfid {

/// Escapes text for HTML content and attributes; control characters become
/// U+FFFD.
std::string escape_html(std::string_view text);

/// Writes everything up to and including `<body>`: the shared stylesheet
/// (screen and A4 print) followed by `page_css`. `title` is plain text.
void begin_html_page(std::ostream& out, std::string_view language, std::string_view title,
                     std::string_view page_css = {});

/// Closes what begin_html_page opened.
void end_html_page(std::ostream& out);

/// One polygon of a radar chart: a value per principle, in rubric order.
struct RadarSeries {
    std::string css_class;  ///< "principles" for the main series
    std::string label;      ///< plain text, for the chart's text equivalent
    std::vector<double> values;
};

/// A radar (spider) chart of principle means on the rubric's scale, with the
/// rubric's target as a dashed ring; axes are numbered in rubric order, so
/// the page puts a table of the principles next to it. The chart's `<title>`
/// (id `id`-title) lists every value.
void render_radar(std::ostream& out, std::string_view id, const Rubric& rubric, const std::string& language,
                  const std::vector<RadarSeries>& series);

/// Item bar charts: bars stand on y = bar_base and are bar_height tall at
/// the top score; bar_label writes an item's number under its bars.
inline constexpr double bar_base = 160, bar_height = 150;
void bar_label(std::ostream& out, double x, int number);

/// Opens a bar chart of item scores `width` wide (id "bars"), with `title`
/// (plain text) as its text equivalent and a grid line per score. The caller
/// adds the bars and closes the `<svg>`.
void begin_bar_chart(std::ostream& out, const Rubric& rubric, double width, std::string_view title);

/// The colour class of a score on the rubric's scale, `score-1` (lowest) to
/// `score-5` (highest), whatever the scale's range.
std::string score_class(const Rubric& rubric, double score);

/// The background colour of a fidelity level band (index into
/// Rubric::levels, lowest level first).
std::string_view level_fill(std::size_t level);

}  // namespace ipsfid
