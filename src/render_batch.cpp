#include "render_batch.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "i18n.hpp"
#include "render.hpp"
#include "scalars.hpp"
#include "terminal.hpp"

namespace ipsfid {

std::string csv_cell(std::string_view text) {
    std::string cell;
    if (!text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' || text.front() == '@' ||
                          text.front() == '\t' || text.front() == '\r'))
        cell = "'";
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (const char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

namespace {

using json = nlohmann::ordered_json;

double two_decimals(double value) { return std::round(value * 100.0) / 100.0; }

json invalid_json(const BatchRow& row) {
    json errors = json::array();
    for (const Diagnostic& d : row.diagnostics) {
        if (d.severity != Severity::error) continue;
        errors.push_back({{"line", std::max(d.location.line, 1)},
                          {"column", std::max(d.location.column, 1)},
                          {"rule", d.rule},
                          {"message", d.message}});
    }
    return {{"file", row.file}, {"status", "invalid"}, {"errors", std::move(errors)}};
}

json rollup_json(const RollupResult& r, const Rubric& rubric, const std::string& lang) {
    json levels = json::array();
    for (std::size_t l = 0; l < rubric.levels.size(); ++l)
        levels.push_back({{"id", rubric.levels[l].id}, {"label", rubric.levels[l].label.in(lang)}, {"count", r.level_counts[l]}});
    json items = json::array();
    for (std::size_t i = 0; i < rubric.items.size(); ++i)
        items.push_back({{"id", rubric.items[i].id},
                         {"number", rubric.items[i].number},
                         {"mean", two_decimals(r.item_means[i])},
                         {"share_at_max", two_decimals(r.item_share_at_max[i])}});
    json weakest = json::array();
    for (const std::size_t i : r.weakest_items) weakest.push_back(rubric.items[i].id);
    json principles = json::array();
    for (std::size_t p = 0; p < rubric.principles.size(); ++p)
        principles.push_back({{"id", rubric.principles[p].id},
                              {"label", rubric.principles[p].name.in(lang)},
                              {"mean", two_decimals(r.principle_means[p])}});
    auto visit = [&](const RollupResult::Visit& v) {
        return json{{"date", v.date}, {"total", v.total}, {"level", rubric.levels[v.level].id}};
    };
    json trends = json::array();
    for (const RollupResult::Trend& t : r.trends)
        trends.push_back({{"site", t.site},
                          {"previous", visit(t.previous)},
                          {"latest", visit(t.latest)},
                          {"change", t.latest.total - t.previous.total}});
    json due = json::array();
    for (const RollupResult::Due& d : r.due)
        due.push_back({{"site", d.site},
                       {"latest", visit(d.latest)},
                       {"next_review_due", d.next_review_due},
                       {"overdue", d.overdue}});
    return {{"reviews", r.reviews},
            {"invalid", r.invalid},
            {"levels", std::move(levels)},
            {"total", {{"mean", two_decimals(r.mean_total)}, {"median", two_decimals(r.median_total)}}},
            {"items", std::move(items)},
            {"weakest_items", std::move(weakest)},
            {"principles", std::move(principles)},
            {"trends", std::move(trends)},
            {"as_of", r.as_of},
            {"due", std::move(due)}};
}

class CsvWriter final : public BatchWriter {
public:
    CsvWriter(std::ostream& out, const Rubric& rubric) : out_(out), rubric_(rubric) {}

    void begin() override {
        std::string line = "file,status,message,site,date,kind,total,level,next_review_due";
        for (const Principle& p : rubric_.principles) line += "," + csv_cell(p.id);
        for (const Item& i : rubric_.items) line += "," + csv_cell(i.id);
        out_ << line << "\r\n";
    }

    void row(const BatchRow& row) override {
        std::string line = csv_cell(row.file);
        if (!row.ok) {
            line += ",invalid," + csv_cell(row.first_error) + ",,,,,,";
            line.append(rubric_.principles.size() + rubric_.items.size(), ',');
            out_ << line << "\r\n";
            return;
        }
        line += ",ok,," + csv_cell(row.site) + "," + csv_cell(row.date) + "," + csv_cell(row.kind) + "," +
                std::to_string(row.total) + "," + csv_cell(rubric_.levels[row.level].id) + "," +
                csv_cell(row.next_review_due);
        for (const double mean : row.principle_means) line += "," + format_decimal(mean, 2);
        for (const int score : row.item_scores) line += "," + std::to_string(score);
        out_ << line << "\r\n";
    }

    void end(const RollupResult&) override {}
    [[nodiscard]] bool wants_rollup() const override { return false; }

private:
    std::ostream& out_;
    const Rubric& rubric_;
};

class JsonLinesWriter final : public BatchWriter {
public:
    explicit JsonLinesWriter(std::ostream& out) : out_(out) {}
    void row(const BatchRow& row) override { out_ << (row.ok ? row.json : invalid_json(row).dump()) << '\n'; }
    void end(const RollupResult&) override {}
    [[nodiscard]] bool wants_rollup() const override { return false; }

private:
    std::ostream& out_;
};

class JsonWriter final : public BatchWriter {
public:
    JsonWriter(std::ostream& out, const Rubric& rubric, std::string language)
        : out_(out), rubric_(rubric), lang_(std::move(language)) {}
    void begin() override { out_ << "{\n  \"reviews\": ["; }
    void row(const BatchRow& row) override {
        out_ << (first_ ? "\n    " : ",\n    ") << (row.ok ? row.json : invalid_json(row).dump());
        first_ = false;
    }
    void end(const RollupResult& rollup) override {
        out_ << (first_ ? "],\n" : "\n  ],\n") << "  \"rollup\": ";
        const std::string text = rollup_json(rollup, rubric_, lang_).dump(2);
        for (const char c : text) {
            out_ << c;
            if (c == '\n') out_ << "  ";
        }
        out_ << "\n}\n";
    }

private:
    std::ostream& out_;
    const Rubric& rubric_;
    std::string lang_;
    bool first_ = true;
};



/// Markdown and text share the roll-up's content; they differ in layout.
class HumanWriter final : public BatchWriter {
public:
    HumanWriter(std::ostream& out, const Rubric& rubric, std::string language, bool markdown)
        : out_(out), rubric_(rubric), lang_(std::move(language)), md_(markdown) {
        // The text table's columns: wide enough for English (5, 13, 10, 10)
        // and for the headings and status word of the language.
        total_width_ = std::max(5, display_width(t(Text::batch_colh_total)));
        level_width_ = std::max({13, display_width(t(Text::batch_colh_level)), display_width(t(Text::batch_invalid))});
        date_width_ = std::max(10, display_width(t(Text::batch_colh_date)));
        due_width_ = std::max(10, display_width(t(Text::batch_colh_next_due)));
    }

    void begin() override {
        if (md_) {
            out_ << "# " << t(Text::batch_title)
                 << fmt::format("\n\n| {} | {} | {} | {} | {} | {} | {} |\n", t(Text::label_file), t(Text::col_status),
                                t(Text::label_site), t(Text::label_date), t(Text::heading_total), t(Text::col_level),
                                t(Text::col_next_review_due))
                 << "|---|---|---|---|---:|---|---|\n";
        } else {
            out_ << t(Text::batch_title) << "\n\n"
                 << fmt::format("  {}  {}  {}  {}  {}\n", pad_left(t(Text::batch_colh_total), total_width_),
                                pad_right(t(Text::batch_colh_level), level_width_),
                                pad_right(t(Text::batch_colh_date), date_width_),
                                pad_right(t(Text::batch_colh_next_due), due_width_), t(Text::batch_colh_site_file));
        }
    }

    void row(const BatchRow& row) override {
        if (md_) {
            if (row.ok)
                out_ << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", escape_markdown(row.file), t(Text::batch_ok),
                                    escape_markdown(row.site), row.date, row.total,
                                    escape_markdown(rubric_.levels[row.level].label.in(lang_)), row.next_review_due);
            else
                out_ << fmt::format("| {} | **{}**: {} | | | | | |\n", escape_markdown(row.file), t(Text::batch_invalid),
                                    escape_markdown(row.first_error));
            return;
        }
        if (row.ok)
            out_ << fmt::format("  {}  {}  {}  {}  {} ({})\n", pad_left(std::to_string(row.total), total_width_),
                                pad_right(rubric_.levels[row.level].id, level_width_), pad_right(row.date, date_width_),
                                pad_right(row.next_review_due, due_width_), sanitize_for_terminal(row.site),
                                sanitize_for_terminal(row.file));
        else
            out_ << fmt::format("  {}  {}  {}\n", pad_left("-", total_width_),
                                pad_right(t(Text::batch_invalid), level_width_), sanitize_for_terminal(row.first_error));
    }

    void end(const RollupResult& r) override {
        heading(t(Text::batch_rollup));
        std::string invalid;
        if (r.invalid > 0)
            invalid = trf(lang_, r.invalid == 1 ? Text::batch_invalid_files_one : Text::batch_invalid_files, r.invalid);
        line(fmt::format("{}{}.",
                         trf(lang_, r.reviews == 1 ? Text::batch_reviews_scored_one : Text::batch_reviews_scored,
                             r.reviews),
                         invalid));
        if (r.reviews == 0) return;
        line(trf(lang_, Text::batch_total, human_decimal(lang_, r.mean_total, 2),
                 human_decimal(lang_, r.median_total, 2)));

        subheading(t(Text::heading_levels));
        table({t(Text::col_level), t(Text::col_reviews)}, {false, true}, {30, 8});
        for (std::size_t l = r.level_counts.size(); l-- > 0;)
            table_row({rubric_.levels[l].label.in(lang_), std::to_string(r.level_counts[l])});

        const std::string at_max = trf(lang_, Text::col_at_max, rubric_.scale_max);
        subheading(t(Text::batch_weakest));
        table({"#", t(Text::col_item), t(Text::col_mean), at_max}, {true, false, true, true}, {3, 52, 5, 5});
        for (const std::size_t i : r.weakest_items) item_row(r, i);

        subheading(fmt::format("{} ({})", t(Text::heading_principles), t(Text::derived_grouping_note)));
        table({t(Text::col_principle), t(Text::col_mean)}, {false, true}, {64, 5});
        for (std::size_t p = 0; p < rubric_.principles.size(); ++p)
            table_row({rubric_.principles[p].name.in(lang_), human_decimal(lang_, r.principle_means[p], 2)});

        subheading(t(Text::batch_all_items));
        table({"#", t(Text::col_item), t(Text::col_mean), at_max}, {true, false, true, true}, {3, 52, 5, 5});
        for (std::size_t i = 0; i < rubric_.items.size(); ++i) item_row(r, i);

        if (!r.trends.empty()) {
            subheading(t(Text::batch_trends));
            table({t(Text::col_change), t(Text::col_previous), t(Text::col_latest), t(Text::label_site)},
                  {true, false, false, false}, {6, 31, 31, 0});
            for (const RollupResult::Trend& trend : r.trends)
                table_row({fmt::format("{:+}", trend.latest.total - trend.previous.total), visit(trend.previous),
                           visit(trend.latest), trend.site});
        }
        if (!r.due.empty()) {
            const std::string overdue = t(Text::batch_overdue);
            subheading(trf(lang_, Text::batch_due, r.as_of));
            table({t(Text::col_next_due), "", t(Text::col_latest_review), t(Text::label_site)},
                  {false, false, false, false}, {10, std::max(7, display_width(overdue)), 31, 0});
            for (const RollupResult::Due& d : r.due)
                table_row({d.next_review_due, d.overdue ? overdue : "", visit(d.latest), d.site});
        }
    }

private:
    /// A catalogue text in the writer's language.
    [[nodiscard]] std::string t(Text text) const { return std::string(tr(lang_, text)); }

    std::string visit(const RollupResult::Visit& v) const {
        return fmt::format("{} ({}, {})", v.total, rubric_.levels[v.level].id, v.date);
    }

    void item_row(const RollupResult& r, std::size_t i) {
        std::string name = rubric_.items[i].name.in(lang_);
        if (!md_ && display_width(name) > 52) {
            // The number names the item; a text table must fit 80 columns.
            std::string cut;
            int width = 0;
            for (std::size_t k = 0; k < name.size() && width < 51; ++k) {
                cut += name[k];
                if (k + 1 == name.size() || (static_cast<unsigned char>(name[k + 1]) & 0xC0) != 0x80) ++width;
            }
            name = cut + "\u2026";
        }
        table_row({std::to_string(rubric_.items[i].number), name, human_decimal(lang_, r.item_means[i], 2),
                   trf(lang_, Text::percent_value, static_cast<int>(std::lround(r.item_share_at_max[i] * 100)))});
    }

    void heading(std::string_view text) { out_ << (md_ ? "\n## " : "\n") << text << "\n\n"; }
    void subheading(std::string_view text) { out_ << (md_ ? "\n### " : "\n") << text << (md_ ? "\n\n" : "\n"); }
    void line(std::string_view text) { out_ << (md_ ? "" : "  ") << text << '\n'; }

    /// Starts a table. Text tables use the given column widths (chosen for
    /// 80 columns), widened to a heading that needs more; a longer cell still
    /// prints whole and pushes the row wider.
    void table(std::vector<std::string> headers, std::vector<bool> right, std::vector<int> widths) {
        right_ = std::move(right);
        widths_ = std::move(widths);
        for (std::size_t c = 0; c < headers.size() && c < widths_.size(); ++c)
            if (widths_[c] > 0) widths_[c] = std::max(widths_[c], display_width(headers[c]));
        if (md_) {
            out_ << "|";
            for (const std::string& h : headers) out_ << ' ' << h << " |";
            out_ << "\n|";
            for (const bool r : right_) out_ << (r ? "---:|" : "---|");
            out_ << '\n';
        } else {
            table_row(headers);
        }
    }

    void table_row(const std::vector<std::string>& cells) {
        if (md_) {
            out_ << "|";
            for (const std::string& c : cells) out_ << ' ' << escape_markdown(c) << " |";
            out_ << '\n';
            return;
        }
        std::string text = "  ";
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string cell = sanitize_for_terminal(cells[c]);
            const int pad = std::max(0, widths_[c] - display_width(cell));
            if (right_[c]) text += std::string(static_cast<std::size_t>(pad), ' ') + cell;
            else text += cell + std::string(static_cast<std::size_t>(pad), ' ');
            text += "  ";
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out_ << text << '\n';
    }

    std::ostream& out_;
    const Rubric& rubric_;
    std::string lang_;
    bool md_;
    std::vector<bool> right_;
    std::vector<int> widths_;
    int total_width_ = 5;
    int level_width_ = 13;
    int date_width_ = 10;
    int due_width_ = 10;
};

}  // namespace

std::unique_ptr<BatchWriter> make_batch_writer(std::string_view format, std::ostream& out, const Rubric& rubric,
                                               std::string language) {
    if (format == "csv") return std::make_unique<CsvWriter>(out, rubric);
    if (format == "jsonl") return std::make_unique<JsonLinesWriter>(out);
    if (format == "json") return std::make_unique<JsonWriter>(out, rubric, std::move(language));
    if (format == "html") return make_html_batch_writer(out, rubric, std::move(language));
    return std::make_unique<HumanWriter>(out, rubric, std::move(language), format == "markdown");
}

}  // namespace ipsfid
