#include <fmt/format.h>

#include "render.hpp"
#include "scalars.hpp"
#include "i18n.hpp"
#include "terminal.hpp"

namespace ipsfid {

int display_width(std::string_view text) {
    int width = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
    }
    return width;
}

std::string wrap_text(std::string_view text, int width, int indent, int first_used) {
    std::string out;
    int used = first_used;
    bool line_has_word = false;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
        if (start == i) break;
        const std::string_view word = text.substr(start, i - start);
        const int length = display_width(word);
        if (line_has_word && used + 1 + length > width) {
            out += '\n';
            out.append(static_cast<std::size_t>(indent), ' ');
            used = indent;
            line_has_word = false;
        }
        if (line_has_word) {
            out += ' ';
            ++used;
        }
        out += word;
        used += length;
        line_has_word = true;
    }
    return out;
}

std::string pad_right(std::string_view text, int width) {
    std::string out(text);
    out.append(static_cast<std::size_t>(std::max(0, width - display_width(text))), ' ');
    return out;
}

std::string pad_left(std::string_view text, int width) {
    return std::string(static_cast<std::size_t>(std::max(0, width - display_width(text))), ' ') + std::string(text);
}

namespace {

std::string bar(double mean, int scale_max, int cells) {
    const int filled = static_cast<int>(mean / scale_max * cells + 0.5);
    std::string out;
    for (int i = 0; i < cells; ++i) out += i < filled ? "\u2588" : "\u2591";
    return out;
}

class TextReport {
public:
    TextReport(std::ostream& out, const ScoreResult& result, const RenderOptions& options)
        : out_(out), r_(result), rubric_(*result.rubric), o_(options), style_(options.color) {}

    void render() {
        header();
        total();
        principles();
        sections();
        items();
        gaps();
        next_level_steps();
        warnings();
    }

private:
    [[nodiscard]] const std::string& text(const LocalizedText& localized) const { return localized.in(o_.language); }
    [[nodiscard]] std::string_view t(Text id) const { return tr(o_.language, id); }
    template <typename... Args>
    [[nodiscard]] std::string tf(Text id, Args&&... args) const {
        return trf(o_.language, id, std::forward<Args>(args)...);
    }
    /// Text that came from the review file: never let it act on the terminal.
    static std::string user(std::string_view raw) { return sanitize_for_terminal(raw); }

    void heading(std::string_view title) { out_ << '\n' << style_.bold(title) << '\n'; }

    void field(std::string_view label, std::string_view value) {
        out_ << pad_right(label, 11) << wrap_text(value, o_.width, 11, 11) << '\n';
    }

    [[nodiscard]] std::string gap_text(GapSeverity gap) const { return std::string(t(gap_label_id(gap))); }
    [[nodiscard]] std::string kind_text(const std::string& kind) const {
        return std::string(t(kind == "self-assessment" ? Text::kind_self_assessment : Text::kind_independent));
    }

    /// Colours a level by rank: the lowest red, the next yellow, the rest green.
    std::string level_label(const Level* level) const {
        if (level == nullptr) return std::string(t(Text::no_level));
        const std::string label = text(level->label);
        const auto rank = level - rubric_.levels.data();
        if (rank == 0) return style_.red(label);
        if (rank == 1) return style_.yellow(label);
        return style_.green(label);
    }

    /// The gap severity, padded to `width` before colouring so columns line up.
    std::string gap_label(GapSeverity gap, int width = 0) const {
        const std::string name = gap == GapSeverity::none ? "" : pad_right(gap_text(gap), width);
        switch (gap) {
            case GapSeverity::none: return pad_right("", width);
            case GapSeverity::minor: return style_.cyan(name);
            case GapSeverity::moderate: return style_.yellow(name);
            case GapSeverity::major: return style_.red(name);
        }
        return name;
    }

    void header() {
        out_ << style_.bold(tf(Text::report_title, text(rubric_.title))) << "\n\n";
        const Review& review = *r_.review;
        field(t(Text::label_site), user(review.site));
        field(t(Text::label_date), fmt::format("{} ({})", review.date, kind_text(review.kind)));
        if (!review.reviewers.empty()) {
            std::string names;
            for (const std::string& name : review.reviewers) names += (names.empty() ? "" : ", ") + user(name);
            field(t(Text::label_reviewers), names);
        }
        field(t(Text::label_rubric), fmt::format("{}, {}", rubric_.id, rubric_.version));
        field(t(Text::label_file), user(review.file));
    }

    void total() {
        heading(t(Text::heading_total));
        out_ << "  " << style_.bold(tf(Text::score_of, r_.total, r_.max)) << "  " << level_label(r_.level);
        if (r_.level != nullptr) out_ << fmt::format(" ({}-{})", r_.level->min, r_.level->max);
        out_ << '\n';
        if (r_.next_level != nullptr) {
            out_ << "  "
                 << tf(r_.points_to_next == 1 ? Text::point_to_level : Text::points_to_level, r_.points_to_next,
                       text(r_.next_level->label), r_.next_level->min)
                 << '\n';
        } else {
            out_ << "  " << t(Text::top_level) << '\n';
        }
        if (!r_.next_review_due.empty()) out_ << "  " << tf(Text::next_review_due, r_.next_review_due) << '\n';
    }

