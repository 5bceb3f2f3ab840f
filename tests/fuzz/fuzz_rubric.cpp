// libFuzzer target: any bytes as a rubric file; a valid rubric is rendered
// and its blank review template written.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "render_rubric.hpp"
#include "review_writer.hpp"
#include "rubric.hpp"
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
    return 0;
}
