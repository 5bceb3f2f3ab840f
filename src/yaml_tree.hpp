#pragma once
/// A small, immutable YAML tree that remembers where every value stands.
///
/// Built from yaml-cpp's event parser rather than `YAML::Node`: the event API is
/// faster, and building our own tree lets us refuse what `YAML::Node` accepts
/// silently (duplicate keys, aliases, several documents) with a located error.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "source_file.hpp"

namespace ipsfid {

struct YamlEntry;

/// One YAML value with its position.
struct YamlNode {
    enum class Kind { null, scalar, sequence, mapping };

    Kind kind = Kind::null;
    /// True when a scalar was written in quotes or as a block (`|`, `>`):
    /// such a value is text, never a number.
    bool quoted = false;
    /// True when a problem with this value was reported already (an alias,
    /// a node nested too deep): readers skip it instead of reporting it again.
    bool reported = false;
    std::string value;  ///< scalar text
    Location location;
    std::vector<YamlNode> elements;  ///< sequence elements
    std::vector<YamlEntry> entries;  ///< mapping entries in file order, keys unique

    [[nodiscard]] bool is_null() const { return kind == Kind::null; }
    [[nodiscard]] bool is_scalar() const { return kind == Kind::scalar; }
    [[nodiscard]] bool is_sequence() const { return kind == Kind::sequence; }
    [[nodiscard]] bool is_mapping() const { return kind == Kind::mapping; }

    /// The value of `key` in a mapping, or nullptr.
    [[nodiscard]] const YamlNode* find(std::string_view key) const;
};

/// A mapping entry: keys are always scalars in ipsfid's files.
struct YamlEntry {
    std::string key;
    Location key_location;
    YamlNode value;
};

/// How a kind of node is called in messages ("a mapping", "a list", ...).
std::string_view describe_kind(const YamlNode& node);

/// Deepest nesting of collections that ipsfid files may use.
inline constexpr int max_yaml_depth = 32;

/// Longest text (or key) a value may hold, in bytes: far more than any
/// evidence paragraph, far less than what would strain memory.
inline constexpr std::size_t max_text_bytes = 64 * 1024;

/// Parses the one YAML document of `source`. Syntax errors, duplicate keys,
/// aliases, tags, non-scalar keys, invalid UTF-8, extra documents and an empty
/// file are reported into `diagnostics`. Returns the tree when the file could be
/// parsed at all (even with such errors, so that a linter can go on checking),
/// or nothing on a syntax error or an empty file.
std::optional<YamlNode> parse_yaml(const SourceFile& source, Diagnostics& diagnostics);

}  // namespace ipsfid
