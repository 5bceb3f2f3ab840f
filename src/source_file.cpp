#include "source_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace ipsfid {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
    // One pass: where lines start, and which lines are plain ASCII, so that
    // turning a byte column into a character column is free on those lines.
    line_starts_.push_back(0);
    bool line_ascii = true;
    for (std::size_t i = 0; i < text_.size(); ++i) {
        const auto c = static_cast<unsigned char>(text_[i]);
        if (c == '\n') {
            line_starts_.push_back(i + 1);
            line_is_ascii_.push_back(line_ascii);
            line_ascii = true;
        } else if (c >= 0x80) {
            line_ascii = false;
            ascii_ = false;
        }
    }
    line_is_ascii_.push_back(line_ascii);
}

Location SourceFile::locate(int line0, int byte_column0) const {
    if (line0 < 0) return {};
    if (static_cast<std::size_t>(line0) >= line_starts_.size())
        return {line0 + 1, byte_column0 + 1};
    if (line_is_ascii_[static_cast<std::size_t>(line0)]) return {line0 + 1, byte_column0 + 1};
    std::size_t start = line_starts_[static_cast<std::size_t>(line0)];
    // A byte order mark is not a character the user sees.
    if (line0 == 0 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) start = 3;
    const std::size_t end = std::min(text_.size(), start + static_cast<std::size_t>(std::max(byte_column0, 0)));
    int characters = 0;
    for (std::size_t i = start; i < end; ++i) {
        // Count every byte that is not a UTF-8 continuation byte.
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++characters;
    }
    return {line0 + 1, characters + 1};
}

std::string_view SourceFile::line_text(int line) const {
    if (line < 1 || static_cast<std::size_t>(line) > line_starts_.size()) return {};
    const std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
    std::size_t end = static_cast<std::size_t>(line) < line_starts_.size()
                          ? line_starts_[static_cast<std::size_t>(line)] - 1
                          : text_.size();
    if (end > start && text_[end - 1] == '\r') --end;
    return std::string_view(text_).substr(start, end - start);
}

std::size_t max_input_bytes() {
    static const std::size_t limit = [] {
        const char* text = std::getenv("IPSFID_MAX_FILE_SIZE");
        if (text == nullptr || *text == '\0') return default_max_input_bytes;
        char* end = nullptr;
        const unsigned long long number = std::strtoull(text, &end, 10);
        unsigned long long scale = 1;
        if (end != nullptr && (*end == 'K' || *end == 'k')) scale = 1024, ++end;
        else if (end != nullptr && (*end == 'M' || *end == 'm')) scale = 1024 * 1024, ++end;
        if (end == text || *end != '\0' || number == 0) return default_max_input_bytes;
        return static_cast<std::size_t>(number * scale);
    }();
    return limit;
}

namespace {

bool read_all(int fd, std::string& out, std::size_t max_bytes, int& error) {
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0) return true;
        if (n < 0) {
            if (errno == EINTR) continue;
            error = errno;
            return false;
        }
        out.append(buffer, static_cast<std::size_t>(n));
        if (out.size() > max_bytes) return true;  // the caller reports the size
    }
}

}  // namespace

std::optional<SourceFile> read_source_file(const std::string& path, Diagnostics& diagnostics,
                                           std::size_t max_bytes) {
    const bool is_stdin = path == "-";
    std::string text;
    int error = 0;
    if (is_stdin) {
        if (!read_all(STDIN_FILENO, text, max_bytes, error)) {
            diagnostics.error({}, "file-unreadable",
                              fmt::format("cannot read standard input: {}", std::strerror(error)));
            return std::nullopt;
        }
    } else {
        struct stat info {};
        if (::stat(path.c_str(), &info) != 0) {
            diagnostics.error({}, "file-unreadable", fmt::format("cannot read file: {}", std::strerror(errno)));
            return std::nullopt;
        }
        if (S_ISDIR(info.st_mode)) {
            diagnostics.error({}, "file-unreadable", "cannot read file: it is a directory");
            return std::nullopt;
        }
        if (!S_ISREG(info.st_mode)) {
            diagnostics.error({}, "file-unreadable", "cannot read file: not a regular file");
            return std::nullopt;
        }
        if (static_cast<std::size_t>(info.st_size) > max_bytes) {
            diagnostics.error({}, "file-too-large",
                              fmt::format("file is {} bytes, more than the limit of {} bytes",
                                          info.st_size, max_bytes));
            return std::nullopt;
        }
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            diagnostics.error({}, "file-unreadable", fmt::format("cannot read file: {}", std::strerror(errno)));
            return std::nullopt;
        }
        text.reserve(static_cast<std::size_t>(info.st_size));
        const bool ok = read_all(fd, text, max_bytes, error);
        ::close(fd);
        if (!ok) {
            diagnostics.error({}, "file-unreadable", fmt::format("cannot read file: {}", std::strerror(error)));
            return std::nullopt;
        }
    }
    if (text.size() > max_bytes) {
        diagnostics.error({}, "file-too-large",
                          fmt::format("input is more than the limit of {} bytes", max_bytes));
        return std::nullopt;
    }
    return SourceFile(is_stdin ? std::string(stdin_display_name) : path, std::move(text));
}

}  // namespace ipsfid
