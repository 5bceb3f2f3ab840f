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
    [[nodiscard]] std::string_view t(Text id) const { return tr(o_.language, id); }
    template <typename... Args>
    [[nodiscard]] std::string tf(Text id, Args&&... args) const {
        return trf(o_.language, id, std::forward<Args>(args)...);
    }
    [[nodiscard]] std::string item_title(const Item& item) const {
        return fmt::format("{}. {}", item.number, escape_markdown(text(item.name)));
    }
    [[nodiscard]] std::string decimal(double value, int places) const { return human_decimal(o_.language, value, places); }

    void header() {
        const Review& review = *r_.review;
        out_ << "# " << tf(Text::md_title, escape_markdown(review.site)) << "\n\n";
        out_ << "| | |\n|---|---|\n";
        out_ << "| " << t(Text::label_site) << " | " << escape_markdown(review.site) << " |\n";
        out_ << "| " << t(Text::md_date_of_review) << " | " << review.date << " |\n";
        out_ << "| " << t(Text::md_kind_of_review) << " | "
             << t(review.kind == "self-assessment" ? Text::kind_word_self_assessment : Text::kind_word_independent)
             << " |\n";
        if (!review.reviewers.empty()) {
            std::string names;
            for (const std::string& name : review.reviewers) names += (names.empty() ? "" : ", ") + escape_markdown(name);
            out_ << "| " << t(Text::label_reviewers) << " | " << names << " |\n";
        }
        out_ << "| " << t(Text::label_scale) << " | " << escape_markdown(text(rubric_.title)) << " (" << rubric_.id
             << ", " << escape_markdown(rubric_.version) << ") |\n\n";
    }

    void summary() {
        out_ << "## " << t(Text::heading_summary) << "\n\n";
        out_ << tf(Text::md_total, r_.total, r_.max,
                   r_.level ? text(r_.level->label) : std::string(t(Text::no_level)));
        if (r_.next_level != nullptr)
            out_ << tf(r_.points_to_next == 1 ? Text::md_short_one : Text::md_short, r_.points_to_next,
                       text(r_.next_level->label), r_.next_level->min);
        else
            out_ << t(Text::md_top_level);
        out_ << "\n\n";
        int full = 0, major = 0, moderate = 0, minor = 0;
        for (const ItemScore& item : r_.items) {
            full += item.gap == GapSeverity::none;
            major += item.gap == GapSeverity::major;
            moderate += item.gap == GapSeverity::moderate;
            minor += item.gap == GapSeverity::minor;
        }
        out_ << tf(Text::md_counts, full, r_.items.size(), major, moderate, minor);
        if (!r_.next_review_due.empty()) out_ << tf(Text::md_next_review, r_.next_review_due);
        out_ << "\n\n";
    }

    void principles() {
        out_ << "## " << t(Text::heading_principles) << "\n\n";
        out_ << tf(Text::md_principles_note, decimal(rubric_.principle_target, 1)) << "\n\n";
        out_ << fmt::format("| {} | {} | {} | {} | |\n|---|---:|---:|---:|---|\n", t(Text::col_principle),
                            t(Text::col_items), t(Text::col_score), t(Text::col_mean));
        for (const GroupScore& p : r_.principles) {
            out_ << fmt::format("| {} | {} | {} | {} | {} |\n", escape_markdown(text(rubric_.principles[p.group].name)),
                                p.items.size(), tf(Text::score_of, p.score, p.max), decimal(p.mean, 2),
                                p.gap ? fmt::format("**{}**", t(Text::gap_word)) : "");
        }
        out_ << '\n';
    }

    void sections() {
        out_ << "## " << t(Text::heading_sections) << "\n\n"
             << fmt::format("| {} | {} |\n|---|---:|\n", t(Text::col_section), t(Text::col_score));
        for (const GroupScore& s : r_.sections)
            out_ << fmt::format("| {} | {} |\n", escape_markdown(text(rubric_.sections[s.group].name)),
                                tf(Text::score_of, s.score, s.max));
        out_ << '\n';
    }

    void strengths() {
        out_ << "## " << t(Text::heading_strengths) << "\n\n";
        bool any = false;
        for (const ItemScore& score : r_.items) {
            if (score.gap != GapSeverity::none) continue;
            any = true;
            const Rating& rating = r_.rating(score);
            out_ << "- **" << item_title(r_.item(score)) << "**";
            if (!rating.evidence.empty()) out_ << ": " << escape_markdown(rating.evidence);
            out_ << '\n';
        }
        if (!any) out_ << t(Text::no_strengths) << '\n';
        out_ << '\n';
    }

    void gaps() {
        const auto gaps = r_.gaps();
        out_ << "## " << t(Text::heading_action_plan) << "\n\n";
        if (gaps.empty()) {
            out_ << t(Text::all_full) << "\n\n";
            return;
        }
        out_ << "### " << t(Text::md_gaps_heading) << "\n\n" << t(Text::md_gaps_intro) << "\n\n";
        for (const ItemScore* score : gaps) {
            const Item& item = r_.item(*score);
            const Rating& rating = r_.rating(*score);
            out_ << "#### "
                 << tf(Text::md_gap_title, item_title(item), score->score, rubric_.scale_max, t(gap_label_id(score->gap)))
                 << "\n\n";
            if (!rating.evidence.empty())
                out_ << "**" << t(Text::md_found) << "** " << escape_markdown(rating.evidence) << "\n\n";
            if (const auto missing = missing_components(item, rating); !missing.empty()) {
                out_ << "**" << t(Text::md_not_in_place) << "**\n\n";
                for (const Component* component : missing) out_ << "- " << escape_markdown(text(component->text)) << '\n';
                out_ << '\n';
            }
            const int next = score->score + 1;
            out_ << "**" << tf(Text::md_next_step, next) << "** "
                 << escape_markdown(text(item.anchors[static_cast<std::size_t>(next - rubric_.scale_min)])) << "\n\n";
            if (next < rubric_.scale_max)
                out_ << "**" << tf(Text::md_full_implementation, rubric_.scale_max) << "** "
                     << escape_markdown(text(item.anchors.back())) << "\n\n";
            if (!rating.recommendation.empty())
                out_ << "**" << t(Text::md_recommendation) << "** " << escape_markdown(rating.recommendation) << "\n\n";
        }
    }

    void action_plan() {
        if (r_.next_level == nullptr || r_.next_level_steps.empty()) return;
        out_ << "### " << tf(Text::md_to_reach, text(r_.next_level->label)) << "\n\n";
        out_ << tf(r_.points_to_next == 1 ? Text::md_steps_intro_one : Text::md_steps_intro, r_.points_to_next)
             << "\n\n";
        for (const std::size_t index : r_.next_level_steps) {
            const int score = r_.review->ratings[index].score;
            out_ << "- " << tf(Text::md_step, item_title(rubric_.items[index]), score, score + 1) << '\n';
        }
        out_ << '\n';
    }

    void score_sheet() {
        out_ << "## " << t(Text::heading_score_sheet) << "\n\n"
             << fmt::format("| # | {} | {} | {} | {} | {} | {} |\n", t(Text::col_item), t(Text::col_section),
                            t(Text::col_principle), t(Text::col_score), t(Text::col_based_on), t(Text::col_gap))
             << "|---:|---|---|---|---:|---|---|\n";
        for (const ItemScore& score : r_.items) {
            const Item& item = r_.item(score);
            out_ << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", item.number, escape_markdown(text(item.name)),
                                escape_markdown(text(rubric_.sections[item.section].name)),
                                escape_markdown(text(rubric_.principles[item.principle].name)), score.score,
                                t(source_label_id(score.source)),
                                score.gap == GapSeverity::none ? "" : t(gap_label_id(score.gap)));
        }
        out_ << fmt::format("| | **{}** | | | **{}** | | |\n", t(Text::md_total_row), r_.total);
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
