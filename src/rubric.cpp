#include "rubric.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>

#include <fmt/format.h>

#include "scalars.hpp"

namespace ipsfid {

bool is_slug(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    char previous = 0;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-')) return false;
        previous = c;
    }
    return true;
}

bool Band::contains(double value) const {
    if (lower && (lower_inclusive ? value < *lower : value <= *lower)) return false;
    if (upper && (upper_inclusive ? value > *upper : value >= *upper)) return false;
    return true;
}

bool Measure::in_range(double value) const { return value >= min && (!max || value <= *max); }

std::optional<int> Measure::score_for(double value) const {
    for (const Band& band : bands) {
        if (band.contains(value)) return band.score;
    }
    return std::nullopt;
}

std::optional<int> Item::score_for_components(std::size_t count) const {
    if (count >= component_scores.size()) return std::nullopt;
    return component_scores[count];
}

std::optional<std::size_t> Rubric::find_item(std::string_view id_or_number) const {
    const auto found = item_by_key_.find(std::string(id_or_number));
    if (found == item_by_key_.end()) return std::nullopt;
    return found->second;
}

const Level* Rubric::level_for(int total) const {
    for (const Level& level : levels) {
        if (total >= level.min && total <= level.max) return &level;
    }
    return nullptr;
}

const Level* Rubric::level_above(const Level* level) const {
    if (level == nullptr) return nullptr;
    const auto at = static_cast<std::size_t>(level - levels.data());
    return at + 1 < levels.size() ? &levels[at + 1] : nullptr;
}

std::vector<std::string> Rubric::item_ids() const {
    std::vector<std::string> ids;
    ids.reserve(items.size());
    for (const Item& item : items) ids.push_back(item.id);
    return ids;
}

void Rubric::index() {
    item_by_key_.clear();
    for (std::size_t i = 0; i < items.size(); ++i) {
        item_by_key_.emplace(items[i].id, i);
        item_by_key_.emplace(std::to_string(items[i].number), i);
    }
}

void for_each_text(const Rubric& rubric,
                   const std::function<void(const std::string& what, const LocalizedText& text)>& visit) {
    auto each = [&](const std::string& what, const LocalizedText& text) {
        if (!text.empty()) visit(what, text);
    };
    each("the rubric title", rubric.title);
    each("the rubric source", rubric.source);
    for (const Section& section : rubric.sections) each(fmt::format("the name of section '{}'", section.id), section.name);
    for (const Principle& principle : rubric.principles)
        each(fmt::format("the name of principle '{}'", principle.id), principle.name);
    for (const Level& level : rubric.levels) each(fmt::format("the label of level '{}'", level.id), level.label);
    for (const Item& item : rubric.items) {
        const std::string label = fmt::format("item '{}'", item.id);
        each(fmt::format("the name of {}", label), item.name);
        each(fmt::format("the definition of {}", label), item.definition);
        each(fmt::format("the note of {}", label), item.note);
        for (std::size_t s = 0; s < item.anchors.size(); ++s)
            each(fmt::format("anchor {} of {}", rubric.scale_min + static_cast<int>(s), label), item.anchors[s]);
        if (item.measure) each(fmt::format("the measure unit of {}", label), item.measure->unit);
        for (const Component& component : item.components)
            each(fmt::format("component '{}' of {}", component.id, label), component.text);
    }
}

namespace {

const std::vector<std::string> rubric_keys = {"id",     "title",    "version",  "source",
                                              "languages", "scale",  "principle_target", "sections",
                                              "principles", "levels", "items"};
const std::vector<std::string> group_keys = {"id", "name"};
const std::vector<std::string> level_keys = {"id", "min", "max", "label", "review_after_months"};
const std::vector<std::string> scale_keys = {"min", "max"};
const std::vector<std::string> item_keys = {"id",       "number",   "section",        "principle",
                                            "name",     "definition", "anchors",      "per_specialist",
                                            "note",     "measure",  "components",     "component_scores"};
const std::vector<std::string> measure_keys = {"unit", "min", "max", "bands"};
const std::vector<std::string> band_keys = {"score", "from", "above", "to", "below"};
const std::vector<std::string> component_keys = {"id", "text"};

/// Reads a rubric and checks it, one concern per member function.
class RubricLoader {
public:
    explicit RubricLoader(Diagnostics& diagnostics) : d_(diagnostics) {}

