#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "html.hpp"
#include "rubric.hpp"

using namespace ipsfid;

TEST_CASE("escape_html leaves no markup and no control characters") {
    CHECK(escape_html("<b a=\"1\" c='2'>&</b>") == "&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;&amp;&lt;/b&gt;");
    CHECK(escape_html("a\x1b[31mb") == "a\xEF\xBF\xBD[31mb");
    CHECK(escape_html("line\nnext\ttab, Åsa") == "line\nnext\ttab, Åsa");
}

TEST_CASE("score_class spreads any scale over five colours") {
    Rubric rubric = builtin_rubric();  // scale 1-5
    CHECK(score_class(rubric, 1) == "score-1");
    CHECK(score_class(rubric, 3) == "score-3");
    CHECK(score_class(rubric, 5) == "score-5");
    CHECK(score_class(rubric, 3.4) == "score-3");
    CHECK(score_class(rubric, 3.6) == "score-4");
    rubric.scale_min = 0;
    rubric.scale_max = 10;
    CHECK(score_class(rubric, 0) == "score-1");
    CHECK(score_class(rubric, 5) == "score-3");
    CHECK(score_class(rubric, 8) == "score-4");
    CHECK(score_class(rubric, 10) == "score-5");
    CHECK(score_class(rubric, 12) == "score-5");  // never out of the palette
}

TEST_CASE("render_radar draws one vertex per principle for every series") {
    const Rubric& rubric = builtin_rubric();
    std::ostringstream out;
    render_radar(out, "r", rubric, "en",
                 {RadarSeries{"previous", "Old", std::vector<double>(8, 3.0)},
                  RadarSeries{"principles", "New", std::vector<double>(8, 5.0)}});
    const std::string svg = out.str();
    CHECK(svg.find("aria-labelledby=\"r-title\"") != std::string::npos);
    CHECK(svg.find("<title id=\"r-title\">Old: ") != std::string::npos);
    CHECK(svg.find(". New: ") != std::string::npos);
    // The full-score polygon reaches the outer ring: principle 1 at the top.
    CHECK(svg.find("<polygon class=\"principles\" points=\"210.0,60.0 ") != std::string::npos);
    const auto start = svg.find("<polygon class=\"previous\" points=\"") + 34;
    const std::string points = svg.substr(start, svg.find('"', start) - start);
    CHECK(std::count(points.begin(), points.end(), ',') == 8);
}
