// The fidelity report as one self-contained HTML page: inline CSS and SVG,
// no scripts, nothing fetched. Every chart has a text equivalent.
#include <cmath>

#include <fmt/format.h>

#include "html.hpp"
#include "render.hpp"
#include "scalars.hpp"

namespace ipsfid {

namespace {

class HtmlReport {
public:
    HtmlReport(std::ostream& out, const ScoreResult& result, const RenderOptions& options)
        : out_(out), r_(result), rubric_(*result.rubric), o_(options) {}

    void render() {
        begin_html_page(out_, o_.language, tf(Text::md_title, r_.review->site));
        header();
        total();
        principles();
        items();
        action_plan();
        score_sheet();
        end_html_page(out_);
    }

private:
    [[nodiscard]] std::string text(const LocalizedText& localized) const { return escape_html(localized.in(o_.language)); }
    [[nodiscard]] std::string t(Text id) const { return escape_html(tr(o_.language, id)); }
    template <typename... Args>
    [[nodiscard]] std::string tf(Text id, Args&&... args) const {
        return trf(o_.language, id, std::forward<Args>(args)...);
    }
    [[nodiscard]] std::string decimal(double value, int places) const { return human_decimal(o_.language, value, places); }
    static std::string gap_class(GapSeverity gap) { return fmt::format("gap-{}", gap_name(gap)); }

    void header() {
        const Review& review = *r_.review;
        out_ << "<header>\n<h1>" << escape_html(tf(Text::report_title, rubric_.title.in(o_.language))) << "</h1>\n";
        out_ << "<dl class=\"meta\">\n";
        out_ << "<dt>" << t(Text::label_site) << "</dt><dd>" << escape_html(review.site) << "</dd>\n";
        out_ << "<dt>" << t(Text::md_date_of_review) << "</dt><dd>" << escape_html(review.date) << " ("
             << t(review.kind == "self-assessment" ? Text::kind_word_self_assessment : Text::kind_word_independent)
             << ")</dd>\n";
        if (!review.reviewers.empty()) {
            std::string names;
            for (const std::string& name : review.reviewers) names += (names.empty() ? "" : ", ") + escape_html(name);
            out_ << "<dt>" << t(Text::label_reviewers) << "</dt><dd>" << names << "</dd>\n";
        }
        out_ << "<dt>" << t(Text::label_scale) << "</dt><dd>" << text(rubric_.title) << " ("
             << escape_html(rubric_.id) << ", " << escape_html(rubric_.version) << ")</dd>\n</dl>\n</header>\n";
    }

    /// The total on the scale with the level bands marked.
    void total() {
        out_ << "<section id=\"total\">\n<h2>" << t(Text::heading_total) << "</h2>\n<p class=\"total\">"
             << escape_html(tf(Text::score_of, r_.total, r_.max)) << " \u2014 "
             << (r_.level ? text(r_.level->label) : t(Text::no_level)) << "</p>\n";
        if (r_.next_level != nullptr)
            out_ << "<p>"
                 << escape_html(tf(r_.points_to_next == 1 ? Text::point_to_level : Text::points_to_level,
                                   r_.points_to_next, r_.next_level->label.in(o_.language), r_.next_level->min))
                 << "</p>\n";
        if (!r_.next_review_due.empty())
            out_ << "<p>" << escape_html(tf(Text::next_review_due, r_.next_review_due)) << "</p>\n";
        const double low = rubric_.min_total(), high = rubric_.max_total(), width = 600, left = 10;
        auto x = [&](double total) { return left + (total - low) / (high - low) * width; };
        std::string summary = escape_html(tf(Text::score_of, r_.total, r_.max));
        for (const Level& level : rubric_.levels)
            summary += escape_html(fmt::format("; {} {}-{}", level.label.in(o_.language), level.min, level.max));
        out_ << "<svg class=\"chart level-scale\" role=\"img\" aria-labelledby=\"scale-title\" viewBox=\"0 0 620 80\">"
             << "<title id=\"scale-title\">" << summary << "</title>\n";
        for (std::size_t l = 0; l < rubric_.levels.size(); ++l) {
            const Level& level = rubric_.levels[l];
            const double x0 = x(level.min - 0.5 < low ? low : level.min - 0.5);
            const double x1 = x(level.max + 0.5 > high ? high : level.max + 0.5);
            out_ << fmt::format("<rect class=\"band\" x=\"{:.1f}\" y=\"20\" width=\"{:.1f}\" height=\"30\" fill=\"{}\">"
                                "<title>{} {}-{}</title></rect>",
                                x0, x1 - x0, level_fill(l), text(level.label), level.min, level.max);
            out_ << fmt::format("<text x=\"{:.1f}\" y=\"66\" text-anchor=\"middle\">{}\u2013{}</text>", (x0 + x1) / 2,
                                level.min, level.max);
        }
        out_ << fmt::format("<line class=\"marker\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"12\" y2=\"58\"/>"
                            "<text x=\"{0:.1f}\" y=\"10\" text-anchor=\"middle\">{1}</text>\n</svg>\n</section>\n",
                            x(r_.total), r_.total);
    }