    std::optional<Rubric> load(const YamlNode& root) {
        MappingReader top(root, "the rubric", rubric_keys, d_);
        if (!top.is_mapping()) return std::nullopt;
        rubric_.origin = d_.file();

        if (const YamlNode* node = top.required("id")) {
            if (auto id = read_text(*node, "the rubric 'id'", d_)) {
                rubric_.id = *id;
                check_slug(*node, "the rubric id");
            }
        }
        if (const YamlNode* node = top.required("title")) read_text_into(*node, "the rubric title", rubric_.title);
        if (const YamlNode* node = top.required("version")) {
            if (auto version = read_text(*node, "the rubric 'version'", d_)) rubric_.version = *version;
        }
        if (const YamlNode* node = top.required("source")) read_text_into(*node, "the rubric source", rubric_.source);
        if (const YamlNode* node = top.required("languages")) read_languages(*node);
        if (const YamlNode* node = top.required("scale")) read_scale(*node);
        if (!scale_known_) {
            // Anchors, levels and tables are checked against the scale; with no
            // usable scale they would only repeat this one problem.
            return std::nullopt;
        }
        rubric_.principle_target = rubric_.scale_max - 1;
        if (const YamlNode* node = top.optional("principle_target")) {
            if (auto target = read_decimal(*node, "'principle_target'", d_)) {
                if (*target < rubric_.scale_min || *target > rubric_.scale_max) {
                    d_.error(node->location, "scale-range",
                             fmt::format("'principle_target' {} is outside the scale {}..{}", node->value,
                                         rubric_.scale_min, rubric_.scale_max));
                }
                rubric_.principle_target = *target;
            }
        }
        if (const YamlNode* node = top.required("sections")) read_groups(*node, "section", rubric_.sections);
        if (const YamlNode* node = top.required("principles")) read_groups(*node, "principle", rubric_.principles);
        if (const YamlNode* node = top.required("items")) read_items(*node);
        if (const YamlNode* node = top.required("levels")) read_levels(*node);

        check_groups_used(rubric_.sections, "section", [](const Item& item) { return item.section; });
        check_groups_used(rubric_.principles, "principle", [](const Item& item) { return item.principle; });
        check_translations();

        if (d_.has_errors()) return std::nullopt;
        rubric_.index();
        return std::move(rubric_);
    }

private:
    void read_text_into(const YamlNode& node, std::string_view what, LocalizedText& into) {
        if (auto text = read_localized(node, what, d_)) into = std::move(*text);
    }

    void check_slug(const YamlNode& node, std::string_view what) {
        if (!is_slug(node.value)) {
            d_.error(node.location, "id-format",
                     fmt::format("{} '{}' must be a lowercase slug such as 'caseload-size' (a-z, 0-9, '-')", what,
                                 node.value));
        }
    }

    void read_languages(const YamlNode& node) {
        auto list = read_text_list(node, "'languages'", d_);
        if (!list) return;
        if (list->empty()) d_.error(node.location, "missing-key", "'languages' must name at least one language");
        for (const auto& [code, at] : *list) {
            const bool ok = code.size() >= 2 && code.size() <= 3 &&
                            std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            if (!ok) d_.error(at, "id-format", fmt::format("'{}' is not a language code such as 'en' or 'sv'", code));
            if (std::find(rubric_.languages.begin(), rubric_.languages.end(), code) != rubric_.languages.end())
                d_.error(at, "duplicate-id", fmt::format("language '{}' is listed twice", code));
            else
                rubric_.languages.push_back(code);
        }
    }

