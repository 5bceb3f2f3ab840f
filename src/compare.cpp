#include "compare.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "html.hpp"
#include "i18n.hpp"
#include "render.hpp"
#include "scalars.hpp"
#include "terminal.hpp"

namespace ipsfid {

int Comparison::flagged() const {
    int count = 0;
    for (const ItemChange& item : items) count += item.lowered_without_rationale;
    return count;
}

Comparison compare_results(const ScoreResult& old_result, const ScoreResult& new_result) {
    Comparison comparison;
    comparison.old_result = &old_result;
    comparison.new_result = &new_result;
    for (std::size_t i = 0; i < old_result.items.size(); ++i) {
        ItemChange change;
        change.item = i;
        change.old_score = old_result.items[i].score;
        change.new_score = new_result.items[i].score;
        change.lowered_without_rationale =
            change.new_score < change.old_score && new_result.review->ratings[i].rationale.empty();
        comparison.items.push_back(change);
    }
    return comparison;
}

namespace {

std::string signed_int(int value) { return value == 0 ? "0" : fmt::format("{:+}", value); }

std::string signed_mean(const std::string& lang, double value) {
    const std::string text = human_decimal(lang, value, 2);
    return value > 0.004 ? "+" + text : (value < -0.004 ? text : human_decimal(lang, 0.0, 2));
}

/// The kind of review in words; an unknown kind as written.
std::string kind_label(const std::string& lang, const std::string& kind) {
    if (kind == "independent") return std::string(tr(lang, Text::kind_word_independent));
    if (kind == "self-assessment") return std::string(tr(lang, Text::kind_word_self_assessment));
    return kind;
}



}  // namespace

void render_comparison_text(std::ostream& out, const Comparison& c, const std::string& lang) {
    const ScoreResult& o = *c.old_result;
    const ScoreResult& n = *c.new_result;
    const Rubric& rubric = *o.rubric;
    out << wrap_text(trf(lang, Text::compare_title, sanitize_for_terminal(n.review->site)), 80, 2, 0) << "\n\n";
    const std::string_view old_label = tr(lang, Text::compare_old), new_label = tr(lang, Text::compare_new);
    const int review_width = std::max(display_width(old_label), display_width(new_label));
    out << fmt::format("  {}  {} ({})  {}\n", pad_right(old_label, review_width), o.review->date,
                       kind_label(lang, o.review->kind), sanitize_for_terminal(o.review->file));
    out << fmt::format("  {}  {} ({})  {}\n\n", pad_right(new_label, review_width), n.review->date,
                       kind_label(lang, n.review->kind), sanitize_for_terminal(n.review->file));
    const std::string_view total_label = tr(lang, Text::heading_total), level_label = tr(lang, Text::col_level);
    const int total_width = std::max(display_width(total_label), display_width(level_label));
    out << fmt::format("  {}  {} -> {}  ({})\n", pad_right(total_label, total_width), o.total, n.total,
                       signed_int(c.total_change()));
    out << fmt::format("  {}  {} -> {}\n", pad_right(level_label, total_width), o.level->label.in(lang),
                       n.level->label.in(lang));
    out << fmt::format("\n{} ({})\n", tr(lang, Text::heading_principles), tr(lang, Text::derived_grouping_note));
    for (std::size_t p = 0; p < o.principles.size(); ++p) {
        const std::string prefix = fmt::format("  {} -> {}  {:>5}  ", human_decimal(lang, o.principles[p].mean, 2),
                                               human_decimal(lang, n.principles[p].mean, 2),
                                               signed_mean(lang, n.principles[p].mean - o.principles[p].mean));
        out << prefix << wrap_text(rubric.principles[p].name.in(lang), 80, display_width(prefix), display_width(prefix))
            << '\n';
    }
    // The score columns are as wide as their headings, at least 3 and 6.
    const std::string_view old_head = tr(lang, Text::colh_old), new_head = tr(lang, Text::colh_new),
                           change_head = tr(lang, Text::colh_change);
    const int old_width = std::max(3, display_width(old_head)), new_width = std::max(3, display_width(new_head)),
              change_width = std::max(6, display_width(change_head));
    int unchanged = 0;
    bool header = false;
    for (const ItemChange& item : c.items) {
        if (item.change() == 0) {
            ++unchanged;
            continue;
        }
        if (!header)
            out << '\n' << tr(lang, Text::compare_items_changed) << "\n    #  " << pad_left(old_head, old_width) << "  "
                << pad_left(new_head, new_width) << "  " << pad_left(change_head, change_width) << "  "
                << tr(lang, Text::colh_item) << '\n';
        header = true;
        const std::string prefix =
            fmt::format("  {:>3}  {}  {}  {}  {}", rubric.items[item.item].number,
                        pad_left(std::to_string(item.old_score), old_width),
                        pad_left(std::to_string(item.new_score), new_width),
                        pad_left(signed_int(item.change()), change_width), item.lowered_without_rationale ? "! " : "  ");
        out << prefix
            << wrap_text(rubric.items[item.item].name.in(lang), 80, display_width(prefix), display_width(prefix)) << '\n';
    }
    out << "\n  " << trf(lang, unchanged == 1 ? Text::compare_unchanged_one : Text::compare_unchanged, unchanged) << '\n';
    if (c.flagged() > 0) {
        out << "\n  ! "
            << wrap_text(trf(lang, c.flagged() == 1 ? Text::compare_lowered_one : Text::compare_lowered, c.flagged()), 80,
                         4, 4)
            << '\n';
        out << "    " << wrap_text(tr(lang, Text::compare_flag_note), 80, 4, 4) << '\n';
    }
}

void render_comparison_markdown(std::ostream& out, const Comparison& c, const std::string& lang) {
    const ScoreResult& o = *c.old_result;
    const ScoreResult& n = *c.new_result;
    const Rubric& rubric = *o.rubric;
    const std::string_view old_label = tr(lang, Text::compare_old), new_label = tr(lang, Text::compare_new),
                           change_label = tr(lang, Text::col_change);
    out << "# " << trf(lang, Text::compare_title, escape_markdown(n.review->site)) << "\n\n";
    out << fmt::format("| | {} | {} | {} |\n|---|---|---|---:|\n", old_label, new_label, change_label);
    out << fmt::format("| {} | {} ({}) | {} ({}) | |\n", tr(lang, Text::compare_review), o.review->date,
                       kind_label(lang, o.review->kind), n.review->date, kind_label(lang, n.review->kind));
    out << fmt::format("| {} | {} | {} | {} |\n", tr(lang, Text::heading_total), o.total, n.total,
                       signed_int(c.total_change()));
    out << fmt::format("| {} | {} | {} | |\n\n", tr(lang, Text::col_level), escape_markdown(o.level->label.in(lang)),
                       escape_markdown(n.level->label.in(lang)));
    out << fmt::format("## {}\n\n*{}*\n\n| {} | {} | {} | {} |\n|---|---:|---:|---:|\n",
                       tr(lang, Text::heading_principles), tr(lang, Text::derived_grouping_sentence),
                       tr(lang, Text::col_principle), old_label, new_label, change_label);
    for (std::size_t p = 0; p < o.principles.size(); ++p)
        out << fmt::format("| {} | {} | {} | {} |\n", escape_markdown(rubric.principles[p].name.in(lang)),
                           human_decimal(lang, o.principles[p].mean, 2), human_decimal(lang, n.principles[p].mean, 2),
                           signed_mean(lang, n.principles[p].mean - o.principles[p].mean));
    out << "\n## " << tr(lang, Text::compare_items_changed) << "\n\n";
    bool any = false;
    for (const ItemChange& item : c.items) {
        if (item.change() == 0) continue;
        if (!any)
            out << fmt::format("| # | {} | {} | {} | {} | |\n|---:|---|---:|---:|---:|---|\n", tr(lang, Text::col_item),
                               old_label, new_label, change_label);
        any = true;
        out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", rubric.items[item.item].number,
                           escape_markdown(rubric.items[item.item].name.in(lang)), item.old_score, item.new_score,
                           signed_int(item.change()),
                           item.lowered_without_rationale
                               ? fmt::format("**{}**", tr(lang, Text::compare_lowered_mark))
                               : std::string());
    }
    if (!any) out << tr(lang, Text::compare_none_changed) << '\n';
    if (c.flagged() > 0) out << "\n" << escape_markdown(tr(lang, Text::compare_flag_note)) << "\n";
}

