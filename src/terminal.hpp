#pragma once
/// Terminal facts: whether to colour, and ANSI styling that switches off cleanly.

#include <string>
#include <string_view>

namespace ipsfid {

enum class ColorMode { automatic, always, never };

/// "always" or "never"; anything else (the command line allows only "auto")
/// is automatic.
ColorMode color_mode_from(std::string_view text);

/// Whether to colour output written to `fd`: `always`/`never` decide; `auto`
/// colours only a terminal whose TERM is not "dumb", and never when NO_COLOR
/// is set (https://no-color.org).
bool use_color(ColorMode mode, int fd);

/// True when `fd` is a terminal.
bool is_terminal(int fd);

/// ANSI styles; every function returns its text unchanged when disabled.
class Style {
public:
    explicit Style(bool enabled) : enabled_(enabled) {}
    [[nodiscard]] std::string bold(std::string_view text) const { return wrap("1", text); }
    [[nodiscard]] std::string dim(std::string_view text) const { return wrap("2", text); }
    [[nodiscard]] std::string red(std::string_view text) const { return wrap("31", text); }
    [[nodiscard]] std::string green(std::string_view text) const { return wrap("32", text); }
    [[nodiscard]] std::string yellow(std::string_view text) const { return wrap("33", text); }
    [[nodiscard]] std::string cyan(std::string_view text) const { return wrap("36", text); }
    [[nodiscard]] bool enabled() const { return enabled_; }

private:
    [[nodiscard]] std::string wrap(std::string_view code, std::string_view text) const;
    bool enabled_;
};

/// Replaces control characters (escape sequences included) with visible
/// U+FFFD so that text from a review can never act on the reader's terminal.
std::string sanitize_for_terminal(std::string_view text);

}  // namespace ipsfid