    void read_scale(const YamlNode& node) {
        MappingReader scale(node, "'scale'", scale_keys, d_);
        const YamlNode* min = scale.required("min");
        const YamlNode* max = scale.required("max");
        if (!min || !max) return;
        auto low = read_whole_number(*min, "the scale 'min'", d_);
        auto high = read_whole_number(*max, "the scale 'max'", d_);
        if (!low || !high) return;
        if (*low < 0 || *high > 100 || *low >= *high) {
            d_.error(node.location, "scale-range",
                     fmt::format("the scale must run from a lower to a higher score between 0 and 100, not {}..{}",
                                 *low, *high));
            return;
        }
        rubric_.scale_min = static_cast<int>(*low);
        rubric_.scale_max = static_cast<int>(*high);
        scale_known_ = true;
    }

    void read_groups(const YamlNode& node, std::string_view kind, std::vector<ItemGroup>& into) {
        if (!node.is_sequence()) {
            report_wrong_type(node, fmt::format("'{}s'", kind), "a list", d_);
            return;
        }
        for (const YamlNode& element : node.elements) {
            MappingReader group(element, fmt::format("a {}", kind), group_keys, d_);
            if (!group.is_mapping()) continue;
            ItemGroup entry;
            entry.location = element.location;
            if (const YamlNode* id = group.required("id")) {
                if (auto text = read_text(*id, fmt::format("the {} id", kind), d_)) {
                    entry.id = *text;
                    check_slug(*id, fmt::format("the {} id", kind));
                    check_unique(*id, kind, into);
                }
            }
            into.push_back(std::move(entry));
            if (const YamlNode* name = group.required("name"))
                read_text_into(*name, fmt::format("the name of {} '{}'", kind, into.back().id), into.back().name);
        }
    }

    /// Reports `id` when one of the first `count` entries of `earlier` has it.
    template <typename T>
    void check_unique(const YamlNode& id, std::string_view kind, const std::vector<T>& earlier,
                      std::size_t count = std::numeric_limits<std::size_t>::max()) {
        for (std::size_t i = 0; i < std::min(count, earlier.size()); ++i) {
            const T& other = earlier[i];
            if (other.id == id.value) {
                d_.error(id.location, "duplicate-id",
                         fmt::format("{} id '{}' is used twice (first at line {})", kind, id.value,
                                     other.location.line));
                return;
            }
        }
    }

    void read_levels(const YamlNode& node) {
        if (!node.is_sequence()) {
            report_wrong_type(node, "'levels'", "a list", d_);
            return;
        }
        bool complete = true;
        for (const YamlNode& element : node.elements) {
            MappingReader reader(element, "a level", level_keys, d_);
            if (!reader.is_mapping()) {
                complete = false;
                continue;
            }
            Level level;
            level.location = element.location;
            if (const YamlNode* id = reader.required("id")) {
                if (auto text = read_text(*id, "the level id", d_)) {
                    level.id = *text;
                    check_slug(*id, "the level id");
                    check_unique(*id, "level", rubric_.levels);
                }
            }
            const YamlNode* min = reader.required("min");
            const YamlNode* max = reader.required("max");
            auto low = min ? read_whole_number(*min, "the level 'min'", d_) : std::nullopt;
            auto high = max ? read_whole_number(*max, "the level 'max'", d_) : std::nullopt;
            if (!low || !high) {
                complete = false;
            } else {
                level.min = static_cast<int>(*low);
                level.max = static_cast<int>(*high);
                if (level.min > level.max) {
                    d_.error(element.location, "level-coverage",
                             fmt::format("level '{}' runs from {} down to {}: 'min' must not exceed 'max'", level.id,
                                         level.min, level.max));
                    complete = false;
                }
            }
            if (const YamlNode* months = reader.optional("review_after_months")) {
                if (auto value = read_whole_number(*months, "'review_after_months'", d_)) {
                    if (*value < 1 || *value > 120)
                        d_.error(months->location, "wrong-type",
                                 "'review_after_months' must be a number of months from 1 to 120");
                    else
                        level.review_after_months = static_cast<int>(*value);
                }
            }
            rubric_.levels.push_back(std::move(level));
            if (const YamlNode* label = reader.required("label"))
                read_text_into(*label, fmt::format("the label of level '{}'", rubric_.levels.back().id),
                               rubric_.levels.back().label);
        }
        std::stable_sort(rubric_.levels.begin(), rubric_.levels.end(),
                         [](const Level& a, const Level& b) { return a.min < b.min; });
        if (complete && !rubric_.items.empty()) check_level_coverage(node);
    }

