#include "review.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "scalars.hpp"
#include "schema.hpp"
#include "source_file.hpp"

namespace ipsfid {

std::string_view source_name(ScoreSource source) {
    switch (source) {
        case ScoreSource::rated: return "rated";
        case ScoreSource::measure: return "measure";
        case ScoreSource::components: return "components";
        case ScoreSource::specialists: return "specialists";
    }
    return "rated";
}

int closest_score(const std::vector<int>& scores) {
    // Integer arithmetic: ceil(mean - 1/2) = (2*sum + n - 1) / (2n) for sum >= 0.
    long long sum = 0;
    for (const int score : scores) sum += score;
    const auto n = static_cast<long long>(scores.size());
    return static_cast<int>((2 * sum + n - 1) / (2 * n));
}

namespace {

const std::vector<std::string> review_keys = {"rubric", "site", "date", "kind", "reviewers", "ratings"};
const std::vector<std::string> rating_keys = {"score",          "measure",   "components",  "specialists",
                                              "evidence",       "recommendation", "rationale", "rater_scores"};

class ReviewLoader {
public:
    ReviewLoader(const Rubric& rubric, Diagnostics& diagnostics) : rubric_(rubric), d_(diagnostics) {}

    std::optional<Review> load(const YamlNode& root) {
        MappingReader top(root, "the review", review_keys, d_);
        if (!top.is_mapping()) return std::nullopt;
        review_.file = d_.file();
        review_.rubric_id = rubric_.id;
        review_.ratings.resize(rubric_.items.size());

        if (const YamlNode* node = top.optional("rubric")) {
            if (auto id = read_text(*node, "'rubric'", d_); id && *id != rubric_.id) {
                d_.error(node->location, "rubric-mismatch",
                         fmt::format("the review is for rubric '{}', but the rubric in use is '{}' (give the right one "
                                     "with --rubric)",
                                     *id, rubric_.id));
            }
        }
        if (const YamlNode* node = top.required("site")) {
            if (auto site = read_text(*node, "'site'", d_)) {
                if (site->empty()) d_.error(node->location, "wrong-type", "'site' must name the program reviewed");
                review_.site = *site;
            }
        }
        if (const YamlNode* node = top.required("date")) read_date(*node);
        if (const YamlNode* node = top.optional("kind")) read_kind(*node);
        if (const YamlNode* node = top.optional("reviewers")) read_reviewers(*node);
        if (const YamlNode* node = top.required("ratings")) read_ratings(*node);

        if (d_.has_errors()) return std::nullopt;
        return std::move(review_);
    }

private:
    void read_date(const YamlNode& node) {
        if (!node.is_scalar() || !is_iso_date(node.value)) {
            d_.error(node.location, "bad-date",
                     fmt::format("'date' must be a calendar date written YYYY-MM-DD, not {}", quote_value(node)));
            return;
        }
        review_.date = node.value;
        if (review_.date > today_iso_date()) {
            d_.warning(node.location, "future-date",
                       fmt::format("the review date {} is in the future: rate what the program does now", review_.date));
        }
    }

