// The network page of a batch: one self-contained HTML file a coordinator
// reads or prints. It opens with the roll-up, so unlike the streaming
// formats it keeps a compact copy of every row until the end (about half a
// kilobyte a review: the scores, not the parsed files).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "html.hpp"
#include "i18n.hpp"
#include "render_batch.hpp"
#include "scalars.hpp"

namespace ipsfid {

namespace {

constexpr std::string_view batch_css = R"css(
body{max-width:80rem}.scroll{overflow-x:auto}
table.heat{width:auto;font-size:.85rem;font-variant-numeric:tabular-nums}
table.heat th,table.heat td{padding:.15rem .25rem;text-align:center;min-width:1.4rem}
table.heat th.site{text-align:left;min-width:0;max-width:16rem}table.heat tbody th{font-weight:normal;background:none}td.date{white-space:nowrap}
table.heat tr.mean :is(td,th){font-weight:700;border-top:2px solid #52606d}
tr.invalid td{background:#fdecea;overflow-wrap:anywhere}.file{font-size:.85em;color:#52606d;overflow-wrap:anywhere}td.overdue{color:#c62828;font-weight:700}.change-up{color:#2e7d32}.change-down{color:#c62828}
svg.levels{max-width:40rem}
@media print{table.heat{font-size:6.5pt;width:100%}table.heat th,table.heat td{padding:.05rem .1rem;min-width:0}table.heat th.site{max-width:7rem}.scroll{overflow:visible}}
)css";

/// What the page needs of a row: the scores, not the diagnostics.
struct PageRow {
    std::string file;
    bool ok = false;
    std::string first_error;
    std::string site;
    std::string date;
    int total = 0;
    std::size_t level = 0;
    std::string next_review_due;
    std::vector<int> item_scores;
};

class HtmlBatchWriter final : public BatchWriter {
public:
    HtmlBatchWriter(std::ostream& out, const Rubric& rubric, std::string language)
        : out_(out), rubric_(rubric), lang_(std::move(language)) {}

    void row(const BatchRow& row) override {
        rows_.push_back({row.file, row.ok, row.first_error, row.site, row.date, row.total, row.level,
                         row.next_review_due, row.item_scores});
    }

    void end(const RollupResult& r) override {
        begin_html_page(out_, lang_, trf(lang_, Text::html_batch_title, rubric_.title.in(lang_)), batch_css);
        header(r);
        if (r.reviews > 0) {
            levels(r);
            heat_map(r);
        }
        sites();
        if (r.reviews > 0) {
            weakest_items(r);
            principles(r);
            trends(r);
            due(r);
        }
        end_html_page(out_);
    }

private:
    [[nodiscard]] std::string t(Text id) const { return escape_html(tr(lang_, id)); }
    [[nodiscard]] std::string text(const LocalizedText& localized) const { return escape_html(localized.in(lang_)); }
    [[nodiscard]] std::string decimal(double value) const { return human_decimal(lang_, value, 2); }
    [[nodiscard]] std::string level_label(std::size_t level) const { return text(rubric_.levels[level].label); }
    [[nodiscard]] std::string visit(const RollupResult::Visit& v) const {
        return fmt::format("{} ({}, {})", v.total, level_label(v.level), escape_html(v.date));
    }
    void heading(std::string_view id, std::string_view title) {
        out_ << "<section id=\"" << id << "\">\n<h2>" << title << "</h2>\n";
    }

    void header(const RollupResult& r) {
        out_ << "<header>\n<h1>" << escape_html(trf(lang_, Text::html_batch_title, rubric_.title.in(lang_)))
             << "</h1>\n<dl class=\"meta\">\n<dt>" << t(Text::label_scale) << "</dt><dd>" << text(rubric_.title) << " ("
             << escape_html(rubric_.id) << ", " << escape_html(rubric_.version) << ")</dd>\n<dt>" << t(Text::label_as_of)
             << "</dt><dd>" << escape_html(r.as_of) << "</dd>\n<dt>" << t(Text::col_reviews) << "</dt><dd>"
             << escape_html(trf(lang_, r.reviews == 1 ? Text::batch_reviews_scored_one : Text::batch_reviews_scored,
                                r.reviews));
        if (r.invalid > 0)
            out_ << escape_html(trf(lang_, r.invalid == 1 ? Text::batch_invalid_files_one : Text::batch_invalid_files,
                                    r.invalid));
        out_ << "</dd>\n</dl>\n</header>\n";
        if (r.reviews == 0) out_ << "<p>" << t(Text::no_reviews_scored) << "</p>\n";
        else
            out_ << "<p class=\"total\">"
                 << escape_html(trf(lang_, Text::batch_total, decimal(r.mean_total), decimal(r.median_total)))
                 << "</p>\n";
    }

    /// A horizontal bar per level, highest level first.
    void levels(const RollupResult& r) {
        heading("levels", t(Text::heading_levels));
        const std::size_t n = rubric_.levels.size();
        int most = 1;
        for (const int count : r.level_counts) most = std::max(most, count);
        std::string summary = std::string(tr(lang_, Text::levels_summary)) + ":";
        for (std::size_t l = n; l-- > 0;)
            summary += fmt::format(" {} {};", rubric_.levels[l].label.in(lang_), r.level_counts[l]);
        summary.pop_back();
        const double label_width = 270, bar_space = 330, row_height = 30;
        out_ << fmt::format("<svg class=\"chart levels\" role=\"img\" aria-labelledby=\"levels-title\" "
                            "viewBox=\"0 0 {:.0f} {:.0f}\"><title id=\"levels-title\">{}</title>\n",
                            label_width + bar_space + 50, row_height * static_cast<double>(n) + 10,
                            escape_html(summary));
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t l = n - 1 - k;
            const double y = 5 + row_height * static_cast<double>(k);
            const double width = bar_space * r.level_counts[l] / most;
            out_ << fmt::format("<text x=\"{:.0f}\" y=\"{:.1f}\" text-anchor=\"end\">{} ({}\u2013{})</text>"
                                "<rect class=\"level-bar\" x=\"{:.0f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.0f}\" "
                                "fill=\"{}\" stroke=\"#7b8794\"/>"
                                "<text x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
                                label_width - 8, y + 18, level_label(l), rubric_.levels[l].min, rubric_.levels[l].max,
                                label_width, y + 2, width, row_height - 6, level_fill(l), label_width + width + 6,
                                y + 18, r.level_counts[l]);
        }
        out_ << "</svg>\n</section>\n";
    }

    /// Reviews by items, each cell coloured by its score and holding it as
    /// text; the last row holds the network's item means.
    void heat_map(const RollupResult& r) {
        heading("heat-map", t(Text::heading_heat_map));
        out_ << "<p class=\"note\">" << t(Text::heat_map_note) << "</p>\n<div class=\"scroll\">\n<table class=\"heat\">\n"
             << "<thead>\n<tr><th class=\"site\" rowspan=\"2\">" << t(Text::label_site) << "</th><th rowspan=\"2\">"
             << t(Text::label_date) << "</th><th rowspan=\"2\">" << t(Text::heading_total) << "</th>";
        // The sections as column groups over the item numbers.
        for (std::size_t i = 0; i < rubric_.items.size();) {
            std::size_t end = i;
            while (end < rubric_.items.size() && rubric_.items[end].section == rubric_.items[i].section) ++end;
            out_ << "<th colspan=\"" << end - i << "\">" << text(rubric_.sections[rubric_.items[i].section].name)
                 << "</th>";
            i = end;
        }
        out_ << "</tr>\n<tr>";
        for (const Item& item : rubric_.items)
            out_ << "<th scope=\"col\" title=\"" << text(item.name) << "\">" << item.number << "</th>";
        out_ << "</tr>\n</thead>\n<tbody>\n";
        for (const PageRow& row : rows_) {
            if (!row.ok) continue;
            out_ << "<tr><th class=\"site\" scope=\"row\">" << escape_html(row.site) << "</th><td class=\"date\">"
                 << escape_html(row.date) << "</td><td class=\"num\">" << row.total << "</td>";
            for (const int score : row.item_scores)
                out_ << "<td class=\"heat-cell " << score_class(rubric_, score) << "\">" << score << "</td>";
            out_ << "</tr>\n";
        }
        out_ << "<tr class=\"mean\"><th class=\"site\" scope=\"row\" colspan=\"2\">" << t(Text::heat_map_mean)
             << "</th><td class=\"num\">" << decimal(r.mean_total) << "</td>";
        for (const double mean : r.item_means)
            out_ << "<td class=\"heat-mean " << score_class(rubric_, mean) << "\">"
                 << human_decimal(lang_, mean, 1) << "</td>";
        out_ << "</tr>\n</tbody>\n</table>\n</div>\n</section>\n";
    }

    /// Every input in input order; an invalid file keeps its row and says why.
    void sites() {
        heading("sites", t(Text::heading_sites));
        // The file goes under the site: a path is long, and a column of its
        // own would squeeze the others on A4.
        out_ << "<table>\n<thead><tr><th class=\"num\">#</th><th>" << t(Text::label_site) << " / "
             << t(Text::label_file) << "</th><th>" << t(Text::label_date) << "</th><th class=\"num\">"
             << t(Text::heading_total) << "</th><th>" << t(Text::col_level) << "</th><th>"
             << t(Text::col_next_review_due) << "</th></tr></thead>\n<tbody>\n";
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            const PageRow& row = rows_[i];
            if (row.ok)
                out_ << fmt::format("<tr><td class=\"num\">{}</td><td>{}<br><span class=\"file\">{}</span></td>"
                                    "<td class=\"date\">{}</td><td class=\"num\">{}</td><td style=\"background:{}\">{}</td>"
                                    "<td class=\"date\">{}</td></tr>\n",
                                    i + 1, escape_html(row.site), escape_html(row.file), escape_html(row.date),
                                    row.total, level_fill(row.level), level_label(row.level),
                                    escape_html(row.next_review_due));
            else
                out_ << fmt::format("<tr class=\"invalid\"><td class=\"num\">{}</td><td><span class=\"file\">{}</span></td>"
                                    "<td colspan=\"4\"><strong>{}</strong>: {}</td></tr>\n",
                                    i + 1, escape_html(row.file), t(Text::batch_invalid), escape_html(row.first_error));
        }
        out_ << "</tbody>\n</table>\n</section>\n";
    }

