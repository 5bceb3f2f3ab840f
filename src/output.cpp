#include "output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace ipsfid {

ReportOutput::~ReportOutput() {
    if (!temporary_.empty() && !committed_) {
        file_.close();
        ::unlink(temporary_.c_str());
    }
}

bool ReportOutput::open(std::string& error) {
    if (to_stdout()) return true;
    std::string name = path_ + ".XXXXXX";
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        error = fmt::format("cannot write {}: {}", path_, std::strerror(errno));
        return false;
    }
    // mkstemp creates the file private; give it the mode a new file would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    ::close(fd);
    temporary_ = name;
    file_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!file_) {
        error = fmt::format("cannot write {}: {}", path_, std::strerror(errno));
        return false;
    }
    return true;
}

std::ostream& ReportOutput::stream() { return to_stdout() ? std::cout : file_; }

bool ReportOutput::commit(std::string& error) {
    if (to_stdout()) {
        std::cout.flush();
        if (!std::cout) {
            error = "cannot write to standard output";
            return false;
        }
        return true;
    }
    file_.close();
    if (file_.fail()) {
        error = fmt::format("cannot write {}: the disk may be full", path_);
        return false;
    }
    // Make the data durable before the rename makes it visible.
    if (const int fd = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
        error = fmt::format("cannot write {}: {}", path_, std::strerror(errno));
        return false;
    }
    committed_ = true;
    return true;
}

std::optional<FileIdentity> identify_file(const std::string& path) {
    struct stat info {};
    if (path.empty() || path == "-" || ::stat(path.c_str(), &info) != 0) return std::nullopt;
    return FileIdentity{static_cast<unsigned long long>(info.st_dev), static_cast<unsigned long long>(info.st_ino)};
}

bool is_file(const std::string& path, const FileIdentity& identity) {
    const auto other = identify_file(path);
    return other && other->device == identity.device && other->inode == identity.inode;
}

bool is_same_file_as_any(const std::string& output, const std::vector<std::string>& inputs) {
    const auto identity = identify_file(output);
    if (!identity) return false;
    for (const std::string& input : inputs) {
        if (is_file(input, *identity)) return true;
    }
    return false;
}

}  // namespace ipsfid