    void check_level_coverage(const YamlNode& node) {
        const int low = rubric_.min_total();
        const int high = rubric_.max_total();
        if (rubric_.levels.empty()) {
            d_.error(node.location, "level-coverage", "the rubric defines no levels");
            return;
        }
        int expected = low;
        for (const Level& level : rubric_.levels) {
            if (level.min > expected) {
                d_.error(level.location, "level-coverage",
                         fmt::format("no level covers the totals {}..{} (gap before level '{}')", expected,
                                     level.min - 1, level.id));
            } else if (level.min < expected) {
                d_.error(level.location, "level-coverage",
                         fmt::format("level '{}' starts at {}, overlapping totals already covered up to {}",
                                     level.id, level.min, expected - 1));
            }
            expected = std::max(expected, level.max + 1);
        }
        if (rubric_.levels.front().min < low) {
            d_.error(rubric_.levels.front().location, "level-coverage",
                     fmt::format("level '{}' starts at {}, below the lowest possible total {}",
                                 rubric_.levels.front().id, rubric_.levels.front().min, low));
        }
        if (expected - 1 < high) {
            d_.error(rubric_.levels.back().location, "level-coverage",
                     fmt::format("no level covers the totals {}..{} (the highest possible total is {})", expected,
                                 high, high));
        } else if (expected - 1 > high) {
            d_.error(rubric_.levels.back().location, "level-coverage",
                     fmt::format("level '{}' ends at {}, above the highest possible total {}",
                                 rubric_.levels.back().id, expected - 1, high));
        }
    }

    void read_items(const YamlNode& node) {
        if (!node.is_sequence()) {
            report_wrong_type(node, "'items'", "a list", d_);
            return;
        }
        if (node.elements.empty()) d_.error(node.location, "missing-key", "the rubric has no items");
        if (node.elements.size() > max_rubric_items) {
            d_.error(node.location, "too-many",
                     fmt::format("the rubric has {} items, more than the limit of {}", node.elements.size(),
                                 max_rubric_items));
            return;
        }
        rubric_.items.reserve(node.elements.size());
        for (const YamlNode& element : node.elements) read_item(element);
        check_numbering();
    }

