// libFuzzer target for the scorer and the batch roll-up: the bytes choose
// every item's score (and so totals at every level edge); the result is
// scored, rendered and rolled up.
#include <cstddef>
#include <cstdint>
#include <sstream>

#include "batch.hpp"
#include "render.hpp"
#include "render_batch.hpp"
#include "rubric.hpp"
#include "scoring.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsfid;
    const Rubric& rubric = builtin_rubric();
    if (size < rubric.items.size()) return 0;
    Review review;
    review.site = "Fuzz";
    review.date = "2026-01-31";
    review.ratings.resize(rubric.items.size());
    for (std::size_t i = 0; i < rubric.items.size(); ++i) {
        Rating& rating = review.ratings[i];
        rating.present = true;
        rating.score = rubric.scale_min + data[i] % (rubric.scale_max - rubric.scale_min + 1);
    }
    const ScoreResult result = score_review(rubric, review);
    std::ostringstream out;
    render_text(out, result, RenderOptions{});
    render_markdown(out, result, RenderOptions{});
    BatchRow row;
    summarize_into(row, result);
    Rollup rollup(rubric);
    rollup.add(row);
    rollup.add(row);
    auto writer = make_batch_writer("text", out, rubric, "en");
    writer->begin();
    writer->row(row);
    writer->end(rollup.finish("2026-06-01"));
    return 0;
}