    void read_kind(const YamlNode& node) {
        auto kind = read_text(node, "'kind'", d_);
        if (!kind) return;
        if (std::find(review_kinds.begin(), review_kinds.end(), *kind) == review_kinds.end()) {
            const std::string hint = closest_match(*kind, review_kinds);
            d_.error(node.location, "unknown-value",
                     fmt::format("'kind' must be 'independent' or 'self-assessment', not '{}'{}", *kind,
                                 hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
            return;
        }
        review_.kind = *kind;
    }

    void read_reviewers(const YamlNode& node) {
        if (node.is_scalar()) {
            review_.reviewers.push_back(node.value);
            return;
        }
        if (auto list = read_text_list(node, "'reviewers'", d_)) {
            for (auto& [name, at] : *list) review_.reviewers.push_back(std::move(name));
        }
    }

    void read_ratings(const YamlNode& node) {
        if (!node.is_mapping()) {
            report_wrong_type(node, "'ratings'", "a mapping from item id or number to its rating", d_);
            return;
        }
        std::vector<const YamlEntry*> rated_by(rubric_.items.size(), nullptr);
        for (const YamlEntry& entry : node.entries) {
            const auto index = rubric_.find_item(entry.key);
            if (!index) {
                report_unknown_item(entry);
                continue;
            }
            const Item& item = rubric_.items[*index];
            if (const YamlEntry* first = rated_by[*index]) {
                d_.error(entry.key_location, "duplicate-item",
                         fmt::format("item {} '{}' is rated twice (first as '{}' at line {})", item.number, item.id,
                                     first->key, first->key_location.line));
                continue;
            }
            rated_by[*index] = &entry;
            read_rating(entry, item, review_.ratings[*index]);
        }
        for (std::size_t i = 0; i < rubric_.items.size(); ++i) {
            if (rated_by[i] == nullptr) {
                const Item& item = rubric_.items[i];
                d_.error(node.location, "missing-item",
                         fmt::format("item {} '{}' is not rated: every item needs a score from {} to {}", item.number,
                                     item.id, rubric_.scale_min, rubric_.scale_max));
            }
        }
    }

    void report_unknown_item(const YamlEntry& entry) {
        if (const auto number = parse_whole_number(entry.key)) {
            d_.error(entry.key_location, "unknown-item",
                     fmt::format("there is no item number {} in rubric '{}' (items are numbered 1 to {})", *number,
                                 rubric_.id, rubric_.items.size()));
            return;
        }
        const std::string hint = closest_match(entry.key, rubric_.item_ids());
        d_.error(entry.key_location, "unknown-item",
                 fmt::format("unknown item '{}'{}", entry.key,
                             hint.empty() ? fmt::format(" (see 'ipsfid rubric' for the item ids)")
                                          : fmt::format("; did you mean '{}'?", hint)));
    }

    /// A score given by the reviewers must be a plain whole number of the scale.
    std::optional<int> read_score(const YamlNode& node, const Item& item) {
        if (node.reported) return std::nullopt;
        if (node.is_scalar() && !node.quoted) {
            if (const auto value = parse_whole_number(node.value);
                value && *value >= rubric_.scale_min && *value <= rubric_.scale_max)
                return static_cast<int>(*value);
        }
        d_.error(node.location, "bad-score",
                 fmt::format("the score of item '{}' must be a whole number from {} to {}, not {}", item.id,
                             rubric_.scale_min, rubric_.scale_max, quote_value(node)));
        return std::nullopt;
    }

    void read_rating(const YamlEntry& entry, const Item& item, Rating& rating) {
        rating.location = entry.key_location;
        const YamlNode& value = entry.value;
        if (value.reported) return;
        if (value.is_null()) {
            d_.error(entry.key_location, "unrated-item",
                     fmt::format("item {} '{}' is not rated yet: give a score from {} to {}", item.number, item.id,
                                 rubric_.scale_min, rubric_.scale_max));
            return;
        }
        if (!value.is_mapping()) {
            if (auto score = read_score(value, item)) {
                rating.present = true;
                rating.score = *score;
            }
            return;
        }
        MappingReader reader(value, [&item] { return fmt::format("the rating of item '{}'", item.id); }, rating_keys,
                             d_);
        const YamlNode* score_node = reader.optional("score");
        // `score: ~` is a blank left to fill in (a template, a consensus
        // file): the item is then rated by its raw data, or not yet at all.
        if (score_node != nullptr && score_node->is_null() && !score_node->reported) score_node = nullptr;
        std::optional<int> given;
        if (score_node) given = read_score(*score_node, item);

        // Every raw input the rating gives, with the score it implies.
        struct Derived {
            ScoreSource source;
            int score;
            Location location;
        };
        // How a raw input reads in a message; built only when one is needed.
        auto describe = [&](const Derived& d) -> std::string {
            switch (d.source) {
                case ScoreSource::measure: return fmt::format("the measure {}", format_number(*rating.measure));
                case ScoreSource::components:
                    return fmt::format("{} of {} components", rating.components->size(), item.components.size());
                case ScoreSource::specialists: return "the specialists' mean";
                case ScoreSource::rated: break;
            }
            return "the score";
        };
        std::vector<Derived> derived;
        bool broken = score_node && !given;

        if (const YamlNode* node = reader.optional("measure")) {
            if (auto score = read_measure(*node, item, rating))
                derived.push_back({ScoreSource::measure, *score, node->location});
            else broken = true;
        }
        if (const YamlNode* node = reader.optional("components")) {
            if (auto score = read_components(*node, item, rating))
                derived.push_back({ScoreSource::components, *score, node->location});
            else broken = true;
        }
        if (const YamlNode* node = reader.optional("specialists")) {
            if (auto score = read_specialists(*node, item, rating))
                derived.push_back({ScoreSource::specialists, *score, node->location});
            else broken = true;
        }
        if (const YamlNode* node = reader.optional("evidence")) {
            if (auto text = read_text(*node, "'evidence'", d_)) rating.evidence = *text;
        }
        if (const YamlNode* node = reader.optional("recommendation")) {
            if (auto text = read_text(*node, "'recommendation'", d_)) rating.recommendation = *text;
        }
        if (const YamlNode* node = reader.optional("rationale")) {
            if (auto text = read_text(*node, "'rationale'", d_)) rating.rationale = *text;
        }
        if (const YamlNode* node = reader.optional("rater_scores")) {
            if (!node->is_sequence()) {
                report_wrong_type(*node, "'rater_scores'", "a list of the raters' scores", d_);
            } else {
                for (const YamlNode& element : node->elements) {
                    if (auto score = read_score(element, item)) rating.rater_scores.push_back(*score);
                }
            }
        }
        if (broken) return;
        if (!given && derived.empty()) {
            d_.error(entry.key_location, "unrated-item",
                     fmt::format("item {} '{}' is not rated yet: give a 'score' from {} to {} (or its 'measure', "
                                 "'components' or 'specialists')",
                                 item.number, item.id, rubric_.scale_min, rubric_.scale_max));
            return;
        }
        rating.present = true;
        if (given) {
            rating.score = *given;
            rating.source = ScoreSource::rated;
            for (const Derived& d : derived) {
                if (d.score != *given)
                    d_.warning(score_node->location, "score-disagrees",
                               fmt::format("item '{}': the reviewers' score {} stands, though {} gives {}", item.id,
                                           *given, describe(d), d.score));
            }
            return;
        }
        rating.score = derived.front().score;
        rating.source = derived.front().source;
        for (std::size_t i = 1; i < derived.size(); ++i) {
            if (derived[i].score != rating.score) {
                d_.error(derived[i].location, "conflicting-ratings",
                         fmt::format("item '{}': {} gives {} but {} gives {}; add a 'score' to settle it", item.id,
                                     describe(derived.front()), derived.front().score, describe(derived[i]),
                                     derived[i].score));
                rating.present = false;
            }
        }
    }

    std::optional<int> read_measure(const YamlNode& node, const Item& item, Rating& rating) {
        if (!item.measure) {
            d_.error(node.location, "no-measure",
                     fmt::format("item '{}' has no measure in rubric '{}': give a 'score'", item.id, rubric_.id));
            return std::nullopt;
        }
        const Measure& measure = *item.measure;
        auto value = read_decimal(node, fmt::format("the measure of item '{}'", item.id), d_);
        if (!value) return std::nullopt;
        if (!measure.in_range(*value)) {
            d_.error(node.location, "measure-out-of-range",
                     fmt::format("the measure of item '{}' is {}, outside its valid range {} to {} ({})", item.id,
                                 node.value, format_number(measure.min),
                                 measure.max ? format_number(*measure.max) : std::string("no limit"),
                                 measure.unit.in(rubric_.default_language())));
            return std::nullopt;
        }
        rating.measure = *value;
        return measure.score_for(*value);
    }

    std::optional<int> read_components(const YamlNode& node, const Item& item, Rating& rating) {
        if (item.components.empty()) {
            d_.error(node.location, "no-components",
                     fmt::format("item '{}' has no checklist in rubric '{}': give a 'score'", item.id, rubric_.id));
            return std::nullopt;
        }
        if (!node.is_sequence()) {
            report_wrong_type(node, fmt::format("the components of item '{}'", item.id),
                              "a list of the component ids present", d_);
            return std::nullopt;
        }
        std::vector<std::string> known;
        for (const Component& component : item.components) known.push_back(component.id);
        std::vector<std::string> present;
        bool ok = true;
        for (const YamlNode& element : node.elements) {
            if (!element.is_scalar()) {
                report_wrong_type(element, "a component", "a component id", d_);
                ok = false;
                continue;
            }
            if (std::find(known.begin(), known.end(), element.value) == known.end()) {
                const std::string hint = closest_match(element.value, known);
                d_.error(element.location, "unknown-component",
                         fmt::format("item '{}' has no component '{}'{}", item.id, element.value,
                                     hint.empty() ? fmt::format(" (its components: {})", fmt::join(known, ", "))
                                                  : fmt::format("; did you mean '{}'?", hint)));
                ok = false;
                continue;
            }
            if (std::find(present.begin(), present.end(), element.value) != present.end()) {
                d_.error(element.location, "duplicate-component",
                         fmt::format("component '{}' of item '{}' is listed twice", element.value, item.id));
                ok = false;
                continue;
            }
            present.push_back(element.value);
        }
        if (!ok) return std::nullopt;
        const auto score = item.score_for_components(present.size());
        rating.components = std::move(present);
        return score;
    }

    std::optional<int> read_specialists(const YamlNode& node, const Item& item, Rating& rating) {
        if (!item.per_specialist) {
            d_.error(node.location, "not-per-specialist",
                     fmt::format("item '{}' is not rated per specialist: give one 'score'", item.id));
            return std::nullopt;
        }
        if (!node.is_sequence() || node.elements.empty()) {
            report_wrong_type(node, fmt::format("'specialists' of item '{}'", item.id),
                              "a list with each specialist's score", d_);
            return std::nullopt;
        }
        std::vector<int> scores;
        for (const YamlNode& element : node.elements) {
            if (auto score = read_score(element, item)) scores.push_back(*score);
            else return std::nullopt;
        }
        rating.specialist_scores = scores;
        return closest_score(scores);
    }

    const Rubric& rubric_;
    Diagnostics& d_;
    Review review_;
};

}  // namespace

std::optional<Review> load_review(const YamlNode& root, const Rubric& rubric, Diagnostics& diagnostics) {
    return ReviewLoader(rubric, diagnostics).load(root);
}

std::optional<Review> load_review_file(const std::string& path, const Rubric& rubric, Diagnostics& diagnostics) {
    auto source = read_source_file(path, diagnostics);
    if (!source) return std::nullopt;
    auto root = parse_yaml(*source, diagnostics);
    if (!root) return std::nullopt;
    return load_review(*root, rubric, diagnostics);
}

}  // namespace ipsfid
