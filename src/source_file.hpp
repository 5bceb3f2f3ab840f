#pragma once
/// Reading input files ourselves (not through yaml-cpp) so that every failure
/// has a reason a person understands, and positions can be turned into
/// character columns.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"

namespace ipsfid {

/// Inputs larger than this are refused before parsing: a review is a few
/// kilobytes and the largest rubric well under one megabyte.
inline constexpr std::size_t default_max_input_bytes = 16u * 1024u * 1024u;

/// The input size limit: IPSFID_MAX_FILE_SIZE (bytes, or with a K or M
/// suffix) when set to a valid size, else default_max_input_bytes.
std::size_t max_input_bytes();

/// The text of one input and an index of its line starts.
class SourceFile {
public:
    SourceFile(std::string path, std::string text);

    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] const std::string& text() const { return text_; }

    /// Converts a 0-based line and 0-based byte column (as yaml-cpp marks
    /// count) into a 1-based location whose column counts characters.
    [[nodiscard]] Location locate(int line0, int byte_column0) const;

    /// The text of a 1-based line without its line end; empty when out of range.
    [[nodiscard]] std::string_view line_text(int line) const;

    /// True when every byte is ASCII (then the text is valid UTF-8 and byte
    /// columns are character columns).
    [[nodiscard]] bool is_ascii() const { return ascii_; }

private:
    std::string path_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
    std::vector<bool> line_is_ascii_;
    bool ascii_ = true;
};

/// Reads `path` ("-" is standard input) into memory. On failure reports a
/// `file-unreadable` or `file-too-large` error into `diagnostics` and returns
/// nothing. Only regular files are read: a directory or a fifo is refused,
/// so a mistyped path can never hang the run.
std::optional<SourceFile> read_source_file(const std::string& path, Diagnostics& diagnostics,
                                           std::size_t max_bytes = max_input_bytes());

/// The display name for standard input in diagnostics.
inline constexpr std::string_view stdin_display_name = "<stdin>";

}  // namespace ipsfid
