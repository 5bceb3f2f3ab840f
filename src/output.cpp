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

namespace {

bool write_all(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

bool ReportOutput::commit(std::string& error) {
    const std::string data = buffer_.str();
    if (to_stdout()) {
        std::cout << data << std::flush;
        if (!std::cout) {
            error = "cannot write to standard output";
            return false;
        }
        return true;
    }
    std::string temporary = path_ + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) {
        error = fmt::format("cannot write {}: {}", path_, std::strerror(errno));
        return false;
    }
    const bool written = write_all(fd, data) && ::fsync(fd) == 0;
    const int saved = errno;
    // mkstemp creates the file private; give it the mode a new file would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    ::close(fd);
    if (!written || std::rename(temporary.c_str(), path_.c_str()) != 0) {
        error = fmt::format("cannot write {}: {}", path_, std::strerror(written ? errno : saved));
        ::unlink(temporary.c_str());
        return false;
    }
    return true;
}

bool is_same_file_as_any(const std::string& output, const std::vector<std::string>& inputs) {
    struct stat out {};
    if (output.empty() || output == "-" || ::stat(output.c_str(), &out) != 0) return false;
    for (const std::string& input : inputs) {
        struct stat in {};
        if (input != "-" && ::stat(input.c_str(), &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino)
            return true;
    }
    return false;
}

}  // namespace ipsfid