    void weakest_items(const RollupResult& r) {
        heading("weakest-items", t(Text::batch_weakest));
        out_ << "<table>\n<thead><tr><th class=\"num\">#</th><th>" << t(Text::col_item) << "</th><th class=\"num\">"
             << t(Text::col_mean) << "</th><th class=\"num\">"
             << escape_html(trf(lang_, Text::col_at_max, rubric_.scale_max)) << "</th></tr></thead>\n<tbody>\n";
        for (const std::size_t i : r.weakest_items)
            out_ << fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num {}\">{}</td>"
                                "<td class=\"num\">{}</td></tr>\n",
                                rubric_.items[i].number, text(rubric_.items[i].name),
                                score_class(rubric_, r.item_means[i]), decimal(r.item_means[i]),
                                escape_html(trf(lang_, Text::percent_value,
                                                static_cast<int>(std::lround(r.item_share_at_max[i] * 100)))));
        out_ << "</tbody>\n</table>\n</section>\n";
    }

    void principles(const RollupResult& r) {
        heading("principles", t(Text::heading_principles));
        out_ << "<p class=\"note\">"
             << escape_html(trf(lang_, Text::principles_note, human_decimal(lang_, rubric_.principle_target, 1)))
             << "</p>\n";
        render_radar(out_, "radar", rubric_, lang_, {RadarSeries{"principles", "", r.principle_means}});
        out_ << "<table>\n<thead><tr><th class=\"num\">#</th><th>" << t(Text::col_principle) << "</th><th class=\"num\">"
             << t(Text::col_mean) << "</th></tr></thead>\n<tbody>\n";
        for (std::size_t p = 0; p < rubric_.principles.size(); ++p)
            out_ << fmt::format("<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>\n", p + 1,
                                text(rubric_.principles[p].name), decimal(r.principle_means[p]));
        out_ << "</tbody>\n</table>\n</section>\n";
    }