    /// A radar chart of the principle means, with the target ring.
    void principles() {
        out_ << "<section id=\"principles\">\n<h2>" << t(Text::heading_principles) << "</h2>\n<p class=\"note\">"
             << escape_html(tf(Text::principles_note, decimal(rubric_.principle_target, 1))) << "</p>\n";
        RadarSeries series{"principles", "", {}};
        for (const GroupScore& p : r_.principles) series.values.push_back(p.mean);
        render_radar(out_, "radar", rubric_, o_.language, {series});
        const std::size_t n = r_.principles.size();
        out_ << "<table>\n<thead><tr><th class=\"num\">#</th><th>" << t(Text::col_principle)
             << "</th><th class=\"num\">" << t(Text::col_items) << "</th><th class=\"num\">" << t(Text::col_score)
             << "</th><th class=\"num\">" << t(Text::col_mean) << "</th><th></th></tr></thead>\n<tbody>\n";
        for (std::size_t i = 0; i < n; ++i) {
            const GroupScore& p = r_.principles[i];
            out_ << fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                                "<td class=\"num\">{}</td><td>{}</td></tr>\n",
                                i + 1, text(rubric_.principles[p.group].name), p.items.size(),
                                escape_html(tf(Text::score_of, p.score, p.max)), decimal(p.mean, 2),
                                p.gap ? t(Text::gap_word) : "");
        }
        out_ << "</tbody>\n</table>\n</section>\n";
    }

    /// A bar per item, coloured by gap severity.
    void items() {
        out_ << "<section id=\"items\">\n<h2>" << t(Text::heading_items) << "</h2>\n";
        const double bar_width = 20, gap = 4;
        const auto n = static_cast<double>(r_.items.size());
        std::string summary = std::string(tr(o_.language, Text::heading_items)) + ":";
        for (const ItemScore& score : r_.items)
            summary += fmt::format(" {} {}: {};", tr(o_.language, Text::colh_item), r_.item(score).number, score.score);
        summary.pop_back();
        begin_bar_chart(out_, rubric_, 40 + n * (bar_width + gap), summary);
        double x = 36;
        for (const ItemScore& score : r_.items) {
            const Item& item = r_.item(score);
            const double h = bar_height * score.score / rubric_.scale_max;
            out_ << fmt::format("<rect class=\"bar {}\" data-item=\"{}\" x=\"{:.0f}\" y=\"{:.1f}\" width=\"{:.0f}\" "
                                "height=\"{:.1f}\"><title>{}. {}: {}</title></rect>",
                                gap_class(score.gap), escape_html(item.id), x, bar_base - h, bar_width, h,
                                item.number, text(item.name), score.score);
            bar_label(out_, x + bar_width / 2, item.number);
            x += bar_width + gap;
        }
        out_ << "</svg>\n</section>\n";
    }

