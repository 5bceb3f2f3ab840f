#pragma once
/// The rubric: a fidelity scale as data (items, anchors, measure bands,
/// checklist components, sections, principles, fidelity levels).

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostics.hpp"
#include "schema.hpp"
#include "source_file.hpp"
#include "yaml_tree.hpp"

namespace ipsfid {

/// The most items a rubric may have, and components an item may have.
inline constexpr std::size_t max_rubric_items = 500;
inline constexpr std::size_t max_item_components = 50;

/// A section of the scale or a principle: a named group of items.
struct ItemGroup {
    std::string id;
    LocalizedText name;
    Location location;
};
using Section = ItemGroup;
using Principle = ItemGroup;

/// A fidelity level: the inclusive range of totals it covers.
struct Level {
    std::string id;
    int min = 0;
    int max = 0;
    LocalizedText label;
    /// Months until the next review is due at this level; 0 when the rubric does not say.
    int review_after_months = 0;
    Location location;
};

/// One interval of a measure that gives one score. A missing bound is open.
struct Band {
    int score = 0;
    std::optional<double> lower;
    bool lower_inclusive = true;  ///< `from` (inclusive) or `above` (exclusive)
    std::optional<double> upper;
    bool upper_inclusive = true;  ///< `to` (inclusive) or `below` (exclusive)
    Location location;

    [[nodiscard]] bool contains(double value) const;
};

/// A raw number (caseload, days, percent...) that bands turn into a score.
struct Measure {
    LocalizedText unit;
    double min = 0;
    std::optional<double> max;  ///< none: no upper limit
    std::vector<Band> bands;

    [[nodiscard]] bool in_range(double value) const;
    /// The score of the band that holds `value`, compared at full precision.
    [[nodiscard]] std::optional<int> score_for(double value) const;
};

/// One element of a checklist item.
struct Component {
    std::string id;
    LocalizedText text;
    Location location;
};

/// One item of the scale.
struct Item {
    std::string id;
    int number = 0;
    std::size_t section = 0;    ///< index into Rubric::sections
    std::size_t principle = 0;  ///< index into Rubric::principles
    LocalizedText name;
    LocalizedText definition;
    LocalizedText note;                ///< optional scoring note
    std::vector<LocalizedText> anchors;  ///< anchors[score - scale min]
    bool per_specialist = false;       ///< rated for each specialist, then averaged
    std::optional<Measure> measure;
    std::vector<Component> components;
    std::vector<int> component_scores;  ///< score for each count of components present, 0..N
    Location location;

    [[nodiscard]] std::optional<int> score_for_components(std::size_t count) const;
};

/// A whole rubric, validated: every reference resolves, every table is complete.
struct Rubric {
    std::string id;
    LocalizedText title;
    std::string version;
    LocalizedText source;
    std::vector<std::string> languages;  ///< the first is the default
    int scale_min = 1;
    int scale_max = 5;
    double principle_target = 4.0;  ///< a principle mean below this is a gap
    std::vector<Section> sections;
    std::vector<Principle> principles;
    std::vector<Level> levels;  ///< ordered from the lowest totals up
    std::vector<Item> items;    ///< ordered by number
    std::string origin;         ///< the file it came from

    [[nodiscard]] const std::string& default_language() const { return languages.front(); }
    [[nodiscard]] int min_total() const { return scale_min * static_cast<int>(items.size()); }
    [[nodiscard]] int max_total() const { return scale_max * static_cast<int>(items.size()); }
    /// Index of the item with this id or number ("caseload-size" or "1").
    [[nodiscard]] std::optional<std::size_t> find_item(std::string_view id_or_number) const;
    /// The level whose range holds `total`.
    [[nodiscard]] const Level* level_for(int total) const;
    /// The next level up from `level`, or nullptr at the top.
    [[nodiscard]] const Level* level_above(const Level* level) const;
    [[nodiscard]] std::vector<std::string> item_ids() const;
    /// Builds the lookup tables; called by the loader.
    void index();

private:
    std::unordered_map<std::string, std::size_t> item_by_key_;
};

/// Calls `visit` for every localized text of `rubric` with a phrase naming it
/// ("anchor 3 of item 'disclosure'"), in file order.
void for_each_text(const Rubric& rubric,
                   const std::function<void(const std::string& what, const LocalizedText& text)>& visit);

/// Reads and validates a rubric. Every problem is reported into `diagnostics`
/// with its location and rule id; returns the rubric only when it has no errors.
std::optional<Rubric> load_rubric(const YamlNode& root, Diagnostics& diagnostics);

/// Reads the rubric file at `path` (parse + load).
std::optional<Rubric> load_rubric_file(const std::string& path, Diagnostics& diagnostics);

/// The IPS-25 rubric compiled into the binary (rubrics/ips-25.yaml).
const Rubric& builtin_rubric();

/// The text of the built-in rubric, and the name it is reported under.
std::string_view builtin_rubric_text();
inline constexpr std::string_view builtin_rubric_name = "ips-25.yaml (built in)";

/// True when `id` is a lowercase slug such as `caseload-size`.
bool is_slug(std::string_view id);

}  // namespace ipsfid
