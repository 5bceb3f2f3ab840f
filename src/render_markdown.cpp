#include <fmt/format.h>

#include "render.hpp"
#include "scalars.hpp"

namespace ipsfid {

std::string escape_markdown(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool line_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') continue;
        if (c == '\n') {
            // Inside a table cell or a paragraph a line break would end it.
            out += ' ';
            line_start = true;
            continue;
        }
        switch (c) {
            case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
            case '|': case '~': case '&': case '!':
                out += '\\';
                break;
            case '#': case '-': case '+': case '=':
                if (line_start) out += '\\';
                break;
            default:
                break;
        }
        out += c;
        line_start = false;
    }
    return out;
}

namespace {

class MarkdownReport {
public:
    MarkdownReport(std::ostream& out, const ScoreResult& result, const RenderOptions& options)
        : out_(out), r_(result), rubric_(*result.rubric), o_(options) {}

    void render() {
        header();
        summary();
        principles();
        sections();
        strengths();
        gaps();
        action_plan();
        score_sheet();
    }

private:
    [[nodiscard]] const std::string& text(const LocalizedText& localized) const { return localized.in(o_.language); }
    [[nodiscard]] std::string item_title(const Item& item) const {
        return fmt::format("{}. {}", item.number, escape_markdown(text(item.name)));
    }

    void header() {
        const Review& review = *r_.review;
        out_ << "# Fidelity report: " << escape_markdown(review.site) << "\n\n";
        out_ << "| | |\n|---|---|\n";
        out_ << "| Site | " << escape_markdown(review.site) << " |\n";
        out_ << "| Date of review | " << review.date << " |\n";
        out_ << "| Kind of review | " << review.kind << " |\n";
        if (!review.reviewers.empty()) {
            std::string names;
            for (const std::string& name : review.reviewers) names += (names.empty() ? "" : ", ") + escape_markdown(name);
            out_ << "| Reviewers | " << names << " |\n";
        }
        out_ << "| Scale | " << escape_markdown(text(rubric_.title)) << " (" << rubric_.id << ", "
             << escape_markdown(rubric_.version) << ") |\n\n";
    }

    void summary() {
        out_ << "## Summary\n\n";
        out_ << fmt::format("**Total: {} of {}, {}.**", r_.total, r_.max,
                            r_.level ? text(r_.level->label) : std::string("no level"));
        if (r_.next_level != nullptr)
            out_ << fmt::format(" {} {} short of {} ({}).", r_.points_to_next,
                                r_.points_to_next == 1 ? "point" : "points", text(r_.next_level->label),
                                r_.next_level->min);
        else
            out_ << " This is the highest level of the scale.";
        out_ << "\n\n";
        int full = 0, major = 0, moderate = 0, minor = 0;
        for (const ItemScore& item : r_.items) {
            full += item.gap == GapSeverity::none;
            major += item.gap == GapSeverity::major;
            moderate += item.gap == GapSeverity::moderate;
            minor += item.gap == GapSeverity::minor;
        }
        out_ << fmt::format("{} of {} items are at full implementation. Gaps: {} major, {} moderate, {} minor.", full,
                            r_.items.size(), major, moderate, minor);
        if (!r_.next_review_due.empty()) out_ << fmt::format(" Next review due by {}.", r_.next_review_due);
        out_ << "\n\n";
    }

    void principles() {
        out_ << "## Principles\n\n";
        out_ << fmt::format("*Principle scores group the items by the eight IPS principles. This grouping is derived "
                            "by ipsfid and is not part of the official scale or its total. A mean below {} is "
                            "flagged.*\n\n",
                            format_decimal(rubric_.principle_target, 1));
        out_ << "| Principle | Items | Score | Mean | |\n|---|---:|---:|---:|---|\n";
        for (const GroupScore& p : r_.principles) {
            out_ << fmt::format("| {} | {} | {} of {} | {} | {} |\n",
                                escape_markdown(text(rubric_.principles[p.group].name)), p.items.size(), p.score, p.max,
                                format_decimal(p.mean, 2), p.gap ? "**gap**" : "");
        }
        out_ << '\n';
    }

