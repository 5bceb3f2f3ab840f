#include "compare.hpp"

#include <cmath>

#include <fmt/format.h>

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

std::string signed_mean(double value) {
    const std::string text = format_decimal(value, 2);
    return value > 0.004 ? "+" + text : (value < -0.004 ? text : "0.00");
}

const char* flag_note =
    "Reviewers must not lower a score only because a past recommendation was not followed; when an item goes down, "
    "the new review should say why in the item's 'rationale' (for example, that the earlier review mis-scored it).";

}  // namespace

void render_comparison_text(std::ostream& out, const Comparison& c, const std::string& lang) {
    const ScoreResult& o = *c.old_result;
    const ScoreResult& n = *c.new_result;
    const Rubric& rubric = *o.rubric;
    out << wrap_text(fmt::format("Comparison: {}", sanitize_for_terminal(n.review->site)), 80, 2, 0) << "\n\n";
    out << fmt::format("  Old  {} ({})  {}\n", o.review->date, o.review->kind, sanitize_for_terminal(o.review->file));
    out << fmt::format("  New  {} ({})  {}\n\n", n.review->date, n.review->kind, sanitize_for_terminal(n.review->file));
    out << fmt::format("  Total  {} -> {}  ({})\n", o.total, n.total, signed_int(c.total_change()));
    out << fmt::format("  Level  {} -> {}\n", o.level->label.in(lang), n.level->label.in(lang));
    out << "\nPrinciples (a derived grouping, not part of the official scale)\n";
    for (std::size_t p = 0; p < o.principles.size(); ++p) {
        const std::string prefix = fmt::format("  {} -> {}  {:>5}  ", format_decimal(o.principles[p].mean, 2),
                                               format_decimal(n.principles[p].mean, 2),
                                               signed_mean(n.principles[p].mean - o.principles[p].mean));
        out << prefix << wrap_text(rubric.principles[p].name.in(lang), 80, display_width(prefix), display_width(prefix))
            << '\n';
    }
    int unchanged = 0;
    bool header = false;
    for (const ItemChange& item : c.items) {
        if (item.change() == 0) {
            ++unchanged;
            continue;
        }
        if (!header) out << "\nItems that changed\n    #  old  new  change  item\n";
        header = true;
        const std::string prefix = fmt::format("  {:>3}  {:>3}  {:>3}  {:>6}  {}", rubric.items[item.item].number,
                                               item.old_score, item.new_score, signed_int(item.change()),
                                               item.lowered_without_rationale ? "! " : "  ");
        out << prefix
            << wrap_text(rubric.items[item.item].name.in(lang), 80, display_width(prefix), display_width(prefix)) << '\n';
    }
    out << fmt::format("\n  {} {} unchanged.\n", unchanged, unchanged == 1 ? "item" : "items");
    if (c.flagged() > 0) {
        out << fmt::format("\n  ! {} {} went down without a rationale in the new review.\n", c.flagged(),
                           c.flagged() == 1 ? "item" : "items");
        out << "    " << wrap_text(flag_note, 80, 4, 4) << '\n';
    }
}

void render_comparison_markdown(std::ostream& out, const Comparison& c, const std::string& lang) {
    const ScoreResult& o = *c.old_result;
    const ScoreResult& n = *c.new_result;
    const Rubric& rubric = *o.rubric;
    out << "# Comparison: " << escape_markdown(n.review->site) << "\n\n| | Old | New | Change |\n|---|---|---|---:|\n";
    out << fmt::format("| Review | {} ({}) | {} ({}) | |\n", o.review->date, o.review->kind, n.review->date,
                       n.review->kind);
    out << fmt::format("| Total | {} | {} | {} |\n", o.total, n.total, signed_int(c.total_change()));
    out << fmt::format("| Level | {} | {} | |\n\n", escape_markdown(o.level->label.in(lang)),
                       escape_markdown(n.level->label.in(lang)));
    out << "## Principles\n\n*A derived grouping, not part of the official scale.*\n\n"
           "| Principle | Old | New | Change |\n|---|---:|---:|---:|\n";
    for (std::size_t p = 0; p < o.principles.size(); ++p)
        out << fmt::format("| {} | {} | {} | {} |\n", escape_markdown(rubric.principles[p].name.in(lang)),
                           format_decimal(o.principles[p].mean, 2), format_decimal(n.principles[p].mean, 2),
                           signed_mean(n.principles[p].mean - o.principles[p].mean));
    out << "\n## Items that changed\n\n";
    bool any = false;
    for (const ItemChange& item : c.items) {
        if (item.change() == 0) continue;
        if (!any) out << "| # | Item | Old | New | Change | |\n|---:|---|---:|---:|---:|---|\n";
        any = true;
        out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", rubric.items[item.item].number,
                           escape_markdown(rubric.items[item.item].name.in(lang)), item.old_score, item.new_score,
                           signed_int(item.change()),
                           item.lowered_without_rationale ? "**lowered without a rationale**" : "");
    }
    if (!any) out << "No item changed.\n";
    if (c.flagged() > 0) out << "\n" << escape_markdown(flag_note) << "\n";
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