    void read_item(const YamlNode& node) {
        MappingReader reader(node, "an item", item_keys, d_);
        if (!reader.is_mapping()) return;
        rubric_.items.emplace_back();
        Item& item = rubric_.items.back();
        item.location = node.location;
        if (const YamlNode* id = reader.required("id")) {
            if (auto text = read_text(*id, "the item id", d_)) {
                check_slug(*id, "the item id");
                check_unique(*id, "item", rubric_.items, rubric_.items.size() - 1);
                item.id = *text;
            }
        }
        const std::string label = item.id.empty() ? std::string("an item") : fmt::format("item '{}'", item.id);
        if (const YamlNode* number = reader.required("number")) {
            if (auto value = read_whole_number(*number, fmt::format("the number of {}", label), d_)) {
                item.number = static_cast<int>(*value);
                number_locations_.emplace_back(item.number, number->location);
            }
        }
        if (const YamlNode* section = reader.required("section"))
            item.section = resolve_group(*section, "section", rubric_.sections, label);
        if (const YamlNode* principle = reader.required("principle"))
            item.principle = resolve_group(*principle, "principle", rubric_.principles, label);
        if (const YamlNode* name = reader.required("name"))
            read_text_into(*name, fmt::format("the name of {}", label), item.name);
        if (const YamlNode* definition = reader.required("definition"))
            read_text_into(*definition, fmt::format("the definition of {}", label), item.definition);
        if (const YamlNode* note = reader.optional("note"))
            read_text_into(*note, fmt::format("the note of {}", label), item.note);
        if (const YamlNode* anchors = reader.required("anchors")) read_anchors(*anchors, item, label);
        if (const YamlNode* flag = reader.optional("per_specialist")) {
            if (flag->is_scalar() && !flag->quoted && (flag->value == "true" || flag->value == "false"))
                item.per_specialist = flag->value == "true";
            else
                report_wrong_type(*flag, "'per_specialist'", "true or false", d_);
        }
        if (const YamlNode* measure = reader.optional("measure")) read_measure(*measure, item, label);
        const YamlNode* components = reader.optional("components");
        const YamlNode* table = reader.optional("component_scores");
        if (components) read_components(*components, item, label);
        if (components && !table) {
            d_.error(node.location, "missing-key",
                     fmt::format("{} has 'components' but no 'component_scores' table", label));
        } else if (table && !components) {
            d_.error(table->location, "unknown-reference",
                     fmt::format("{} has 'component_scores' but no 'components'", label));
        } else if (table) {
            read_component_scores(*table, item, label);
        }
    }

