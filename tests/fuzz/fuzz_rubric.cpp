// libFuzzer target: any bytes as a rubric file; a valid rubric is rendered,
// its blank review template written, and a review at the top of its scale
// scored and drawn as HTML pages (any number of principles, levels, items
// and any scale).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "batch.hpp"
#include "render.hpp"
#include "render_batch.hpp"
#include "render_rubric.hpp"
#include "review_writer.hpp"
#include "rubric.hpp"
#include "scoring.hpp"
#include "source_file.hpp"
#include "yaml_tree.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ipsfid;
    const SourceFile source("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
    Diagnostics diagnostics("fuzz.yaml");
    auto root = parse_yaml(source, diagnostics);
    if (!root) return 0;
    auto rubric = load_rubric(*root, diagnostics);
    if (!rubric) return 0;
    std::ostringstream out;
    render_rubric_text(out, *rubric, rubric->default_language());
    render_rubric_markdown(out, *rubric, rubric->default_language());
    out << rubric_to_json(*rubric, rubric->default_language()).dump();
    TemplateFields fields;
    fields.date = "2026-01-01";
    fields.language = rubric->default_language();
    write_template(out, *rubric, fields);

    Review review;
    review.site = "Fuzz";
    review.date = "2026-01-31";
    review.ratings.resize(rubric->items.size());
    for (Rating& rating : review.ratings) {
        rating.present = true;
        rating.score = rubric->scale_max;
    }
    const ScoreResult result = score_review(*rubric, review);
    RenderOptions options;
    options.language = rubric->default_language();
    render_html(out, result, options);
    BatchRow row;
    summarize_into(row, result);
    Rollup rollup(*rubric);
    rollup.add(row);
    auto writer = make_batch_writer("html", out, *rubric, options.language);
    writer->row(row);
    writer->end(rollup.finish("2026-06-01"));
    return 0;
}
