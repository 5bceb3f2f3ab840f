// libFuzzer target for the scorer, the batch roll-up and the comparison: the
// bytes choose every item's score in two reviews (and so totals at every
// level edge); the results are scored, rendered, rolled up and compared.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "batch.hpp"
#include "compare.hpp"
#include "render.hpp"
#include "render_batch.hpp"
#include "rubric.hpp"
#include "scoring.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsfid;
    const Rubric& rubric = builtin_rubric();
    if (size < 2 * rubric.items.size()) return 0;
    auto make_review = [&](std::size_t offset, const char* date) {
        Review review;
        review.site = "Fuzz";
        review.date = date;
        review.ratings.resize(rubric.items.size());
        for (std::size_t i = 0; i < rubric.items.size(); ++i) {
            Rating& rating = review.ratings[i];
            rating.present = true;
            rating.score = rubric.scale_min + data[offset + i] % (rubric.scale_max - rubric.scale_min + 1);
        }
        return review;
    };
    const Review earlier = make_review(0, "2025-06-30");
    const Review later = make_review(rubric.items.size(), "2026-01-31");
    const ScoreResult old_result = score_review(rubric, earlier);
    const ScoreResult result = score_review(rubric, later);
    std::ostringstream out;
    render_text(out, result, RenderOptions{});
    render_markdown(out, result, RenderOptions{});
    render_html(out, result, RenderOptions{});
    const Comparison comparison = compare_results(old_result, result);
    render_comparison_text(out, comparison, "en");
    render_comparison_html(out, comparison, "sv");
    BatchRow old_row, row;
    summarize_into(old_row, old_result);
    summarize_into(row, result);
    Rollup rollup(rubric);
    rollup.add(old_row);
    rollup.add(row);
    for (const char* format : {"text", "html"}) {
        auto writer = make_batch_writer(format, out, rubric, "en");
        writer->begin();
        writer->row(old_row);
        writer->row(row);
        writer->end(rollup.finish("2026-06-01"));
    }
    return 0;
}