    std::size_t resolve_group(const YamlNode& node, std::string_view kind, const std::vector<ItemGroup>& groups,
                              const std::string& label) {
        auto id = read_text(node, fmt::format("the {} of {}", kind, label), d_);
        if (!id) return 0;
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (groups[i].id == *id) return i;
        }
        std::vector<std::string> ids;
        for (const ItemGroup& group : groups) ids.push_back(group.id);
        const std::string hint = closest_match(*id, ids);
        d_.error(node.location, "unknown-reference",
                 fmt::format("{} names {} '{}', which the rubric does not define{}", label, kind, *id,
                             hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
        return 0;
    }

    /// Reads a whole number that must be a score of the scale.
    std::optional<int> read_score(const YamlNode& node, std::string_view what) {
        auto value = read_whole_number(node, what, d_);
        if (!value) return std::nullopt;
        if (*value < rubric_.scale_min || *value > rubric_.scale_max) {
            d_.error(node.location, "scale-range",
                     fmt::format("{} is {}, outside the scale {}..{}", what, *value, rubric_.scale_min,
                                 rubric_.scale_max));
            return std::nullopt;
        }
        return static_cast<int>(*value);
    }

    void read_anchors(const YamlNode& node, Item& item, const std::string& label) {
        if (!node.is_mapping()) {
            report_wrong_type(node, fmt::format("the anchors of {}", label), "a mapping from score to text", d_);
            return;
        }
        item.anchors.assign(static_cast<std::size_t>(rubric_.scale_max - rubric_.scale_min + 1), LocalizedText{});
        for (const YamlEntry& entry : node.entries) {
            const auto score = parse_whole_number(entry.key);
            if (!score || *score < rubric_.scale_min || *score > rubric_.scale_max) {
                d_.error(entry.key_location, "scale-range",
                         fmt::format("anchor '{}' of {} is not a score of the scale {}..{}", entry.key, label,
                                     rubric_.scale_min, rubric_.scale_max));
                continue;
            }
            LocalizedText& anchor = item.anchors[static_cast<std::size_t>(*score - rubric_.scale_min)];
            read_text_into(entry.value, fmt::format("anchor {} of {}", *score, label), anchor);
        }
        for (int score = rubric_.scale_min; score <= rubric_.scale_max; ++score) {
            if (item.anchors[static_cast<std::size_t>(score - rubric_.scale_min)].empty()) {
                d_.error(node.location, "missing-anchor",
                         fmt::format("{} has no anchor for score {}", label, score));
            }
        }
    }

    void read_measure(const YamlNode& node, Item& item, const std::string& label) {
        MappingReader reader(node, fmt::format("the measure of {}", label), measure_keys, d_);
        if (!reader.is_mapping()) return;
        Measure measure;
        bool ok = true;
        if (const YamlNode* min = reader.required("min")) {
            if (auto value = read_decimal(*min, "the measure 'min'", d_)) measure.min = *value;
            else ok = false;
        } else {
            ok = false;
        }
        if (const YamlNode* max = reader.optional("max"); max && !max->is_null()) {
            if (auto value = read_decimal(*max, "the measure 'max'", d_)) {
                measure.max = *value;
                if (*value <= measure.min) {
                    d_.error(max->location, "band-coverage", "the measure 'max' must be above its 'min'");
                    ok = false;
                }
            } else {
                ok = false;
            }
        }
        const YamlNode* bands = reader.required("bands");
        if (bands && !bands->is_sequence()) {
            report_wrong_type(*bands, fmt::format("the bands of {}", label), "a list", d_);
            ok = false;
        } else if (bands) {
            for (const YamlNode& element : bands->elements) {
                if (auto band = read_band(element, label)) measure.bands.push_back(*band);
                else ok = false;
            }
            if (measure.bands.empty()) {
                d_.error(bands->location, "band-coverage", fmt::format("the measure of {} has no bands", label));
                ok = false;
            }
        } else {
            ok = false;
        }
        item.measure = std::move(measure);
        if (const YamlNode* unit = reader.required("unit"))
            read_text_into(*unit, fmt::format("the measure unit of {}", label), item.measure->unit);
        if (ok) check_band_coverage(*item.measure, label);
    }

    std::optional<Band> read_band(const YamlNode& node, const std::string& label) {
        MappingReader reader(node, fmt::format("a band of {}", label), band_keys, d_);
        if (!reader.is_mapping()) return std::nullopt;
        Band band;
        band.location = node.location;
        bool ok = true;
        if (const YamlNode* score = reader.required("score")) {
            if (auto value = read_score(*score, "the band score")) band.score = *value;
            else ok = false;
        } else {
            ok = false;
        }
        auto bound = [&](const char* inclusive_key, const char* exclusive_key, std::optional<double>& value,
                         bool& inclusive) {
            const YamlNode* a = reader.optional(inclusive_key);
            const YamlNode* b = reader.optional(exclusive_key);
            if (a && b) {
                d_.error(b->location, "band-coverage",
                         fmt::format("a band takes '{}' or '{}', not both", inclusive_key, exclusive_key));
                ok = false;
                return;
            }
            const YamlNode* given = a ? a : b;
            if (!given) return;
            if (auto number = read_decimal(*given, fmt::format("the band '{}'", a ? inclusive_key : exclusive_key), d_)) {
                value = *number;
                inclusive = a != nullptr;
            } else {
                ok = false;
            }
        };
        bound("from", "above", band.lower, band.lower_inclusive);
        bound("to", "below", band.upper, band.upper_inclusive);
        if (ok && band.lower && band.upper &&
            (*band.lower > *band.upper ||
             (*band.lower == *band.upper && !(band.lower_inclusive && band.upper_inclusive)))) {
            d_.error(node.location, "band-coverage", "this band holds no value: its lower bound is not below its upper bound");
            ok = false;
        }
        if (!ok) return std::nullopt;
        return band;
    }

    static std::string describe_lower(const Band& band) {
        return band.lower ? fmt::format("{} {}", band.lower_inclusive ? "from" : "above", format_number(*band.lower))
                          : std::string("from the lowest value");
    }

    void check_band_coverage(Measure& measure, const std::string& label) {
        constexpr double lowest = -std::numeric_limits<double>::infinity();
        std::stable_sort(measure.bands.begin(), measure.bands.end(), [&](const Band& a, const Band& b) {
            return a.lower.value_or(lowest) < b.lower.value_or(lowest) ||
                   (a.lower.value_or(lowest) == b.lower.value_or(lowest) && a.lower_inclusive && !b.lower_inclusive);
        });
        const Band& first = measure.bands.front();
        if (first.lower && (*first.lower > measure.min || (*first.lower == measure.min && !first.lower_inclusive))) {
            d_.error(first.location, "band-coverage",
                     fmt::format("no band of {} holds the lowest valid value {} (the first band starts {})", label,
                                 format_number(measure.min), describe_lower(first)));
        }
        for (std::size_t i = 0; i + 1 < measure.bands.size(); ++i) {
            const Band& a = measure.bands[i];
            const Band& b = measure.bands[i + 1];
            if (!a.upper || !b.lower) {
                d_.error(b.location, "band-coverage",
                         fmt::format("bands of {} overlap: this band ({}) starts inside an earlier one", label,
                                     describe_lower(b)));
                continue;
            }
            const std::string at = format_number(*a.upper);
            if (*a.upper < *b.lower || (*a.upper == *b.lower && !a.upper_inclusive && !b.lower_inclusive)) {
                d_.error(b.location, "band-coverage",
                         fmt::format("bands of {} leave a gap between {} and {}", label, at, format_number(*b.lower)));
            } else if (*a.upper > *b.lower || (a.upper_inclusive && b.lower_inclusive)) {
                d_.error(b.location, "band-coverage",
                         fmt::format("bands of {} overlap at {}: a value there would get two scores", label,
                                     format_number(*b.lower)));
            }
        }
        const Band& last = measure.bands.back();
        if (last.upper && (!measure.max || *last.upper < *measure.max ||
                           (*last.upper == *measure.max && !last.upper_inclusive))) {
            d_.error(last.location, "band-coverage",
                     fmt::format("no band of {} holds values above {}{}", label, format_number(*last.upper),
                                 measure.max ? fmt::format(" (the valid range goes up to {})", format_number(*measure.max))
                                             : std::string(" (the measure has no upper limit)")));
        }
    }

    void read_components(const YamlNode& node, Item& item, const std::string& label) {
        if (!node.is_sequence()) {
            report_wrong_type(node, fmt::format("the components of {}", label), "a list", d_);
            return;
        }
        if (node.elements.empty()) d_.error(node.location, "missing-key", fmt::format("{} lists no components", label));
        if (node.elements.size() > max_item_components) {
            d_.error(node.location, "too-many",
                     fmt::format("{} has {} components, more than the limit of {}", label, node.elements.size(),
                                 max_item_components));
            return;
        }
        item.components.reserve(node.elements.size());
        for (const YamlNode& element : node.elements) {
            MappingReader reader(element, fmt::format("a component of {}", label), component_keys, d_);
            if (!reader.is_mapping()) continue;
            Component component;
            component.location = element.location;
            if (const YamlNode* id = reader.required("id")) {
                if (auto text = read_text(*id, "the component id", d_)) {
                    check_slug(*id, "the component id");
                    check_unique(*id, "component", item.components);
                    component.id = *text;
                }
            }
            item.components.push_back(std::move(component));
            if (const YamlNode* text = reader.required("text"))
                read_text_into(*text, fmt::format("component '{}' of {}", item.components.back().id, label),
                               item.components.back().text);
        }
    }

    void read_component_scores(const YamlNode& node, Item& item, const std::string& label) {
        if (!node.is_mapping()) {
            report_wrong_type(node, fmt::format("the component_scores of {}", label),
                              "a mapping from a count of components to a score", d_);
            return;
        }
        const std::size_t n = item.components.size();
        std::vector<std::optional<int>> table(n + 1);
        for (const YamlEntry& entry : node.entries) {
            const auto count = parse_whole_number(entry.key);
            if (!count || *count < 0 || static_cast<std::size_t>(*count) > n) {
                d_.error(entry.key_location, "component-table",
                         fmt::format("'{}' is not a count of components present (0 to {}) for {}", entry.key, n,
                                     label));
                continue;
            }
            table[static_cast<std::size_t>(*count)] =
                read_score(entry.value, fmt::format("the score for {} components", *count));
        }
        for (std::size_t count = 0; count <= n; ++count) {
            if (!table[count]) {
                if (!node.find(std::to_string(count)))
                    d_.error(node.location, "component-table",
                             fmt::format("the component_scores of {} give no score for {} components present", label,
                                         count));
                return;
            }
        }
        for (const auto& score : table) item.component_scores.push_back(*score);
    }

    void check_numbering() {
        std::sort(number_locations_.begin(), number_locations_.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        int expected = 1;
        for (std::size_t i = 0; i < number_locations_.size(); ++i) {
            const auto& [number, at] = number_locations_[i];
            if (i > 0 && number == number_locations_[i - 1].first) {
                d_.error(at, "item-numbering", fmt::format("item number {} is used twice", number));
                continue;
            }
            if (number != expected) {
                d_.error(at, "item-numbering",
                         number > expected
                             ? fmt::format("items must be numbered 1..N without gaps: number {} is missing", expected)
                             : fmt::format("item number {} is out of order or below 1", number));
            }
            expected = number + 1;
        }
        std::stable_sort(rubric_.items.begin(), rubric_.items.end(),
                         [](const Item& a, const Item& b) { return a.number < b.number; });
    }

    template <typename KeyOf>
    void check_groups_used(const std::vector<ItemGroup>& groups, std::string_view kind, KeyOf key_of) {
        if (rubric_.items.empty()) return;
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const bool used = std::any_of(rubric_.items.begin(), rubric_.items.end(),
                                          [&](const Item& item) { return key_of(item) == i; });
            if (!used)
                d_.error(groups[i].location, "unused-group",
                         fmt::format("{} '{}' has no items", kind, groups[i].id));
        }
    }

    void check_translations() {
        if (rubric_.languages.empty()) return;
        const std::string& first = rubric_.languages.front();
        for_each_text(rubric_, [&](const std::string& what, const LocalizedText& text) {
            for (const std::string& language : rubric_.languages) {
                if (!text.has(language, first))
                    d_.error(text.location, "missing-translation", fmt::format("{} has no '{}' text", what, language));
            }
            for (const auto& [code, value] : text.texts) {
                if (!code.empty() &&
                    std::find(rubric_.languages.begin(), rubric_.languages.end(), code) == rubric_.languages.end())
                    d_.error(text.location, "unknown-language",
                             fmt::format("{} has text in '{}', which 'languages' does not declare", what, code));
            }
        });
    }

    Diagnostics& d_;
    Rubric rubric_;
    bool scale_known_ = false;
    std::vector<std::pair<int, Location>> number_locations_;
};

}  // namespace

std::optional<Rubric> load_rubric(const YamlNode& root, Diagnostics& diagnostics) {
    return RubricLoader(diagnostics).load(root);
}

std::optional<Rubric> load_rubric_file(const std::string& path, Diagnostics& diagnostics) {
    auto source = read_source_file(path, diagnostics);
    if (!source) return std::nullopt;
    auto root = parse_yaml(*source, diagnostics);
    if (!root) return std::nullopt;
    return load_rubric(*root, diagnostics);
}

const Rubric& builtin_rubric() {
    // Parsed once, on first use; the text is part of the binary, so a failure
    // here is a build defect, which the test suite catches.
    static const Rubric rubric = [] {
        Diagnostics diagnostics{std::string(builtin_rubric_name)};
        SourceFile source{std::string(builtin_rubric_name), std::string(builtin_rubric_text())};
        auto root = parse_yaml(source, diagnostics);
        std::optional<Rubric> loaded = root ? load_rubric(*root, diagnostics) : std::nullopt;
        if (!loaded) {
            std::string report;
            for (const Diagnostic& d : diagnostics.sorted()) report += format_diagnostic(d) + "\n";
            throw std::runtime_error("the built-in rubric is invalid:\n" + report);
        }
        return std::move(*loaded);
    }();
    return rubric;
}

}  // namespace ipsfid
