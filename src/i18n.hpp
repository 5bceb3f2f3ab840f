#pragma once
/// The tool's own texts (headings, labels, sentences of the reports; not the
/// rubric's, which come from the rubric file) in every language it speaks,
/// and the choice of language.
///
/// The catalogue is one list of (id, English, Swedish) entries in texts/*.inc,
/// expanded here into the Text enumeration and in i18n.cpp into the table, so
/// the two cannot drift apart. Diagnostics (file:line:col messages) stay in
/// English, as compilers' and linters' do.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace ipsfid {

enum class Text : int {
#define IPSFID_TEXT(id, en, sv) id,
#include "texts/report.inc"
#include "texts/workflow.inc"
#undef IPSFID_TEXT
    count_
};

/// The languages of the catalogue, English first.
const std::vector<std::string>& catalogue_languages();

/// The text in `language`; English for any language the catalogue lacks.
std::string_view tr(std::string_view language, Text text);

/// A catalogue text with its `{}` fields filled in.
template <typename... Args>
std::string trf(std::string_view language, Text text, Args&&... args) {
    return fmt::format(fmt::runtime(tr(language, text)), std::forward<Args>(args)...);
}

/// The id of a catalogue entry (for tests and messages).
std::string_view text_id(Text text);

/// `places` decimals with the decimal mark of `language` (a comma in
/// Swedish). For human formats only: machine formats always use a point.
std::string human_decimal(std::string_view language, double value, int places);

/// A raw value as written (22.5, 40) with the decimal mark of `language`.
std::string human_number(std::string_view language, double value);

/// The language to speak: `flag` (--lang) if given, else IPSFID_LANG, else
/// the first of LC_ALL, LC_MESSAGES and LANG that is set (sv_SE.UTF-8 means
/// "sv"; C and POSIX say nothing), else `fallback` (the rubric's first
/// language). Only languages of the catalogue are chosen from the
/// environment.
std::string resolve_language(const std::string& flag, const std::string& fallback);

}  // namespace ipsfid
