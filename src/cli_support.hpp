#pragma once
/// What every subcommand shares: exit codes, input expansion, choosing the
/// rubric, loading a review with its source, and printing located findings.

#include <functional>
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

/// Yields the input files of a command one at a time: the paths as given,
/// and for a directory every `*.yaml`/`*.yml` file below it, depth first with
/// each directory's entries in name order. Only one listing per directory
/// level is held, so memory does not grow with the number of files. A path
/// that does not exist is yielded as it is, so that reading it reports the
/// error and it is never silently dropped. Links to directories are not
/// followed (no loops).
class InputWalker {
public:
    /// With `stdin_lists_paths`, `-` stands for the paths listed on standard
    /// input, one per line (each walked like a command-line path).
    explicit InputWalker(std::vector<std::string> paths, bool stdin_lists_paths = false);

    /// The next input file; false at the end. A directory that cannot be
    /// read is yielded as a problem (a Diagnostics about it) instead.
    bool next(std::string& path, std::optional<Diagnostics>& problem);

private:
    struct Level {
        std::string directory;
        std::vector<std::string> names;  ///< sorted
        std::size_t next = 0;
    };
    bool open_directory(const std::string& directory, std::optional<Diagnostics>& problem);

    std::vector<std::string> paths_;
    std::size_t next_path_ = 0;
    bool stdin_lists_paths_;
    bool reading_stdin_ = false;
    std::vector<Level> stack_;
};

/// Every input of `paths` at once (see InputWalker); problems walking a
/// directory go to `problems`.
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

/// Writes a report through `write` to `path` (standard output when empty or
/// "-"; a file is replaced atomically). Returns exit_ok, or exit_failure after
/// saying why on standard error.
int write_report(const std::string& path, const std::function<void(std::ostream&)>& write);

/// Prints findings in the GNU form with the source line and a caret under the
/// column when the source is known.
void print_diagnostics(std::ostream& err, const std::vector<Diagnostic>& diagnostics, const SourceFile* source,
                       bool color);

/// The source line of a finding with a caret under its column, two lines
/// ending in newlines; empty when the line is unknown.
std::string caret_excerpt(const Diagnostic& diagnostic, const SourceFile& source);

}  // namespace ipsfid
