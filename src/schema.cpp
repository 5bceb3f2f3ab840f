#include "schema.hpp"

#include <fmt/format.h>

#include "scalars.hpp"

namespace ipsfid {

const std::string& LocalizedText::in(std::string_view language) const {
    static const std::string none;
    if (texts.empty()) return none;
    for (const auto& [code, text] : texts) {
        if (code == language) return text;
    }
    return texts.front().second;
}

bool LocalizedText::has(std::string_view language, std::string_view default_language) const {
    for (const auto& [code, text] : texts) {
        if (code == language || (code.empty() && language == default_language)) return !text.empty();
    }
    return false;
}

MappingReader::MappingReader(const YamlNode& node, std::string_view what, const std::vector<std::string>& known,
                             Diagnostics& diagnostics)
    : MappingReader(node, [text = std::string(what)] { return text; }, known, diagnostics) {}

MappingReader::MappingReader(const YamlNode& node, std::function<std::string()> describe,
                             const std::vector<std::string>& known, Diagnostics& diagnostics)
    : node_(node), describe_(std::move(describe)), diagnostics_(diagnostics) {
    if (!node.is_mapping()) {
        report_wrong_type(node, describe_(), "a mapping of keys to values", diagnostics);
        return;
    }
    check_keys(known);
}

void MappingReader::check_keys(const std::vector<std::string>& known) {
    for (const YamlEntry& entry : node_.entries) {
        bool found = false;
        for (const std::string& key : known) found = found || key == entry.key;
        if (found) continue;
        const std::string hint = closest_match(entry.key, known);
        const std::string what = describe_();
        diagnostics_.error(entry.key_location, "unknown-key",
                           hint.empty() ? fmt::format("unknown key '{}' in {}", entry.key, what)
                                        : fmt::format("unknown key '{}' in {}; did you mean '{}'?", entry.key, what,
                                                      hint));
    }
}

const YamlNode* MappingReader::optional(std::string_view key) const {
    if (!node_.is_mapping()) return nullptr;
    return node_.find(key);
}

const YamlNode* MappingReader::required(std::string_view key) const {
    if (!node_.is_mapping()) return nullptr;
    const YamlNode* value = node_.find(key);
    if (value == nullptr) {
        diagnostics_.error(node_.location, "missing-key", fmt::format("{} lacks the required key '{}'", describe_(), key));
    }
    return value;
}

std::string quote_value(const YamlNode& node) {
    if (node.is_scalar() && node.quoted) {
        std::string shown = node.value.size() > 40 ? node.value.substr(0, 37) + "..." : node.value;
        return fmt::format("the quoted text \"{}\" (write numbers without quotes)", shown);
    }
    if (node.is_scalar()) {
        std::string shown = node.value.size() > 40 ? node.value.substr(0, 37) + "..." : node.value;
        return fmt::format("'{}'", shown);
    }
    return std::string(describe_kind(node));
}

void report_wrong_type(const YamlNode& node, std::string_view what, std::string_view expected,
                       Diagnostics& diagnostics) {
    if (node.reported) return;
    diagnostics.error(node.location, "wrong-type",
                      fmt::format("{} must be {}, not {}", what, expected, quote_value(node)));
}

std::optional<std::string> read_text(const YamlNode& node, std::string_view what, Diagnostics& diagnostics) {
    if (!node.is_scalar()) {
        report_wrong_type(node, what, "text", diagnostics);
        return std::nullopt;
    }
    return node.value;
}

std::optional<long long> read_whole_number(const YamlNode& node, std::string_view what,
                                           Diagnostics& diagnostics) {
    if (node.is_scalar() && !node.quoted) {
        if (auto value = parse_whole_number(node.value)) return value;
    }
    report_wrong_type(node, what, "a whole number", diagnostics);
    return std::nullopt;
}

std::optional<double> read_decimal(const YamlNode& node, std::string_view what, Diagnostics& diagnostics) {
    if (node.is_scalar() && !node.quoted) {
        if (auto value = parse_decimal(node.value)) return value;
    }
    report_wrong_type(node, what, "a number such as 12 or 22.5", diagnostics);
    return std::nullopt;
}

std::optional<LocalizedText> read_localized(const YamlNode& node, std::string_view what,
                                            Diagnostics& diagnostics) {
    LocalizedText text;
    text.location = node.location;
    if (node.is_scalar()) {
        text.texts.emplace_back("", node.value);
        return text;
    }
    if (!node.is_mapping()) {
        report_wrong_type(node, what, "text or a mapping from language to text", diagnostics);
        return std::nullopt;
    }
    bool ok = true;
    for (const YamlEntry& entry : node.entries) {
        if (!entry.value.is_scalar()) {
            report_wrong_type(entry.value, fmt::format("the '{}' text of {}", entry.key, what), "text", diagnostics);
            ok = false;
            continue;
        }
        text.texts.emplace_back(entry.key, entry.value.value);
    }
    if (!ok) return std::nullopt;
    return text;
}

std::optional<std::vector<std::pair<std::string, Location>>> read_text_list(const YamlNode& node,
                                                                            std::string_view what,
                                                                            Diagnostics& diagnostics) {
    if (!node.is_sequence()) {
        report_wrong_type(node, what, "a list", diagnostics);
        return std::nullopt;
    }
    std::vector<std::pair<std::string, Location>> out;
    bool ok = true;
    for (const YamlNode& element : node.elements) {
        if (!element.is_scalar()) {
            report_wrong_type(element, fmt::format("each entry of {}", what), "text", diagnostics);
            ok = false;
            continue;
        }
        out.emplace_back(element.value, element.location);
    }
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace ipsfid
