#pragma once
/// Linting: checks rubric and review files and collects every finding, the
/// one result model that the lint formats render.

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "rubric.hpp"

namespace ipsfid {

/// What a linted file turned out to be.
enum class FileKind { rubric, review, unknown };

/// "rubric", "review" or "unknown".
std::string_view file_kind_name(FileKind kind);

/// The findings about one file.
struct LintedFile {
    std::string path;
    FileKind kind = FileKind::unknown;
    std::vector<Diagnostic> findings;  ///< ordered by position
    /// For each finding, its source line with a caret (see caret_excerpt);
    /// empty when the line is unknown.
    std::vector<std::string> excerpts;

    [[nodiscard]] int errors() const;
    [[nodiscard]] int warnings() const;
};

/// The result of one lint run, files in input order.
struct LintReport {
    std::vector<LintedFile> files;
    [[nodiscard]] int errors() const;
    [[nodiscard]] int warnings() const;
};

struct LintOptions {
    /// Check every review against this rubric; when null, a review is checked
    /// against the rubric its `rubric:` key names, looked up among the rubric
    /// files of the same run and then the built-in one.
    const Rubric* rubric = nullptr;
    unsigned jobs = 1;
};

/// Lints `paths` (files or "-"; directories already expanded). The result is
/// the same for every number of jobs.
LintReport lint_files(const std::vector<std::string>& paths, const LintOptions& options);

}  // namespace ipsfid