    void trends(const RollupResult& r) {
        if (r.trends.empty()) return;
        heading("trends", t(Text::batch_trends));
        out_ << "<table>\n<thead><tr><th>" << t(Text::label_site) << "</th><th>" << t(Text::col_previous) << "</th><th>"
             << t(Text::col_latest) << "</th><th class=\"num\">" << t(Text::col_change) << "</th></tr></thead>\n<tbody>\n";
        for (const RollupResult::Trend& trend : r.trends) {
            const int change = trend.latest.total - trend.previous.total;
            out_ << fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num {}\">{}</td></tr>\n",
                                escape_html(trend.site), visit(trend.previous), visit(trend.latest),
                                change > 0 ? "change-up" : (change < 0 ? "change-down" : ""),
                                change == 0 ? std::string("0") : fmt::format("{:+}", change));
        }
        out_ << "</tbody>\n</table>\n</section>\n";
    }

    void due(const RollupResult& r) {
        if (r.due.empty()) return;
        heading("due", escape_html(trf(lang_, Text::batch_due, r.as_of)));
        out_ << "<table>\n<thead><tr><th>" << t(Text::col_next_due) << "</th><th></th><th>" << t(Text::label_site)
             << "</th><th>" << t(Text::col_latest_review) << "</th></tr></thead>\n<tbody>\n";
        for (const RollupResult::Due& d : r.due)
            out_ << fmt::format("<tr><td class=\"date\">{}</td><td class=\"overdue\">{}</td><td>{}</td><td>{}</td></tr>\n",
                                escape_html(d.next_review_due), d.overdue ? t(Text::batch_overdue) : "",
                                escape_html(d.site), visit(d.latest));
        out_ << "</tbody>\n</table>\n</section>\n";
    }

    std::ostream& out_;
    const Rubric& rubric_;
    std::string lang_;
    std::vector<PageRow> rows_;
};

}  // namespace

std::unique_ptr<BatchWriter> make_html_batch_writer(std::ostream& out, const Rubric& rubric, std::string language) {
    return std::make_unique<HtmlBatchWriter>(out, rubric, std::move(language));
}

}  // namespace ipsfid
