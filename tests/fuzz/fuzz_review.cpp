// libFuzzer target: any bytes as a review file, loaded against the built-in
// rubric, scored and rendered in every format when valid.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "render.hpp"
#include "review.hpp"
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
    const Rubric& rubric = builtin_rubric();
    auto review = load_review(*root, rubric, diagnostics);
    if (!review) return 0;
    const ScoreResult result = score_review(rubric, *review, diagnostics.all());
    std::ostringstream out;
    for (const char* language : {"en", "sv"}) {
        RenderOptions options;
        options.language = language;
        render_text(out, result, options);
        render_markdown(out, result, options);
        render_html(out, result, options);
        out << score_to_json(result, options).dump();
    }
    return 0;
}