    void principles() {
        heading(t(Text::heading_principles));
        out_ << "  "
             << wrap_text(tf(Text::principles_note, human_decimal(o_.language, rubric_.principle_target, 1)), o_.width,
                          2, 2)
             << '\n';
        for (const GroupScore& principle : r_.principles) {
            const std::string mean = human_decimal(o_.language, principle.mean, 2);
            std::string line = fmt::format("  {} {} ", mean, bar(principle.mean, rubric_.scale_max, 20));
            const int used = display_width(line);
            std::string name = text(rubric_.principles[principle.group].name);
            name += fmt::format(" ({})", principle.items.size() == 1 ? std::string(t(Text::one_item))
                                                                     : tf(Text::n_items, principle.items.size()));
            out_ << (principle.gap ? style_.yellow(line) : line) << wrap_text(name, o_.width, used, used);
            if (principle.gap) out_ << "  " << style_.yellow(t(Text::gap_word));
            out_ << '\n';
        }
    }

    void sections() {
        heading(t(Text::heading_sections));
        for (const GroupScore& section : r_.sections) {
            out_ << "  " << pad_right(text(rubric_.sections[section.group].name), 16)
                 << tf(Text::score_of, fmt::format("{:>3}", section.score), section.max) << '\n';
        }
    }

    void items() {
        heading(t(Text::heading_items));
        out_ << style_.dim(t(Text::items_columns)) << '\n';
        for (const ItemScore& score : r_.items) {
            const Item& item = r_.item(score);
            const Rating& rating = r_.rating(score);
            std::string name = text(item.name);
            if (score.source == ScoreSource::measure && rating.measure)
                name += " " + tf(Text::tag_measure, human_number(o_.language, *rating.measure));
            else if (score.source == ScoreSource::components && rating.components)
                name += " " + tf(Text::tag_components, rating.components->size(), item.components.size());
            else if (score.source == ScoreSource::specialists)
                name += " " + tf(Text::tag_specialists, rating.specialist_scores.size());
            const std::string prefix = fmt::format("  {:>3}  {:>5}  ", item.number, score.score);
            out_ << prefix << gap_label(score.gap, 8) << "  " << wrap_text(name, o_.width, 24, 24) << '\n';
        }
    }

    void gaps() {
        const auto gaps = r_.gaps();
        if (gaps.empty()) return;
        heading(t(Text::heading_action_gaps));
        for (const ItemScore* score : gaps) {
            const Item& item = r_.item(*score);
            const Rating& rating = r_.rating(*score);
            out_ << fmt::format("\n  {:>2}. ", item.number)
                 << style_.bold(wrap_text(text(item.name), o_.width, 6, 6))
                 << ": " << tf(Text::score_of, score->score, rubric_.scale_max) << ", " << gap_label(score->gap) << '\n';
            if (!rating.evidence.empty()) indented(t(Text::label_evidence), user(rating.evidence));
            if (const auto missing = missing_components(item, rating); !missing.empty()) {
                out_ << style_.dim(fmt::format("      {}", t(Text::not_yet_in_place))) << '\n';
                for (const Component* component : missing)
                    out_ << "        - " << wrap_text(text(component->text), o_.width, 10, 10) << '\n';
            }
            const int next = score->score + 1;
            indented(tf(Text::label_for_score, next), text(item.anchors[static_cast<std::size_t>(next - rubric_.scale_min)]));
            if (next < rubric_.scale_max) indented(tf(Text::label_for_score, rubric_.scale_max), text(item.anchors.back()));
            if (!rating.recommendation.empty()) indented(t(Text::label_recommendation), user(rating.recommendation));
        }
    }

    void indented(std::string_view label, std::string_view body) {
        const std::string prefix = fmt::format("      {}: ", label);
        const int used = display_width(prefix);
        out_ << style_.dim(prefix) << wrap_text(body, o_.width, 8, used) << '\n';
    }

    void next_level_steps() {
        if (r_.next_level == nullptr || r_.next_level_steps.empty()) return;
        heading(tf(Text::heading_action_next, text(r_.next_level->label)));
        out_ << "  "
             << wrap_text(tf(r_.points_to_next == 1 ? Text::steps_intro_one : Text::steps_intro, r_.points_to_next),
                          o_.width, 2, 2)
             << '\n';
        for (const std::size_t index : r_.next_level_steps) {
            const Item& item = rubric_.items[index];
            const int score = r_.review->ratings[index].score;
            const std::string prefix = fmt::format("  {:>3}  {} -> {}  ", item.number, score, score + 1);
            out_ << prefix << wrap_text(text(item.name), o_.width, display_width(prefix), display_width(prefix)) << '\n';
        }
    }

    void warnings() {
        if (r_.warnings.empty()) return;
        heading(t(Text::heading_warnings));
        for (const Diagnostic& d : r_.warnings) {
            out_ << "  " << wrap_text(tf(Text::warning_line, d.location.line, user(d.message)), o_.width, 4, 2)
                 << '\n';
        }
    }

    std::ostream& out_;
    const ScoreResult& r_;
    const Rubric& rubric_;
    const RenderOptions& o_;
    Style style_;
};

}  // namespace

void render_text(std::ostream& out, const ScoreResult& result, const RenderOptions& options) {
    TextReport(out, result, options).render();
}

}  // namespace ipsfid
