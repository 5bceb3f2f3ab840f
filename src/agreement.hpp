#pragma once
/// Agreement between independent raters of the same site visit, and the
/// consensus file they settle their differences in.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "review.hpp"
#include "rubric.hpp"

namespace ipsfid {

/// One item as the raters scored it.
struct ItemAgreement {
    std::size_t item = 0;
    std::vector<int> scores;  ///< one per rater, in rater order
    int spread = 0;           ///< highest minus lowest score
    bool needs_consensus = false;
    bool major = false;  ///< the raters differ by 2 or more points
    /// Share of rater pairs that agree on this item (Fleiss' P_i).
    double pairwise = 1.0;
};

/// Agreement of two or more raters over every item of the rubric.
struct Agreement {
    std::vector<std::string> raters;  ///< the reviewers named in each file, or the file name
    std::vector<std::string> files;
    std::vector<ItemAgreement> items;
    double exact = 0;       ///< share of items where every rater gave the same score
    double within_one = 0;  ///< share of items where the scores span at most one point
    std::optional<double> weighted_kappa;  ///< two raters: Cohen's kappa with quadratic weights
    std::optional<double> fleiss_kappa;    ///< three or more raters
    double mean_pairwise = 0;              ///< mean of the items' pairwise agreement
};

/// Cohen's kappa with quadratic weights for two raters' scores on the scale
/// `low`..`high`; nothing when it is undefined (no variation to agree on).
std::optional<double> quadratic_weighted_kappa(const std::vector<int>& a, const std::vector<int>& b, int low, int high);

/// Fleiss' kappa for `ratings[item][rater]` on the scale `low`..`high`;
/// nothing when it is undefined.
std::optional<double> fleiss_kappa(const std::vector<std::vector<int>>& ratings, int low, int high);

/// The agreement of `reviews` (two or more, of one rubric).
Agreement compute_agreement(const Rubric& rubric, const std::vector<const Review*>& reviews);

void render_agreement_text(std::ostream& out, const Agreement& agreement, const Rubric& rubric,
                           const Review& first, const std::string& language);
nlohmann::ordered_json agreement_to_json(const Agreement& agreement, const Rubric& rubric);

/// A review file for the consensus meeting: agreed scores filled in, each
/// disagreement left blank (`score: ~`) with every rater's score and evidence
/// in comments, the raters' scores in `rater_scores` and a `rationale` to fill.
void write_consensus(std::ostream& out, const Agreement& agreement, const Rubric& rubric,
                     const std::vector<const Review*>& reviews, const std::string& language);

}  // namespace ipsfid
