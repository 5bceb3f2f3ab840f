#include <cstdlib>
#include <string>

#include <doctest/doctest.h>

#include "i18n.hpp"
#include "rubric.hpp"

using namespace ipsfid;

namespace {

int fields(std::string_view text) {
    int count = 0;
    for (std::size_t at = text.find("{}"); at != std::string_view::npos; at = text.find("{}", at + 2)) ++count;
    return count;
}

/// Sets the locale variables for one test and restores them after.
struct Environment {
    explicit Environment(std::initializer_list<std::pair<const char*, const char*>> values) {
        for (const char* name : {"IPSFID_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            const char* old = std::getenv(name);
            saved.emplace_back(name, old ? std::optional<std::string>(old) : std::nullopt);
            unsetenv(name);
        }
        for (const auto& [name, value] : values) setenv(name, value, 1);
    }
    ~Environment() {
        for (const auto& [name, value] : saved) {
            if (value) setenv(name.c_str(), value->c_str(), 1);
            else unsetenv(name.c_str());
        }
    }
    std::vector<std::pair<std::string, std::optional<std::string>>> saved;
};

}  // namespace

TEST_CASE("every catalogue text exists in every language, with the same fields") {
    for (int i = 0; i < static_cast<int>(Text::count_); ++i) {
        const auto text = static_cast<Text>(i);
        CAPTURE(text_id(text));
        for (const std::string& language : catalogue_languages()) CHECK_FALSE(tr(language, text).empty());
        CHECK(fields(tr("en", text)) == fields(tr("sv", text)));
    }
}

TEST_CASE("the built-in rubric has Swedish for every text, all anchors included") {
    const Rubric& rubric = builtin_rubric();
    CHECK(rubric.languages == std::vector<std::string>{"en", "sv"});
    int texts = 0;
    for_each_text(rubric, [&](const std::string& what, const LocalizedText& text) {
        CAPTURE(what);
        CHECK(text.has("sv", "en"));
        CHECK(text.in("sv") != text.in("en"));
        ++texts;
    });
    CHECK(texts > 200);
    for (const Item& item : rubric.items)
        for (const LocalizedText& anchor : item.anchors) CHECK(anchor.has("sv", "en"));
}

TEST_CASE("decimal comma only where asked") {
    CHECK(human_decimal("sv", 3.5, 2) == "3,50");
    CHECK(human_decimal("en", 3.5, 2) == "3.50");
    CHECK(human_number("sv", 22.5) == "22,5");
    CHECK(human_number("sv", 40) == "40");
    CHECK(human_number("en", 22.5) == "22.5");
}

TEST_CASE("the language: --lang, then IPSFID_LANG, then the locale, then the rubric") {
    SUBCASE("nothing set: the rubric's first language") {
        const Environment env({});
        CHECK(resolve_language("", "en") == "en");
        CHECK(resolve_language("", "sv") == "sv");
    }
    SUBCASE("the flag wins") {
        const Environment env({{"IPSFID_LANG", "sv"}, {"LANG", "sv_SE.UTF-8"}});
        CHECK(resolve_language("en", "en") == "en");
    }
    SUBCASE("IPSFID_LANG before the locale") {
        const Environment env({{"IPSFID_LANG", "en"}, {"LANG", "sv_SE.UTF-8"}});
        CHECK(resolve_language("", "sv") == "en");
    }
    SUBCASE("sv_SE.UTF-8 means Swedish") {
        const Environment env({{"LANG", "sv_SE.UTF-8"}});
        CHECK(resolve_language("", "en") == "sv");
    }
    SUBCASE("LC_ALL before LC_MESSAGES before LANG") {
        const Environment env({{"LC_ALL", "en_GB.UTF-8"}, {"LC_MESSAGES", "sv_SE"}, {"LANG", "sv_SE.UTF-8"}});
        CHECK(resolve_language("", "sv") == "en");
    }
    SUBCASE("C.UTF-8 says nothing: the rubric decides") {
        const Environment env({{"LANG", "C.UTF-8"}});
        CHECK(resolve_language("", "sv") == "sv");
    }
    SUBCASE("a language the tool does not speak: the rubric decides") {
        const Environment env({{"LANG", "de_DE.UTF-8"}});
        CHECK(resolve_language("", "en") == "en");
    }
}
