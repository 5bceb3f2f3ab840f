#include "terminal.hpp"

#include <cstdlib>

#include <unistd.h>

namespace ipsfid {

ColorMode color_mode_from(std::string_view text) {
    if (text == "always") return ColorMode::always;
    if (text == "never") return ColorMode::never;
    return ColorMode::automatic;
}

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

bool use_color(ColorMode mode, int fd) {
    if (mode == ColorMode::always) return true;
    if (mode == ColorMode::never) return false;
    if (const char* no_color = std::getenv("NO_COLOR"); no_color != nullptr && *no_color != '\0') return false;
    const char* term = std::getenv("TERM");
    if (term == nullptr || std::string_view(term) == "dumb") return false;
    return is_terminal(fd);
}

std::string Style::wrap(std::string_view code, std::string_view text) const {
    if (!enabled_) return std::string(text);
    std::string out = "\x1b[";
    out += code;
    out += 'm';
    out += text;
    out += "\x1b[0m";
    return out;
}

std::string sanitize_for_terminal(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            out += "\xEF\xBF\xBD";
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            out += "\xEF\xBF\xBD";  // C1 controls, such as the 8-bit CSI
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace ipsfid
