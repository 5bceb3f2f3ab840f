#pragma once
/// Located findings: every problem ipsfid reports about an input carries the
/// file, a 1-based line and column (in characters) and a stable rule id.

#include <string>
#include <string_view>
#include <vector>

namespace ipsfid {

/// A position in a source file: 1-based line and column, column in characters.
/// Line 0 means "the file as a whole" (for example when it cannot be read).
struct Location {
    int line = 0;
    int column = 0;
};

enum class Severity { error, warning };

/// "error" or "warning".
std::string_view severity_name(Severity severity);

/// One finding about one input file.
struct Diagnostic {
    std::string file;
    Location location;
    Severity severity = Severity::error;
    std::string rule;     ///< stable id, e.g. "unknown-key"; documented in the man page
    std::string message;  ///< one sentence a reviewer understands
};

/// `file:line:col: severity: message [rule]`, the GNU form that editors and CI read.
std::string format_diagnostic(const Diagnostic& diagnostic);

/// Findings kept per file. A hostile file could otherwise make millions; past
/// this many, one last finding says how many more there were.
inline constexpr int max_findings_per_file = 1000;

/// Collects the findings about one file. Loaders report into it and keep going,
/// so that every problem of a file is reported, not only the first (up to
/// max_findings_per_file).
class Diagnostics {
public:
    explicit Diagnostics(std::string file) : file_(std::move(file)) {}

    void error(Location at, std::string rule, std::string message);
    void warning(Location at, std::string rule, std::string message);
    void add(Diagnostic diagnostic);

    [[nodiscard]] const std::string& file() const { return file_; }
    [[nodiscard]] bool has_errors() const { return errors_ > 0; }
    [[nodiscard]] int error_count() const { return errors_; }
    [[nodiscard]] int warning_count() const;
    /// All findings, ordered by position (stable for equal positions).
    [[nodiscard]] std::vector<Diagnostic> sorted() const;
    [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }

private:
    std::string file_;
    std::vector<Diagnostic> items_;
    int errors_ = 0;
    int dropped_ = 0;
};

}  // namespace ipsfid
