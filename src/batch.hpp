#pragma once
/// Batch scoring: many reviews in, one row each out (in input order), plus a
/// roll-up of the whole network. Memory stays flat however many files come:
/// each file is reduced to a compact row, and rows are written as they come.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "rubric.hpp"

namespace ipsfid {

/// What one input file contributes to a batch.
struct BatchRow {
    std::string file;
    bool ok = false;
    std::vector<Diagnostic> diagnostics;  ///< everything said about the file
    std::string first_error;              ///< `file:line:col: message`, when invalid

    // The scored review, when ok.
    std::string site;
    std::string date;
    std::string kind;
    int total = 0;
    std::size_t level = 0;  ///< index into Rubric::levels
    std::string next_review_due;
    std::vector<int> item_scores;         ///< rubric order
    std::vector<double> principle_means;  ///< rubric order

    /// The row already rendered as the `score --format json` object (compact),
    /// when the output format needs it; rendering happens on the worker thread.
    std::string json;
};

struct ScoreResult;

/// Fills the review's compact summary into `row` (marking it ok).
void summarize_into(BatchRow& row, const ScoreResult& result);

/// Reads, loads and scores one file. `with_json` also renders BatchRow::json,
/// with its labels in `language`.
BatchRow score_batch_file(const std::string& path, const Rubric& rubric, bool with_json, const std::string& language);

/// The roll-up of a batch, computed from the rows alone.
struct RollupResult {
    int reviews = 0;  ///< valid reviews
    int invalid = 0;
    std::vector<int> level_counts;  ///< per rubric level
    double mean_total = 0;
    double median_total = 0;
    std::vector<double> item_means;     ///< per rubric item
    std::vector<double> item_share_at_max;  ///< per item: share of reviews at the top score
    std::vector<std::size_t> weakest_items;  ///< up to five, lowest mean first
    std::vector<double> principle_means;     ///< mean of the reviews' principle means

    struct Visit {
        std::string date;
        int total = 0;
        std::size_t level = 0;
    };
    /// A site with more than one review: its last two visits.
    struct Trend {
        std::string site;
        Visit previous;
        Visit latest;
    };
    std::vector<Trend> trends;  ///< by site name

    /// Each site's latest review and when the next one is due.
    struct Due {
        std::string site;
        Visit latest;
        std::string next_review_due;
        bool overdue = false;  ///< due before the as-of date
    };
    std::vector<Due> due;  ///< soonest due first
    std::string as_of;
};

/// Accumulates rows into the roll-up. Its memory grows with the number of
/// distinct sites, never with the number of reviews: totals go into a
/// histogram and each site keeps only its two latest visits.
class Rollup {
public:
    explicit Rollup(const Rubric& rubric);
    void add(const BatchRow& row);
    /// The roll-up; `as_of` (YYYY-MM-DD) decides which sites are overdue.
    [[nodiscard]] RollupResult finish(const std::string& as_of) const;

private:
    const Rubric& rubric_;
    int reviews_ = 0;
    int invalid_ = 0;
    std::vector<int> level_counts_;
    std::vector<long long> total_counts_;  ///< reviews per total, from the lowest possible total
    std::vector<long long> item_sums_;
    std::vector<int> item_at_max_;
    std::vector<double> principle_sums_;
    struct SiteVisit {
        RollupResult::Visit visit;
        std::string next_review_due;
    };
    /// A site's latest visit and the one before it (by date; on the same
    /// date, the later input counts as later).
    struct SiteHistory {
        SiteVisit latest;
        std::optional<SiteVisit> previous;
    };
    std::map<std::string, SiteHistory> sites_;
};

}  // namespace ipsfid