void render_comparison_html(std::ostream& out, const Comparison& c, const std::string& lang) {
    const ScoreResult& o = *c.old_result;
    const ScoreResult& n = *c.new_result;
    const Rubric& rubric = *o.rubric;
    auto t = [&](Text id) { return escape_html(tr(lang, id)); };
    const std::string old_label = t(Text::compare_old), new_label = t(Text::compare_new),
                      change_label = t(Text::col_change);
    const std::string title = trf(lang, Text::compare_title, n.review->site);
    begin_html_page(out, lang, title,
                    "rect.old{fill:#bcccdc}.swatch.old{background:#7b8794}.swatch.new{background:#2166ac}"
                    ".legend.blocks .swatch{height:.8em;width:.8em;margin:0 .1em}.swatch.bar-old{background:#bcccdc;margin-left:.8em}"
                    "td.flag{color:#c62828;font-weight:700}");
    out << "<header>\n<h1>" << escape_html(title) << "</h1>\n</header>\n<section id=\"summary\">\n<table>\n<thead><tr><th></th>"
        << "<th>" << old_label << "</th><th>" << new_label << "</th><th class=\"num\">" << change_label
        << "</th></tr></thead>\n<tbody>\n";
    auto review_cell = [&](const ScoreResult& r) {
        return escape_html(fmt::format("{} ({})", r.review->date, kind_label(lang, r.review->kind)));
    };
    out << fmt::format("<tr><th>{}</th><td>{}</td><td>{}</td><td></td></tr>\n", t(Text::compare_review), review_cell(o),
                       review_cell(n))
        << fmt::format("<tr><th>{}</th><td>{}</td><td>{}</td><td></td></tr>\n", t(Text::label_file),
                       escape_html(o.review->file), escape_html(n.review->file))
        << fmt::format("<tr><th>{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                       t(Text::heading_total), o.total, n.total, signed_int(c.total_change()))
        << fmt::format("<tr><th>{}</th><td>{}</td><td>{}</td><td></td></tr>\n", t(Text::col_level),
                       escape_html(o.level->label.in(lang)), escape_html(n.level->label.in(lang)))
        << "</tbody>\n</table>\n</section>\n";

    // The principles: the old review as a dashed outline under the new one.
    out << "<section id=\"principles\">\n<h2>" << t(Text::heading_principles) << "</h2>\n<p class=\"note\">"
        << escape_html(trf(lang, Text::principles_note, human_decimal(lang, rubric.principle_target, 1))) << "</p>\n";
    RadarSeries before{"previous", std::string(tr(lang, Text::compare_old)), {}};
    RadarSeries after{"principles", std::string(tr(lang, Text::compare_new)), {}};
    for (std::size_t p = 0; p < o.principles.size(); ++p) {
        before.values.push_back(o.principles[p].mean);
        after.values.push_back(n.principles[p].mean);
    }
    render_radar(out, "radar", rubric, lang, {before, after});
    out << "<p class=\"legend\"><span class=\"swatch old\"></span>" << old_label << "<span class=\"swatch new\"></span>"
        << new_label << "</p>\n<table>\n<thead><tr><th class=\"num\">#</th><th>" << t(Text::col_principle)
        << "</th><th class=\"num\">" << old_label << "</th><th class=\"num\">" << new_label << "</th><th class=\"num\">"
        << change_label << "</th></tr></thead>\n<tbody>\n";
    for (std::size_t p = 0; p < o.principles.size(); ++p)
        out << fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                           "<td class=\"num\">{}</td></tr>\n",
                           p + 1, escape_html(rubric.principles[p].name.in(lang)),
                           human_decimal(lang, o.principles[p].mean, 2), human_decimal(lang, n.principles[p].mean, 2),
                           signed_mean(lang, n.principles[p].mean - o.principles[p].mean));
    out << "</tbody>\n</table>\n</section>\n";

    // Every item as a pair of bars: the old score in grey, the new one in
    // the colour of its score.
    out << "<section id=\"items\">\n<h2>" << t(Text::compare_items_chart) << "</h2>\n";
    const double pair_width = 26, bar_width = 11;
    const double width = 40 + pair_width * static_cast<double>(c.items.size());
    std::string summary = std::string(tr(lang, Text::compare_items_chart)) + ":";
    for (const ItemChange& item : c.items)
        summary += fmt::format(" {} {}: {}\u2192{};", tr(lang, Text::colh_item), rubric.items[item.item].number,
                               item.old_score, item.new_score);
    summary.pop_back();
    begin_bar_chart(out, rubric, width, summary);
    double x = 36;
    for (const ItemChange& item : c.items) {
        const Item& rubric_item = rubric.items[item.item];
        const double old_height = bar_height * item.old_score / rubric.scale_max;
        const double new_height = bar_height * item.new_score / rubric.scale_max;
        out << fmt::format("<rect class=\"bar old\" x=\"{:.0f}\" y=\"{:.1f}\" width=\"{:.0f}\" height=\"{:.1f}\">"
                           "<title>{} {}: {}</title></rect>",
                           x, bar_base - old_height, bar_width, old_height, old_label, rubric_item.number,
                           item.old_score)
            << fmt::format("<rect class=\"bar new {}\" data-item=\"{}\" x=\"{:.0f}\" y=\"{:.1f}\" width=\"{:.0f}\" "
                           "height=\"{:.1f}\"><title>{} {}: {}</title></rect>",
                           score_class(rubric, item.new_score), escape_html(rubric_item.id), x + bar_width,
                           bar_base - new_height, bar_width, new_height, new_label, rubric_item.number,
                           item.new_score);
        bar_label(out, x + bar_width, rubric_item.number);
        x += pair_width;
    }
    out << "</svg>\n<p class=\"legend blocks\"><span class=\"swatch bar-old\"></span>" << old_label << ' ';
    for (int s = 1; s <= 5; ++s) out << "<span class=\"swatch score-" << s << "\"></span>";
    out << ' ' << new_label << "</p>\n</section>\n";

    out << "<section id=\"changed\">\n<h2>" << t(Text::compare_items_changed) << "</h2>\n";
    bool any = false;
    for (const ItemChange& item : c.items) {
        if (item.change() == 0) continue;
        if (!any)
            out << "<table>\n<thead><tr><th class=\"num\">#</th><th>" << t(Text::col_item) << "</th><th class=\"num\">"
                << old_label << "</th><th class=\"num\">" << new_label << "</th><th class=\"num\">" << change_label
                << "</th><th></th></tr></thead>\n<tbody>\n";
        any = true;
        out << fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                           "<td class=\"num\">{}</td><td class=\"flag\">{}</td></tr>\n",
                           rubric.items[item.item].number, escape_html(rubric.items[item.item].name.in(lang)),
                           item.old_score, item.new_score, signed_int(item.change()),
                           item.lowered_without_rationale ? t(Text::compare_lowered_mark) : "");
    }
    if (any) out << "</tbody>\n</table>\n";
    else out << "<p>" << t(Text::compare_none_changed) << "</p>\n";
    if (c.flagged() > 0) out << "<p class=\"note\">" << t(Text::compare_flag_note) << "</p>\n";
    out << "</section>\n";
    end_html_page(out);
}

