#include "cli_support.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <unistd.h>

#include <fmt/format.h>

#include "output.hpp"
#include "terminal.hpp"

namespace ipsfid {

namespace fs = std::filesystem;

namespace {

bool has_yaml_extension(const fs::path& path) {
    const std::string extension = path.extension().string();
    return extension == ".yaml" || extension == ".yml";
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, std::vector<Diagnostics>& problems) {
    std::vector<std::string> out;
    for (const std::string& path : paths) {
        std::error_code error;
        if (path == "-" || !fs::is_directory(path, error)) {
            out.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator walk(path, fs::directory_options::skip_permission_denied, error);
        for (; !error && walk != fs::recursive_directory_iterator(); walk.increment(error)) {
            std::error_code type_error;
            if (walk->is_regular_file(type_error) && has_yaml_extension(walk->path()))
                found.push_back(walk->path().string());
        }
        if (error) {
            Diagnostics walk_problem(path);
            walk_problem.error({}, "file-unreadable", fmt::format("cannot walk directory: {}", error.message()));
            problems.push_back(std::move(walk_problem));
        }
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

bool stdin_would_block(const std::vector<std::string>& inputs) {
    return std::find(inputs.begin(), inputs.end(), "-") != inputs.end() && is_terminal(STDIN_FILENO);
}

bool gather_inputs(const std::vector<std::string>& paths, const std::string& output, CommandInputs& inputs,
                   std::ostream& err) {
    inputs.files = expand_inputs(paths, inputs.walk_problems);
    if (stdin_would_block(inputs.files)) {
        err << "ipsfid: '-' reads standard input, which is a terminal; pipe or redirect a file into it\n";
        return false;
    }
    if (is_same_file_as_any(output, inputs.files)) {
        err << fmt::format("ipsfid: refusing to write the report over the input {}\n", output);
        return false;
    }
    return true;
}

LoadedReview load_review_input(const std::string& path, const Rubric& rubric) {
    LoadedReview loaded{Diagnostics(path == "-" ? std::string(stdin_display_name) : path), std::nullopt, std::nullopt};
    loaded.source = read_source_file(path, loaded.diagnostics);
    if (!loaded.source) return loaded;
    if (auto root = parse_yaml(*loaded.source, loaded.diagnostics))
        loaded.review = load_review(*root, rubric, loaded.diagnostics);
    return loaded;
}

std::optional<Rubric> choose_rubric(const std::string& path, std::ostream& err, bool color) {
    if (path.empty()) return builtin_rubric();
    Diagnostics diagnostics(path == "-" ? std::string(stdin_display_name) : path);
    auto source = read_source_file(path, diagnostics);
    std::optional<Rubric> rubric;
    if (source) {
        if (auto root = parse_yaml(*source, diagnostics)) rubric = load_rubric(*root, diagnostics);
    }
    print_diagnostics(err, diagnostics.sorted(), source ? &*source : nullptr, color);
    if (!rubric) err << fmt::format("ipsfid: the rubric {} cannot be used; run 'ipsfid lint {}' for details\n", path, path);
    return rubric;
}

std::string caret_excerpt(const Diagnostic& diagnostic, const SourceFile& source) {
    const int line = diagnostic.location.line;
    const std::string_view text = source.line_text(line);
    if (line < 1 || (text.empty() && diagnostic.location.column <= 1)) return {};
    const std::string shown = sanitize_for_terminal(text);
    const std::string gutter = fmt::format("{:>5} | ", line);
    std::string caret(gutter.size() - 2, ' ');
    caret += "| ";
    // Keep tabs so the caret lines up under the same character.
    int column = 1;
    for (std::size_t i = 0; i < text.size() && column < diagnostic.location.column; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) == 0x80) continue;
        caret += text[i] == '\t' ? '\t' : ' ';
        ++column;
    }
    caret += '^';
    return gutter + shown + "\n" + caret + "\n";
}

void print_diagnostics(std::ostream& err, const std::vector<Diagnostic>& diagnostics, const SourceFile* source,
                       bool color) {
    const Style style(color);
    for (const Diagnostic& d : diagnostics) {
        std::string line = sanitize_for_terminal(format_diagnostic(d));
        if (color) {
            const std::string word = d.severity == Severity::error ? "error:" : "warning:";
            const auto at = line.find(": " + word);
            if (at != std::string::npos)
                line.replace(at + 2, word.size(), d.severity == Severity::error ? style.red(word) : style.yellow(word));
        }
        err << line << '\n';
        if (source != nullptr) err << caret_excerpt(d, *source);
    }
}

}  // namespace ipsfid
