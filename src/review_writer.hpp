#pragma once
/// Writing review files for people to fill in: the template of a blank
/// review and the consensus file of a two-rater visit. Both carry the rubric's
/// guidance as YAML comments next to each item.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "rubric.hpp"

namespace ipsfid {

/// `text` as a double-quoted YAML scalar (escapes quotes, backslashes and
/// control characters).
std::string yaml_quote(std::string_view text);

/// Writes `text` as comment lines at `indent`, wrapped to about `width`
/// columns; continuation lines are indented by `hang` more spaces.
void write_comment(std::ostream& out, std::string_view text, int indent, int hang = 0, int width = 100);

/// The guidance comments for one item: number and name, definition, the
/// anchor of every score, the measure bands or the components, the note.
void write_item_guidance(std::ostream& out, const Rubric& rubric, const Item& item, const std::string& language);

/// The bands of a measure in words, in `language`: "5: up to 20; 4: above 20
/// up to 25; ...", with the decimal mark of the language.
std::string describe_bands(const Measure& measure, const std::string& language);

/// What goes in the header of a blank review.
struct TemplateFields {
    std::string site;
    std::string date;
    std::string kind = "independent";
    std::string language;
};

/// A blank review of every item of `rubric`, grouped by section, ready to
/// fill in. It scores once every `score: ~` is filled in; until then each
/// blank item is one clear error.
void write_template(std::ostream& out, const Rubric& rubric, const TemplateFields& fields);

}  // namespace ipsfid
