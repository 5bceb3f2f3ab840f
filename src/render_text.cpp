#include <fmt/format.h>

#include "render.hpp"
#include "scalars.hpp"
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

namespace {

/// Pads `text` with spaces to `width` characters.
std::string pad(std::string_view text, int width) {
    std::string out(text);
    const int missing = width - display_width(text);
    if (missing > 0) out.append(static_cast<std::size_t>(missing), ' ');
    return out;
}

std::string bar(double mean, int scale_max, int cells) {
    const int filled = static_cast<int>(mean / scale_max * cells + 0.5);
    std::string out;
    for (int i = 0; i < cells; ++i) out += i < filled ? "\u2588" : "\u2591";
    return out;
}

std::string format_measure(double value) {
    return value == static_cast<double>(static_cast<long long>(value)) ? fmt::format("{}", static_cast<long long>(value))
                                                                      : fmt::format("{}", value);
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
    /// Text that came from the review file: never let it act on the terminal.
    static std::string user(std::string_view raw) { return sanitize_for_terminal(raw); }

    void heading(std::string_view title) { out_ << '\n' << style_.bold(title) << '\n'; }

    void field(std::string_view label, std::string_view value) {
        out_ << pad(label, 11) << wrap_text(value, o_.width, 11, 11) << '\n';
    }

    /// Colours a level by rank: the lowest red, the next yellow, the rest green.
    std::string level_label(const Level* level) const {
        if (level == nullptr) return "no level";
        const std::string label = text(level->label);
        const auto rank = level - rubric_.levels.data();
        if (rank == 0) return style_.red(label);
        if (rank == 1) return style_.yellow(label);
        return style_.green(label);
    }

    /// The gap severity, padded to `width` before colouring so columns line up.
    std::string gap_label(GapSeverity gap, int width = 0) const {
        const std::string name = gap == GapSeverity::none ? "" : pad(gap_name(gap), width);
        switch (gap) {
            case GapSeverity::none: return pad("", width);
            case GapSeverity::minor: return style_.cyan(name);
            case GapSeverity::moderate: return style_.yellow(name);
            case GapSeverity::major: return style_.red(name);
        }
        return name;
    }

    void header() {
        out_ << style_.bold(fmt::format("{}: fidelity report", text(rubric_.title))) << "\n\n";
        const Review& review = *r_.review;
        field("Site", user(review.site));
        field("Date", fmt::format("{} ({} review)", review.date, review.kind));
        if (!review.reviewers.empty()) {
            std::string names;
            for (const std::string& name : review.reviewers) names += (names.empty() ? "" : ", ") + user(name);
            field("Reviewers", names);
        }
        field("Rubric", fmt::format("{}, {}", rubric_.id, rubric_.version));
        field("File", user(review.file));
    }

    void total() {
        heading("Total");
        out_ << "  " << style_.bold(fmt::format("{} of {}", r_.total, r_.max)) << "  " << level_label(r_.level);
        if (r_.level != nullptr) out_ << fmt::format(" ({}-{})", r_.level->min, r_.level->max);
        out_ << '\n';
        if (r_.next_level != nullptr) {
            out_ << fmt::format("  {} {} to {} ({})\n", r_.points_to_next, r_.points_to_next == 1 ? "point" : "points",
                                text(r_.next_level->label), r_.next_level->min);
        } else {
            out_ << "  The highest level of the scale.\n";
        }
        if (!r_.next_review_due.empty()) out_ << fmt::format("  Next review due by {}\n", r_.next_review_due);
    }

    void principles() {
        heading("Principles");
        out_ << "  "
             << wrap_text(fmt::format("Items grouped by the IPS principles: a derived view, not part of the official "
                                      "scale. Below {} is flagged.",
                                      format_decimal(rubric_.principle_target, 1)),
                          o_.width, 2, 2)
             << '\n';
        for (const GroupScore& principle : r_.principles) {
            const std::string mean = format_decimal(principle.mean, 2);
            std::string line = fmt::format("  {} {} ", mean, bar(principle.mean, rubric_.scale_max, 20));
            const int used = display_width(line);
            std::string name = text(rubric_.principles[principle.group].name);
            name += fmt::format(" ({} {})", principle.items.size(), principle.items.size() == 1 ? "item" : "items");
            out_ << (principle.gap ? style_.yellow(line) : line) << wrap_text(name, o_.width, used, used);
            if (principle.gap) out_ << "  " << style_.yellow("gap");
            out_ << '\n';
        }
    }

    void sections() {
        heading("Sections");
        for (const GroupScore& section : r_.sections) {
            out_ << "  " << pad(text(rubric_.sections[section.group].name), 16)
                 << fmt::format("{:>3} of {}\n", section.score, section.max);
        }
    }

    void items() {
        heading("Items");
        out_ << style_.dim("    #  score  gap       item") << '\n';
        for (const ItemScore& score : r_.items) {
            const Item& item = r_.item(score);
            const Rating& rating = r_.rating(score);
            std::string name = text(item.name);
            if (score.source == ScoreSource::measure && rating.measure)
                name += fmt::format(" [measure {}]", format_measure(*rating.measure));
            else if (score.source == ScoreSource::components && rating.components)
                name += fmt::format(" [{} of {} components]", rating.components->size(), item.components.size());
            else if (score.source == ScoreSource::specialists)
                name += fmt::format(" [{} specialists]", rating.specialist_scores.size());
            const std::string prefix = fmt::format("  {:>3}  {:>5}  ", item.number, score.score);
            out_ << prefix << gap_label(score.gap, 8) << "  " << wrap_text(name, o_.width, 24, 24) << '\n';
        }
    }

    void gaps() {
        const auto gaps = r_.gaps();
        if (gaps.empty()) return;
        heading("Action plan: the gaps, most severe first, and what closes them");
        for (const ItemScore* score : gaps) {
            const Item& item = r_.item(*score);
            const Rating& rating = r_.rating(*score);
            out_ << fmt::format("\n  {:>2}. ", item.number)
                 << style_.bold(wrap_text(text(item.name), o_.width, 6, 6))
                 << fmt::format(": {} of {}, ", score->score, rubric_.scale_max) << gap_label(score->gap) << '\n';
            if (!rating.evidence.empty()) indented("Evidence", user(rating.evidence));
            if (const auto missing = missing_components(item, rating); !missing.empty()) {
                out_ << style_.dim("      Not yet in place:") << '\n';
                for (const Component* component : missing)
                    out_ << "        - " << wrap_text(text(component->text), o_.width, 10, 10) << '\n';
            }
            const int next = score->score + 1;
            indented(fmt::format("For {}", next), text(item.anchors[static_cast<std::size_t>(next - rubric_.scale_min)]));
            if (next < rubric_.scale_max)
                indented(fmt::format("For {}", rubric_.scale_max), text(item.anchors.back()));
            if (!rating.recommendation.empty()) indented("Recommendation", user(rating.recommendation));
        }
    }

    void indented(std::string_view label, std::string_view body) {
        const std::string prefix = fmt::format("      {}: ", label);
        const int used = display_width(prefix);
        out_ << style_.dim(prefix) << wrap_text(body, o_.width, 8, used) << '\n';
    }

    void next_level_steps() {
        if (r_.next_level == nullptr || r_.next_level_steps.empty()) return;
        heading(fmt::format("Action plan: to reach {}", text(r_.next_level->label)));
        out_ << "  "
             << wrap_text(fmt::format("{} more {} needed. The smallest set of improvements, one step each on the "
                                      "lowest items:",
                                      r_.points_to_next, r_.points_to_next == 1 ? "point" : "points"),
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
        heading("Warnings");
        for (const Diagnostic& d : r_.warnings) {
            out_ << "  " << wrap_text(fmt::format("line {}: {}", d.location.line, user(d.message)), o_.width, 4, 2)
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