    void action_plan() {
        out_ << "<section id=\"action-plan\">\n<h2>" << t(Text::heading_action_plan) << "</h2>\n";
        const auto gaps = r_.gaps();
        if (gaps.empty()) out_ << "<p>" << t(Text::all_full) << "</p>\n";
        else out_ << "<h3>" << t(Text::md_gaps_heading) << "</h3>\n<p>" << t(Text::md_gaps_intro) << "</p>\n";
        for (const ItemScore* score : gaps) {
            const Item& item = r_.item(*score);
            const Rating& rating = r_.rating(*score);
            out_ << "<div class=\"gap-item " << gap_name(score->gap) << "\">\n<h3 class=\"" << gap_class(score->gap) << "\">"
                 << escape_html(tf(Text::md_gap_title, fmt::format("{}. {}", item.number, item.name.in(o_.language)),
                                   score->score, rubric_.scale_max, tr(o_.language, gap_label_id(score->gap))))
                 << "</h3>\n";
            if (!rating.evidence.empty())
                out_ << "<p><strong>" << t(Text::md_found) << "</strong> " << escape_html(rating.evidence) << "</p>\n";
            if (const auto missing = missing_components(item, rating); !missing.empty()) {
                out_ << "<p><strong>" << t(Text::md_not_in_place) << "</strong></p>\n<ul>\n";
                for (const Component* component : missing) out_ << "<li>" << text(component->text) << "</li>\n";
                out_ << "</ul>\n";
            }
            const int next = score->score + 1;
            out_ << "<p><strong>" << escape_html(tf(Text::md_next_step, next)) << "</strong> "
                 << text(item.anchors[static_cast<std::size_t>(next - rubric_.scale_min)]) << "</p>\n";
            if (next < rubric_.scale_max)
                out_ << "<p><strong>" << escape_html(tf(Text::md_full_implementation, rubric_.scale_max)) << "</strong> "
                     << text(item.anchors.back()) << "</p>\n";
            if (!rating.recommendation.empty())
                out_ << "<p><strong>" << t(Text::md_recommendation) << "</strong> " << escape_html(rating.recommendation)
                     << "</p>\n";
            out_ << "</div>\n";
        }
        if (r_.next_level != nullptr && !r_.next_level_steps.empty()) {
            out_ << "<h3>" << escape_html(tf(Text::md_to_reach, r_.next_level->label.in(o_.language))) << "</h3>\n<p>"
                 << escape_html(tf(r_.points_to_next == 1 ? Text::md_steps_intro_one : Text::md_steps_intro,
                                   r_.points_to_next))
                 << "</p>\n<ol>\n";
            for (const std::size_t index : r_.next_level_steps) {
                const int score = r_.review->ratings[index].score;
                out_ << "<li>"
                     << escape_html(tf(Text::md_step,
                                       fmt::format("{}. {}", rubric_.items[index].number,
                                                   rubric_.items[index].name.in(o_.language)),
                                       score, score + 1))
                     << "</li>\n";
            }
            out_ << "</ol>\n";
        }
        out_ << "</section>\n";
    }

    void score_sheet() {
        out_ << "<section id=\"score-sheet\">\n<h2>" << t(Text::heading_score_sheet) << "</h2>\n<table>\n<thead><tr>"
             << "<th class=\"num\">#</th><th>" << t(Text::col_item) << "</th><th>" << t(Text::col_section) << "</th><th>"
             << t(Text::col_principle) << "</th><th class=\"num\">" << t(Text::col_score) << "</th><th>"
             << t(Text::col_based_on) << "</th><th>" << t(Text::col_gap) << "</th></tr></thead>\n<tbody>\n";
        for (const ItemScore& score : r_.items) {
            const Item& item = r_.item(score);
            out_ << fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td>"
                                "<td>{}</td><td class=\"{}\">{}</td></tr>\n",
                                item.number, text(item.name), text(rubric_.sections[item.section].name),
                                text(rubric_.principles[item.principle].name), score.score,
                                t(source_label_id(score.source)), gap_class(score.gap),
                                score.gap == GapSeverity::none ? "" : t(gap_label_id(score.gap)));
        }
        out_ << fmt::format("<tr><td></td><th>{}</th><td></td><td></td><th class=\"num\">{}</th><td></td><td></td></tr>\n",
                            t(Text::md_total_row), r_.total)
             << "</tbody>\n</table>\n</section>\n";
    }

    std::ostream& out_;
    const ScoreResult& r_;
    const Rubric& rubric_;
    const RenderOptions& o_;
};

}  // namespace

void render_html(std::ostream& out, const ScoreResult& result, const RenderOptions& options) {
    HtmlReport(out, result, options).render();
}

}  // namespace ipsfid
