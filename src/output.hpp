#pragma once
/// Where a report goes: standard output, or a file written atomically.

#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ipsfid {

/// Streams a report to standard output or to a file. A file is written to a
/// temporary sibling and renamed over the target on commit, so a failure
/// leaves the old file untouched and never a half-written one; a report that
/// is never committed leaves nothing behind.
class ReportOutput {
public:
    /// `path` empty or "-" means standard output.
    explicit ReportOutput(std::string path) : path_(std::move(path)) {}
    ReportOutput(const ReportOutput&) = delete;
    ReportOutput& operator=(const ReportOutput&) = delete;
    ~ReportOutput();

    /// Prepares the destination. On failure returns false and sets `error`.
    bool open(std::string& error);
    /// The stream to write the report to (after open).
    [[nodiscard]] std::ostream& stream();
    [[nodiscard]] bool to_stdout() const { return path_.empty() || path_ == "-"; }
    [[nodiscard]] const std::string& path() const { return path_; }

    /// Finishes the report. On failure returns false and sets `error`.
    bool commit(std::string& error);

private:
    std::string path_;
    std::string temporary_;
    std::ofstream file_;
    bool committed_ = false;
};

/// Device and inode of an existing file: recognises it under any name.
struct FileIdentity {
    unsigned long long device = 0;
    unsigned long long inode = 0;
};

/// The identity of `path`, or nothing when it does not exist (or is "-").
std::optional<FileIdentity> identify_file(const std::string& path);

/// True when `path` is the file `identity` names.
bool is_file(const std::string& path, const FileIdentity& identity);

/// True when `output` names the same file as one of `inputs` (which must not
/// be overwritten by a report).
bool is_same_file_as_any(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace ipsfid
