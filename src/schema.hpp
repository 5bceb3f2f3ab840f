#pragma once
/// Helpers that read ipsfid's YAML formats strictly: unknown keys are errors
/// with a "did you mean", missing keys point at the mapping that lacks them,
/// and a value of the wrong kind says what was expected.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostics.hpp"
#include "yaml_tree.hpp"

namespace ipsfid {

/// Text in one or more languages. A plain string in a file is stored under the
/// empty language code and stands for the rubric's default language.
struct LocalizedText {
    std::vector<std::pair<std::string, std::string>> texts;  ///< language, text; file order
    Location location;

    [[nodiscard]] bool empty() const { return texts.empty(); }
    /// The text in `language`, else the default (first) text; empty when none.
    [[nodiscard]] const std::string& in(std::string_view language) const;
    /// True when the text is written in `language` (a plain string counts as `default_language`).
    [[nodiscard]] bool has(std::string_view language, std::string_view default_language) const;
};

/// Checks the keys of one mapping against the keys its format allows.
class MappingReader {
public:
    /// Reports `wrong-type` when `node` is not a mapping (then nothing is
    /// found), and `unknown-key` for every key not in `known`.
    MappingReader(const YamlNode& node, std::string_view what, const std::vector<std::string>& known,
                  Diagnostics& diagnostics);
    /// The same, with the mapping's description built only when a message
    /// needs it (the reader runs once per rating of every review).
    MappingReader(const YamlNode& node, std::function<std::string()> describe, const std::vector<std::string>& known,
                  Diagnostics& diagnostics);

    [[nodiscard]] bool is_mapping() const { return node_.is_mapping(); }
    /// The value of an optional key, or nullptr.
    [[nodiscard]] const YamlNode* optional(std::string_view key) const;
    /// The value of a required key; reports `missing-key` at the mapping when absent.
    const YamlNode* required(std::string_view key) const;

private:
    void check_keys(const std::vector<std::string>& known);

    const YamlNode& node_;
    std::function<std::string()> describe_;
    Diagnostics& diagnostics_;
};

/// Reports `wrong-type`: `what` must be `expected`, and says what was found.
void report_wrong_type(const YamlNode& node, std::string_view what, std::string_view expected,
                       Diagnostics& diagnostics);

/// A scalar as text (plain or quoted). Reports `wrong-type` for lists, mappings
/// and empty values.
std::optional<std::string> read_text(const YamlNode& node, std::string_view what, Diagnostics& diagnostics);

/// A plain whole number (see parse_whole_number); reports `wrong-type` otherwise.
std::optional<long long> read_whole_number(const YamlNode& node, std::string_view what,
                                           Diagnostics& diagnostics);

/// A plain finite decimal number (see parse_decimal); reports `wrong-type` otherwise.
std::optional<double> read_decimal(const YamlNode& node, std::string_view what, Diagnostics& diagnostics);

/// A localized text: a string, or a mapping from language code to string.
std::optional<LocalizedText> read_localized(const YamlNode& node, std::string_view what,
                                            Diagnostics& diagnostics);

/// A list of scalars as text.
std::optional<std::vector<std::pair<std::string, Location>>> read_text_list(const YamlNode& node,
                                                                            std::string_view what,
                                                                            Diagnostics& diagnostics);

/// How a value reads in a message: the scalar quoted, or its kind.
std::string quote_value(const YamlNode& node);

}  // namespace ipsfid
