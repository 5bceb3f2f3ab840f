#include "cli_support.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <system_error>

#include <unistd.h>

#include <fmt/format.h>

#include "output.hpp"
#include "terminal.hpp"

namespace ipsfid {

namespace fs = std::filesystem;

namespace {

bool has_yaml_extension(const std::string& name) {
    const auto dot = name.rfind('.');
    if (dot == std::string::npos) return false;
    const std::string_view extension = std::string_view(name).substr(dot);
    return extension == ".yaml" || extension == ".yml";
}

}  // namespace

InputWalker::InputWalker(std::vector<std::string> paths, bool stdin_lists_paths)
    : paths_(std::move(paths)), stdin_lists_paths_(stdin_lists_paths) {}

bool InputWalker::open_directory(const std::string& directory, std::optional<Diagnostics>& problem) {
    Level level;
    level.directory = directory;
    std::error_code error;
    for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error))
        level.names.push_back(it->path().filename().string());
    if (error) {
        problem.emplace(directory);
        problem->error({}, "file-unreadable", fmt::format("cannot walk directory: {}", error.message()));
        return false;
    }
    std::sort(level.names.begin(), level.names.end());
    stack_.push_back(std::move(level));
    return true;
}

bool InputWalker::next(std::string& path, std::optional<Diagnostics>& problem) {
    problem.reset();
    for (;;) {
        // Inside a directory: its next entry.
        while (!stack_.empty()) {
            Level& level = stack_.back();
            if (level.next == level.names.size()) {
                stack_.pop_back();
                continue;
            }
            const std::string& name = level.names[level.next++];
            std::string entry = level.directory;
            if (entry.empty() || entry.back() != '/') entry += '/';
            entry += name;
            std::error_code error;
            const fs::file_status link = fs::symlink_status(entry, error);
            if (fs::is_directory(link)) {
                if (!open_directory(entry, problem)) return true;
                continue;
            }
            // Links to directories are not followed (a link can make a loop),
            // but the files behind one must not vanish without a word.
            if (fs::is_symlink(link) && fs::is_directory(fs::status(entry, error))) {
                std::cerr << fmt::format("ipsfid: warning: {}: a link to a directory, not followed\n",
                                         sanitize_for_terminal(entry));
                continue;
            }
            // Every *.yaml entry is an input, whatever it is: a fifo, a device
            // or a dangling link is then refused by the reader with its name,
            // never dropped from the run without a word.
            if (has_yaml_extension(name)) {
                path = std::move(entry);
                return true;
            }
        }
        // The next path, from the command line or from the list on stdin.
        std::string candidate;
        if (reading_stdin_) {
            if (!std::getline(std::cin, candidate)) {
                reading_stdin_ = false;
                continue;
            }
            if (!candidate.empty() && candidate.back() == '\r') candidate.pop_back();
            if (candidate.empty()) continue;
        } else {
            if (next_path_ == paths_.size()) return false;
            candidate = paths_[next_path_++];
            if (candidate == "-" && stdin_lists_paths_) {
                reading_stdin_ = true;
                continue;
            }
        }
        std::error_code error;
        if (candidate != "-" && fs::is_directory(candidate, error)) {
            if (!open_directory(candidate, problem)) return true;
            continue;
        }
        path = std::move(candidate);
        return true;
    }
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, std::vector<Diagnostics>& problems) {
    std::vector<std::string> out;
    InputWalker walker(paths);
    std::string path;
    std::optional<Diagnostics> problem;
    while (walker.next(path, problem)) {
        if (problem) problems.push_back(std::move(*problem));
        else out.push_back(path);
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

int write_report(const std::string& path, const std::function<void(std::ostream&)>& write) {
    ReportOutput output(path);
    std::string error;
    if (output.open(error)) {
        write(output.stream());
        if (output.commit(error)) return exit_ok;
    }
    std::cerr << "ipsfid: " << error << '\n';
    return exit_failure;
}

std::string caret_excerpt(const Diagnostic& diagnostic, const SourceFile& source) {
    const int line = diagnostic.location.line;
    std::string_view text = source.line_text(line);
    if (line < 1 || (text.empty() && diagnostic.location.column <= 1)) return {};
    // Byte offsets of the line's characters, to cut a long line (minified
    // YAML, a hostile file) to a window around the column.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
    const auto characters = static_cast<int>(starts.size());
    constexpr int window = 60;
    int column = std::clamp(diagnostic.location.column, 1, characters + 1);
    std::string before, after;
    if (characters > 2 * window + 20) {
        const int first = std::max(0, column - 1 - window);
        const int last = std::min(characters, column - 1 + window);
        const std::size_t from = starts[static_cast<std::size_t>(first)];
        const std::size_t to = last < characters ? starts[static_cast<std::size_t>(last)] : text.size();
        if (first > 0) before = "...";
        if (last < characters) after = "...";
        text = text.substr(from, to - from);
        column -= first;
    }
    const std::string gutter = fmt::format("{:>5} | ", line);
    std::string caret(gutter.size() - 2, ' ');
    caret += "| " + std::string(before.size(), ' ');
    // Keep tabs so the caret lines up under the same character.
    int at = 1;
    for (std::size_t i = 0; i < text.size() && at < column; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        caret += text[i] == '\t' ? '\t' : ' ';
        ++at;
    }
    caret += '^';
    return gutter + before + sanitize_for_terminal(text) + after + "\n" + caret + "\n";
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
