#pragma once
/// The review: one site visit's ratings of every item of a rubric, with the
/// raw numbers and checklists they came from, the evidence and recommendations.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "rubric.hpp"
#include "yaml_tree.hpp"

namespace ipsfid {

/// Where an item's score came from.
enum class ScoreSource {
    rated,        ///< the reviewers' own score
    measure,      ///< a raw number turned into a score by the rubric's bands
    components,   ///< the count of checklist components present
    specialists,  ///< the mean of per-specialist scores, closest scale point
};

/// "rated", "measure", "components" or "specialists" (stable JSON values).
std::string_view source_name(ScoreSource source);

/// The rating of one item.
struct Rating {
    bool present = false;  ///< false when the review lacks the item (an error)
    int score = 0;
    ScoreSource source = ScoreSource::rated;
    std::optional<double> measure;
    std::optional<std::vector<std::string>> components;
    std::vector<int> specialist_scores;
    std::string evidence;
    std::string recommendation;
    /// Why the score is what it is when that needs saying: a consensus that
    /// settled a disagreement, or a score changed since the last review.
    std::string rationale;
    /// The independent raters' scores behind a consensus score (written by
    /// `ipsfid agree --consensus-out`).
    std::vector<int> rater_scores;
    Location location;  ///< the item's key in the file
};

/// A review file, resolved against its rubric.
struct Review {
    std::string file;
    std::string rubric_id;
    std::string site;
    std::string date;  ///< ISO 8601
    std::string kind = "independent";
    std::vector<std::string> reviewers;
    std::vector<Rating> ratings;  ///< one per rubric item, in rubric order
};

/// The review kinds a file may give.
inline const std::vector<std::string> review_kinds = {"independent", "self-assessment"};

/// Round-half-down mean of per-specialist scores: the closest scale point,
/// and on a tie the lower one (the conservative choice; the scale's manual
/// gives no tie rule).
int closest_score(const std::vector<int>& scores);

/// Reads a review and resolves every rating against `rubric`. Every problem
/// is reported into `diagnostics` (errors and warnings); returns the review
/// only when it has no errors.
std::optional<Review> load_review(const YamlNode& root, const Rubric& rubric, Diagnostics& diagnostics);

/// Reads the review file at `path` ("-" for standard input): read, parse, load.
std::optional<Review> load_review_file(const std::string& path, const Rubric& rubric, Diagnostics& diagnostics);

}  // namespace ipsfid
