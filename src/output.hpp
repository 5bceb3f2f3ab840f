#pragma once
/// Where a report goes: standard output, or a file written atomically.

#include <memory>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace ipsfid {

/// Collects a report in memory, then commits it to stdout or to a file.
/// A file is written to a temporary sibling and renamed over the target, so a
/// failure leaves the old file untouched and never a half-written one.
class ReportOutput {
public:
    /// `path` empty or "-" means standard output.
    explicit ReportOutput(std::string path) : path_(std::move(path)) {}

    [[nodiscard]] std::ostream& stream() { return buffer_; }
    [[nodiscard]] bool to_stdout() const { return path_.empty() || path_ == "-"; }
    [[nodiscard]] const std::string& path() const { return path_; }

    /// Writes the report. On failure returns false and sets `error`.
    bool commit(std::string& error);

private:
    std::string path_;
    std::ostringstream buffer_;
};

/// True when `output` names the same file as one of `inputs` (which must not
/// be overwritten by a report).
bool is_same_file_as_any(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace ipsfid
