#include "i18n.hpp"

#include <array>
#include <cstdlib>

#include "scalars.hpp"

namespace ipsfid {

namespace {

struct Entry {
    std::string_view id;
    std::string_view en;
    std::string_view sv;
};

constexpr std::array<Entry, static_cast<std::size_t>(Text::count_)> catalogue = {{
#define IPSFID_TEXT(id, en, sv) {#id, en, sv},
#include "texts/report.inc"
#include "texts/workflow.inc"
#undef IPSFID_TEXT
}};

const Entry& entry(Text text) { return catalogue[static_cast<std::size_t>(text)]; }

/// "sv" for sv_SE.UTF-8 and the like; empty for C, POSIX and unknown ones.
std::string language_of_locale(std::string_view locale) {
    const std::size_t end = locale.find_first_of("_.@");
    const std::string code(locale.substr(0, end));
    for (const std::string& known : catalogue_languages()) {
        if (code == known) return code;
    }
    return {};
}

}  // namespace

const std::vector<std::string>& catalogue_languages() {
    static const std::vector<std::string> languages = {"en", "sv"};
    return languages;
}

std::string_view tr(std::string_view language, Text text) {
    return language == "sv" ? entry(text).sv : entry(text).en;
}

std::string_view text_id(Text text) { return entry(text).id; }

std::string human_decimal(std::string_view language, double value, int places) {
    std::string text = format_decimal(value, places);
    if (language == "sv") {
        for (char& c : text) {
            if (c == '.') c = ',';
        }
    }
    return text;
}

std::string human_number(std::string_view language, double value) {
    std::string text = format_number(value);
    if (language == "sv") {
        for (char& c : text) {
            if (c == '.') c = ',';
        }
    }
    return text;
}

std::string resolve_language(const std::string& flag, const std::string& fallback) {
    if (!flag.empty()) return flag;
    if (const char* value = std::getenv("IPSFID_LANG"); value != nullptr && *value != '\0') {
        const std::string chosen = language_of_locale(value);
        if (!chosen.empty()) return chosen;
    }
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') continue;
        // The first variable that is set decides, as in POSIX; one that names
        // no language of ours (C, POSIX) leaves the choice to the rubric.
        return language_of_locale(value).empty() ? fallback : language_of_locale(value);
    }
    return fallback;
}

}  // namespace ipsfid
