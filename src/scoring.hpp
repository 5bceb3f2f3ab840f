#pragma once
/// Scoring: turns a resolved review into the one result model that every
/// output format renders.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "review.hpp"
#include "rubric.hpp"

namespace ipsfid {

/// How far an item is from full implementation.
enum class GapSeverity { none, minor, moderate, major };

/// "none", "minor", "moderate" or "major" (stable JSON values).
std::string_view gap_name(GapSeverity gap);

/// The scale's top score is no gap, one below minor, two below moderate,
/// anything lower major (on the 1-5 scale: 5 none, 4 minor, 3 moderate, 1-2 major).
GapSeverity gap_for(int score, const Rubric& rubric);

/// One item's result.
struct ItemScore {
    std::size_t item = 0;  ///< index into Rubric::items and Review::ratings
    int score = 0;
    ScoreSource source = ScoreSource::rated;
    GapSeverity gap = GapSeverity::none;
};

/// A section's or principle's result.
struct GroupScore {
    std::size_t group = 0;           ///< index into Rubric::sections or Rubric::principles
    std::vector<std::size_t> items;  ///< item indexes, in rubric order
    int score = 0;
    int max = 0;
    double mean = 0;
    bool gap = false;  ///< principles only: mean below the rubric's principle target
};

/// The result of scoring one review. Refers to the rubric and review it was
/// made from, which must outlive it.
struct ScoreResult {
    const Rubric* rubric = nullptr;
    const Review* review = nullptr;
    int total = 0;
    int max = 0;
    const Level* level = nullptr;
    const Level* next_level = nullptr;  ///< nullptr at the top level
    int points_to_next = 0;
    std::vector<GroupScore> sections;
    std::vector<GroupScore> principles;  ///< a derived grouping, not part of the official scale
    std::vector<ItemScore> items;
    /// The fewest one-step improvements that reach the next level: the lowest
    /// items first, then by item number. Empty at the top level.
    std::vector<std::size_t> next_level_steps;
    std::string next_review_due;  ///< ISO date; empty when the rubric gives no cadence
    std::vector<Diagnostic> warnings;

    [[nodiscard]] const Rating& rating(const ItemScore& item) const { return review->ratings[item.item]; }
    [[nodiscard]] const Item& item(const ItemScore& score) const { return rubric->items[score.item]; }
    /// The items with a gap, most severe first, then by item number.
    [[nodiscard]] std::vector<const ItemScore*> gaps() const;
};

/// The checklist components of `item` that `rating` does not list as present
/// (empty when the item was not rated by its components).
std::vector<const Component*> missing_components(const Item& item, const Rating& rating);

/// Scores `review` against `rubric`. `warnings` are the loader's warnings
/// about the review, carried along so that every format can show them.
ScoreResult score_review(const Rubric& rubric, const Review& review, std::vector<Diagnostic> warnings = {});

}  // namespace ipsfid