    void sections() {
        out_ << "## Sections\n\n| Section | Score |\n|---|---:|\n";
        for (const GroupScore& s : r_.sections)
            out_ << fmt::format("| {} | {} of {} |\n", escape_markdown(text(rubric_.sections[s.group].name)), s.score,
                                s.max);
        out_ << '\n';
    }

    void strengths() {
        out_ << "## Strengths\n\n";
        bool any = false;
        for (const ItemScore& score : r_.items) {
            if (score.gap != GapSeverity::none) continue;
            any = true;
            const Rating& rating = r_.rating(score);
            out_ << "- **" << item_title(r_.item(score)) << "**";
            if (!rating.evidence.empty()) out_ << ": " << escape_markdown(rating.evidence);
            out_ << '\n';
        }
        if (!any) out_ << "No item is at full implementation yet.\n";
        out_ << '\n';
    }

    void gaps() {
        const auto gaps = r_.gaps();
        out_ << "## Action plan\n\n";
        if (gaps.empty()) {
            out_ << "Every item is at full implementation.\n\n";
            return;
        }
        out_ << "### The gaps, most severe first\n\nFor each gap, the criterion of the next score up is the concrete "
                "target.\n\n";
        for (const ItemScore* score : gaps) {
            const Item& item = r_.item(*score);
            const Rating& rating = r_.rating(*score);
            out_ << fmt::format("#### {}: {} of {} ({} gap)\n\n", item_title(item), score->score, rubric_.scale_max,
                                gap_name(score->gap));
            if (!rating.evidence.empty()) out_ << "**What we found.** " << escape_markdown(rating.evidence) << "\n\n";
            if (const auto missing = missing_components(item, rating); !missing.empty()) {
                out_ << "**Not yet in place:**\n\n";
                for (const Component* component : missing) out_ << "- " << escape_markdown(text(component->text)) << '\n';
                out_ << '\n';
            }
            const int next = score->score + 1;
            out_ << fmt::format("**Next step ({}).** {}\n\n", next,
                                escape_markdown(text(item.anchors[static_cast<std::size_t>(next - rubric_.scale_min)])));
            if (next < rubric_.scale_max)
                out_ << fmt::format("**Full implementation ({}).** {}\n\n", rubric_.scale_max,
                                    escape_markdown(text(item.anchors.back())));
            if (!rating.recommendation.empty())
                out_ << "**Recommendation.** " << escape_markdown(rating.recommendation) << "\n\n";
        }
    }

    void action_plan() {
        if (r_.next_level == nullptr || r_.next_level_steps.empty()) return;
        out_ << fmt::format("### To reach {}\n\n", text(r_.next_level->label));
        out_ << fmt::format("{} more {} needed. The smallest set of improvements, one step each on the lowest items:\n\n",
                            r_.points_to_next, r_.points_to_next == 1 ? "point is" : "points are");
        for (const std::size_t index : r_.next_level_steps) {
            const int score = r_.review->ratings[index].score;
            out_ << fmt::format("- {} from {} to {}\n", item_title(rubric_.items[index]), score, score + 1);
        }
        out_ << '\n';
    }

    void score_sheet() {
        out_ << "## Score sheet\n\n| # | Item | Section | Principle | Score | Based on | Gap |\n"
                "|---:|---|---|---|---:|---|---|\n";
        for (const ItemScore& score : r_.items) {
            const Item& item = r_.item(score);
            out_ << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", item.number, escape_markdown(text(item.name)),
                                escape_markdown(text(rubric_.sections[item.section].name)),
                                escape_markdown(text(rubric_.principles[item.principle].name)), score.score,
                                source_name(score.source), score.gap == GapSeverity::none ? "" : gap_name(score.gap));
        }
        out_ << fmt::format("| | **Total** | | | **{}** | | |\n", r_.total);
    }

    std::ostream& out_;
    const ScoreResult& r_;
    const Rubric& rubric_;
    const RenderOptions& o_;
};

}  // namespace

void render_markdown(std::ostream& out, const ScoreResult& result, const RenderOptions& options) {
    MarkdownReport(out, result, options).render();
}

}  // namespace ipsfid
