#pragma once
/// Comparing two reviews of one site: a follow-up against the last review,
/// or an independent review against the program's self-assessment.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "scoring.hpp"

namespace ipsfid {

/// One item in both reviews.
struct ItemChange {
    std::size_t item = 0;
    int old_score = 0;
    int new_score = 0;
    /// The score went down and the new review gives no rationale: reviewers
    /// must not lower a score only because a recommendation was not followed,
    /// and must say so when they correct an earlier mis-score.
    bool lowered_without_rationale = false;
    [[nodiscard]] int change() const { return new_score - old_score; }
};

/// The differences between two scored reviews of the same rubric.
struct Comparison {
    const ScoreResult* old_result = nullptr;
    const ScoreResult* new_result = nullptr;
    std::vector<ItemChange> items;  ///< every item, rubric order
    [[nodiscard]] int total_change() const { return new_result->total - old_result->total; }
    [[nodiscard]] int flagged() const;
};

Comparison compare_results(const ScoreResult& old_result, const ScoreResult& new_result);

void render_comparison_text(std::ostream& out, const Comparison& comparison, const std::string& language);
void render_comparison_markdown(std::ostream& out, const Comparison& comparison, const std::string& language);
/// The comparison as one self-contained HTML page: both reviews' principles
/// on one radar chart, every item's old and new score as bars.
void render_comparison_html(std::ostream& out, const Comparison& comparison, const std::string& language);
nlohmann::ordered_json comparison_to_json(const Comparison& comparison, const std::string& language);

}  // namespace ipsfid