nlohmann::ordered_json comparison_to_json(const Comparison& c, const std::string& lang) {
    using json = nlohmann::ordered_json;
    const ScoreResult& o = *c.old_result;
    const ScoreResult& n = *c.new_result;
    const Rubric& rubric = *o.rubric;
    auto review = [](const ScoreResult& r) {
        return json{{"file", r.review->file}, {"site", r.review->site}, {"date", r.review->date}, {"kind", r.review->kind}};
    };
    auto two = [](double x) { return std::round(x * 100.0) / 100.0; };
    json principles = json::array();
    for (std::size_t p = 0; p < o.principles.size(); ++p)
        principles.push_back({{"id", rubric.principles[p].id},
                              {"label", rubric.principles[p].name.in(lang)},
                              {"old", two(o.principles[p].mean)},
                              {"new", two(n.principles[p].mean)},
                              {"change", two(two(n.principles[p].mean) - two(o.principles[p].mean))}});
    json items = json::array();
    for (const ItemChange& item : c.items)
        items.push_back({{"id", rubric.items[item.item].id},
                         {"number", rubric.items[item.item].number},
                         {"old", item.old_score},
                         {"new", item.new_score},
                         {"change", item.change()},
                         {"flag", item.lowered_without_rationale ? json("lowered-without-rationale") : json(nullptr)}});
    return {{"old", review(o)},
            {"new", review(n)},
            {"total", {{"old", o.total}, {"new", n.total}, {"change", c.total_change()}}},
            {"level", {{"old", o.level->id}, {"new", n.level->id}}},
            {"principles", std::move(principles)},
            {"items", std::move(items)}};
}

}  // namespace ipsfid
