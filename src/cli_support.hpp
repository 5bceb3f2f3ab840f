#pragma once
/// What every subcommand shares: exit codes, input expansion, choosing the
/// rubric, loading a review with its source, and printing located findings.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "review.hpp"
#include "rubric.hpp"
#include "source_file.hpp"
#include "yaml_tree.hpp"

namespace ipsfid {

/// Exit codes, the same for every subcommand.
enum ExitCode : int {
    exit_ok = 0,        ///< clean
    exit_problems = 1,  ///< invalid input, lint errors, threshold not met
    exit_usage = 2,     ///< bad command line
    exit_failure = 3,   ///< internal or output failure
};

/// Expands command-line paths: a directory becomes every `*.yaml`/`*.yml`
/// below it, sorted; files and `-` stay as given, in order. A path that does
/// not exist stays in the list, so that reading it reports the error and it
/// is never silently dropped. Problems walking a directory are reported into
/// `problems` (one Diagnostics per failing directory).
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, std::vector<Diagnostics>& problems);

/// True when `-` (standard input) is among the inputs and standard input is
/// a terminal: reading it would wait for typing, so commands refuse instead.
bool stdin_would_block(const std::vector<std::string>& inputs);

/// A command's inputs after expansion.
struct CommandInputs {
    std::vector<std::string> files;
    std::vector<Diagnostics> walk_problems;  ///< directories that could not be walked
};

/// Expands `paths` and makes the checks every command makes before reading:
/// `-` must not wait on a terminal, and the report must not overwrite an
/// input. Prints the reason to `err` and returns false on a usage error.
bool gather_inputs(const std::vector<std::string>& paths, const std::string& output, CommandInputs& inputs,
                   std::ostream& err);

/// One input file read, parsed and loaded, with everything said about it.
struct LoadedReview {
    Diagnostics diagnostics;
    std::optional<SourceFile> source;
    std::optional<Review> review;
};

/// Reads, parses and loads the review at `path` against `rubric`.
LoadedReview load_review_input(const std::string& path, const Rubric& rubric);

/// The rubric named by `--rubric` (empty: the built-in one). Problems are
/// printed to `err`; returns nothing when the rubric cannot be used.
std::optional<Rubric> choose_rubric(const std::string& path, std::ostream& err, bool color);

/// Prints findings in the GNU form with the source line and a caret under the
/// column when the source is known.
void print_diagnostics(std::ostream& err, const std::vector<Diagnostic>& diagnostics, const SourceFile* source,
                       bool color);

/// The source line of a finding with a caret under its column, two lines
/// ending in newlines; empty when the line is unknown.
std::string caret_excerpt(const Diagnostic& diagnostic, const SourceFile& source);

}  // namespace ipsfid
