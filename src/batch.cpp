#include "batch.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cli_support.hpp"
#include "render.hpp"
#include "scoring.hpp"

namespace ipsfid {

BatchRow score_batch_file(const std::string& path, const Rubric& rubric, bool with_json, const std::string& language) {
    LoadedReview loaded = load_review_input(path, rubric);
    BatchRow row;
    row.file = loaded.diagnostics.file();
    row.diagnostics = loaded.diagnostics.sorted();
    if (!loaded.review) {
        for (const Diagnostic& d : row.diagnostics) {
            if (d.severity != Severity::error) continue;
            row.first_error = fmt::format("{}:{}:{}: {}", d.file, std::max(d.location.line, 1),
                                          std::max(d.location.column, 1), d.message);
            break;
        }
        return row;
    }
    std::vector<Diagnostic> warnings;
    for (const Diagnostic& d : row.diagnostics)
        if (d.severity == Severity::warning) warnings.push_back(d);
    const Review& review = *loaded.review;
    const ScoreResult result = score_review(rubric, review, std::move(warnings));
    summarize_into(row, result);
    if (with_json) {
        nlohmann::ordered_json object = {{"status", "ok"}};
        object.update(score_to_json(result, RenderOptions{language, false, 80}));
        row.json = object.dump();
    }
    return row;
}

void summarize_into(BatchRow& row, const ScoreResult& result) {
    const Review& review = *result.review;
    row.ok = true;
    row.site = review.site;
    row.date = review.date;
    row.kind = review.kind;
    row.total = result.total;
    row.level = static_cast<std::size_t>(result.level - result.rubric->levels.data());
    row.next_review_due = result.next_review_due;
    row.item_scores.clear();
    row.principle_means.clear();
    for (const ItemScore& item : result.items) row.item_scores.push_back(item.score);
    for (const GroupScore& principle : result.principles) row.principle_means.push_back(principle.mean);
}

Rollup::Rollup(const Rubric& rubric)
    : rubric_(rubric),
      level_counts_(rubric.levels.size(), 0),
      total_counts_(static_cast<std::size_t>(rubric.max_total() - rubric.min_total() + 1), 0),
      item_sums_(rubric.items.size(), 0),
      item_at_max_(rubric.items.size(), 0),
      principle_sums_(rubric.principles.size(), 0.0) {}

void Rollup::add(const BatchRow& row) {
    if (!row.ok) {
        ++invalid_;
        return;
    }
    ++level_counts_[row.level];
    ++total_counts_[static_cast<std::size_t>(row.total - rubric_.min_total())];
    for (std::size_t i = 0; i < row.item_scores.size(); ++i) {
        item_sums_[i] += row.item_scores[i];
        item_at_max_[i] += row.item_scores[i] == rubric_.scale_max;
    }
    for (std::size_t p = 0; p < row.principle_means.size(); ++p) principle_sums_[p] += row.principle_means[p];
    SiteVisit visit{{row.date, row.total, row.level}, row.next_review_due};
    const auto [found, inserted] = sites_.try_emplace(row.site, SiteHistory{visit, std::nullopt});
    if (!inserted) {
        SiteHistory& history = found->second;
        if (visit.visit.date >= history.latest.visit.date) {
            history.previous = std::move(history.latest);
            history.latest = std::move(visit);
        } else if (!history.previous || visit.visit.date >= history.previous->visit.date) {
            history.previous = std::move(visit);
        }
    }
    ++reviews_;
}

RollupResult Rollup::finish(const std::string& as_of) const {
    RollupResult r;
    r.reviews = reviews_;
    r.invalid = invalid_;
    r.level_counts = level_counts_;
    r.as_of = as_of;
    const double n = reviews_ > 0 ? static_cast<double>(reviews_) : 1.0;
    if (reviews_ > 0) {
        long long sum = 0;
        for (std::size_t t = 0; t < total_counts_.size(); ++t)
            sum += total_counts_[t] * (static_cast<long long>(t) + rubric_.min_total());
        r.mean_total = static_cast<double>(sum) / n;
        // The median from the histogram: the totals at sorted positions
        // (n-1)/2 and n/2, averaged.
        auto total_at = [&](long long position) {
            long long seen = 0;
            for (std::size_t t = 0; t < total_counts_.size(); ++t) {
                seen += total_counts_[t];
                if (seen > position) return static_cast<double>(t) + rubric_.min_total();
            }
            return 0.0;
        };
        r.median_total = (total_at((reviews_ - 1) / 2) + total_at(reviews_ / 2)) / 2.0;
    }
    for (std::size_t i = 0; i < rubric_.items.size(); ++i) {
        r.item_means.push_back(reviews_ > 0 ? static_cast<double>(item_sums_[i]) / n : 0.0);
        r.item_share_at_max.push_back(reviews_ > 0 ? item_at_max_[i] / n : 0.0);
    }
    if (reviews_ > 0) {
        std::vector<std::size_t> order(rubric_.items.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return r.item_means[a] < r.item_means[b]; });
        order.resize(std::min<std::size_t>(5, order.size()));
        r.weakest_items = order;
    }
    for (const double sum : principle_sums_) r.principle_means.push_back(reviews_ > 0 ? sum / n : 0.0);

    for (const auto& [site, history] : sites_) {
        const SiteVisit& latest = history.latest;
        if (history.previous) r.trends.push_back({site, history.previous->visit, latest.visit});
        if (!latest.next_review_due.empty())
            r.due.push_back({site, latest.visit, latest.next_review_due, latest.next_review_due < as_of});
    }
    std::stable_sort(r.due.begin(), r.due.end(), [](const RollupResult::Due& a, const RollupResult::Due& b) {
        return a.next_review_due < b.next_review_due;
    });
    return r;
}

}  // namespace ipsfid
