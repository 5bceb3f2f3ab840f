#pragma once
// Helpers shared by the unit tests: load documents from strings.

#include <optional>
#include <string>

#include "review.hpp"
#include "rubric.hpp"
#include "source_file.hpp"
#include "yaml_tree.hpp"

namespace ipsfid::test {

inline std::optional<YamlNode> parse(const std::string& text, Diagnostics& diagnostics) {
    const SourceFile source(diagnostics.file(), text);
    return parse_yaml(source, diagnostics);
}

inline std::optional<Review> review_from(const std::string& text, Diagnostics& diagnostics,
                                         const Rubric& rubric = builtin_rubric()) {
    auto root = parse(text, diagnostics);
    if (!root) return std::nullopt;
    return load_review(*root, rubric, diagnostics);
}

inline std::optional<Rubric> rubric_from(const std::string& text, Diagnostics& diagnostics) {
    auto root = parse(text, diagnostics);
    if (!root) return std::nullopt;
    return load_rubric(*root, diagnostics);
}

/// True when `diagnostics` holds a finding with this rule at this position.
inline bool has_finding(const Diagnostics& diagnostics, const std::string& rule, int line, int column) {
    for (const Diagnostic& d : diagnostics.all()) {
        if (d.rule == rule && d.location.line == line && d.location.column == column) return true;
    }
    return false;
}

inline bool has_rule(const Diagnostics& diagnostics, const std::string& rule) {
    for (const Diagnostic& d : diagnostics.all()) {
        if (d.rule == rule) return true;
    }
    return false;
}

/// A review of the built-in rubric with every item at `score`, then `extra` lines appended to ratings.
inline std::string uniform_review(int score, const std::string& extra = "", const std::string& skip = "") {
    std::string text = "site: Test\ndate: 2026-01-15\nratings:\n";
    for (const Item& item : builtin_rubric().items) {
        if (item.id == skip) continue;
        text += "  " + item.id + ": " + std::to_string(score) + "\n";
    }
    return text + extra;
}

}  // namespace ipsfid::test
