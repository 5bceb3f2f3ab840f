#include "scoring.hpp"

#include <algorithm>
#include <cmath>

#include "scalars.hpp"

namespace ipsfid {

std::string_view gap_name(GapSeverity gap) {
    switch (gap) {
        case GapSeverity::none: return "none";
        case GapSeverity::minor: return "minor";
        case GapSeverity::moderate: return "moderate";
        case GapSeverity::major: return "major";
    }
    return "none";
}

GapSeverity gap_for(int score, const Rubric& rubric) {
    const int below = rubric.scale_max - score;
    if (below <= 0) return GapSeverity::none;
    if (below == 1) return GapSeverity::minor;
    if (below == 2) return GapSeverity::moderate;
    return GapSeverity::major;
}

std::vector<const ItemScore*> ScoreResult::gaps() const {
    std::vector<const ItemScore*> out;
    for (const ItemScore& item : items) {
        if (item.gap != GapSeverity::none) out.push_back(&item);
    }
    std::stable_sort(out.begin(), out.end(), [](const ItemScore* a, const ItemScore* b) { return a->score < b->score; });
    return out;
}

std::vector<const Component*> missing_components(const Item& item, const Rating& rating) {
    std::vector<const Component*> missing;
    if (!rating.components) return missing;
    for (const Component& component : item.components) {
        if (std::find(rating.components->begin(), rating.components->end(), component.id) == rating.components->end())
            missing.push_back(&component);
    }
    return missing;
}

namespace {

std::vector<GroupScore> group_scores(const Rubric& rubric, const std::vector<ItemScore>& items, std::size_t groups,
                                     std::size_t Item::*group_of) {
    std::vector<GroupScore> out(groups);
    for (std::size_t g = 0; g < groups; ++g) out[g].group = g;
    for (const ItemScore& score : items) {
        GroupScore& group = out[rubric.items[score.item].*group_of];
        group.items.push_back(score.item);
        group.score += score.score;
        group.max += rubric.scale_max;
    }
    for (GroupScore& group : out) {
        if (!group.items.empty()) group.mean = static_cast<double>(group.score) / static_cast<double>(group.items.size());
    }
    return out;
}

}  // namespace

ScoreResult score_review(const Rubric& rubric, const Review& review, std::vector<Diagnostic> warnings) {
    ScoreResult result;
    result.rubric = &rubric;
    result.review = &review;
    result.warnings = std::move(warnings);
    result.max = rubric.max_total();
    for (std::size_t i = 0; i < rubric.items.size(); ++i) {
        const Rating& rating = review.ratings[i];
        result.items.push_back({i, rating.score, rating.source, gap_for(rating.score, rubric)});
        result.total += rating.score;
    }
    result.sections = group_scores(rubric, result.items, rubric.sections.size(), &Item::section);
    result.principles = group_scores(rubric, result.items, rubric.principles.size(), &Item::principle);
    for (GroupScore& principle : result.principles) {
        // Compare the mean as shown (two decimals), so a report never shows
        // 4.00 flagged as below 4.0.
        principle.gap = std::round(principle.mean * 100.0) / 100.0 < rubric.principle_target;
    }

    result.level = rubric.level_for(result.total);
    result.next_level = rubric.level_above(result.level);
    if (result.next_level != nullptr) {
        result.points_to_next = result.next_level->min - result.total;
        std::vector<const ItemScore*> candidates;
        for (const ItemScore& item : result.items) {
            if (item.score < rubric.scale_max) candidates.push_back(&item);
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const ItemScore* a, const ItemScore* b) { return a->score < b->score; });
        for (int step = 0; step < result.points_to_next && step < static_cast<int>(candidates.size()); ++step)
            result.next_level_steps.push_back(candidates[static_cast<std::size_t>(step)]->item);
    }
    if (result.level != nullptr && result.level->review_after_months > 0)
        result.next_review_due = add_months(review.date, result.level->review_after_months);
    return result;
}

}  // namespace ipsfid
