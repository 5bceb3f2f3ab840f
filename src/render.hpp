#pragma once
/// Renderers: each turns the one scoring result into one output format and
/// writes it to a stream, never to stdout directly.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "i18n.hpp"
#include "scoring.hpp"

namespace ipsfid {

/// What every renderer needs to know besides the result.
struct RenderOptions {
    std::string language = "en";  ///< language of rubric texts and labels
    bool color = false;           ///< ANSI colour (text format only)
    int width = 80;               ///< text format line width
};

/// The catalogue text of a gap severity ("minor", "moderate", "major").
Text gap_label_id(GapSeverity gap);

/// The catalogue text of where a score came from.
Text source_label_id(ScoreSource source);

/// The report for a terminal: header, total and level, principles with bars,
/// sections, items, gaps with their targets, the steps to the next level.
void render_text(std::ostream& out, const ScoreResult& result, const RenderOptions& options);

/// The fidelity report a reviewer sends to the program, as Markdown.
void render_markdown(std::ostream& out, const ScoreResult& result, const RenderOptions& options);

/// The report as one self-contained HTML page (inline CSS and SVG charts
/// with text equivalents, a print stylesheet for A4; no scripts, nothing
/// fetched). All text from the review is escaped.
void render_html(std::ostream& out, const ScoreResult& result, const RenderOptions& options);

/// The canonical machine form of one result (stable keys, see the man page).
nlohmann::ordered_json score_to_json(const ScoreResult& result, const RenderOptions& options);

/// One JSON object for one result, an array for several.
void render_json(std::ostream& out, const std::vector<ScoreResult>& results, const RenderOptions& options);

/// Wraps `text` to `width` characters; continuation lines start with `indent`
/// spaces. The first line is not indented (the caller has written its prefix,
/// `first_used` characters long).
std::string wrap_text(std::string_view text, int width, int indent, int first_used);

/// Counts characters (UTF-8 code points) of `text`.
int display_width(std::string_view text);

/// `text` followed by spaces up to `width` characters.
std::string pad_right(std::string_view text, int width);

/// `text` after spaces up to `width` characters.
std::string pad_left(std::string_view text, int width);

/// Escapes review text for Markdown (inline and table cells).
std::string escape_markdown(std::string_view text);

}  // namespace ipsfid
