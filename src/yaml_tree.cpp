#include "yaml_tree.hpp"

#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace ipsfid {

const YamlNode* YamlNode::find(std::string_view key) const {
    for (const YamlEntry& entry : entries) {
        if (entry.key == key) return &entry.value;
    }
    return nullptr;
}

std::string_view describe_kind(const YamlNode& node) {
    switch (node.kind) {
        case YamlNode::Kind::null: return "empty";
        case YamlNode::Kind::scalar: return node.quoted ? "text" : "a single value";
        case YamlNode::Kind::sequence: return "a list";
        case YamlNode::Kind::mapping: return "a mapping";
    }
    return "a value";
}

namespace {

/// Finds the first byte that does not belong to well-formed UTF-8.
/// Returns its offset or npos.
std::size_t find_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        if (c < 0x80) length = 1;
        else if (c >= 0xC2 && c <= 0xDF) length = 2;
        else if (c >= 0xE0 && c <= 0xEF) length = 3;
        else if (c >= 0xF0 && c <= 0xF4) length = 4;
        else return i;
        if (i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
        }
        if (length == 3) {
            const auto c1 = static_cast<unsigned char>(text[i + 1]);
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return i;  // overlong, surrogate
        } else if (length == 4) {
            const auto c1 = static_cast<unsigned char>(text[i + 1]);
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) return i;  // overlong, > U+10FFFF
        }
        i += length;
    }
    return std::string_view::npos;
}

/// Builds a YamlNode tree from parser events with an explicit stack, so that
/// nesting depth never turns into recursion depth.
class TreeBuilder final : public YAML::EventHandler {
public:
    TreeBuilder(const SourceFile& source, Diagnostics& diagnostics)
        : source_(source), diagnostics_(diagnostics) {}

    std::optional<YamlNode> take_root() { return std::move(root_); }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
        YamlNode node;
        node.location = at(mark);
        finish(std::move(node));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        diagnostics_.error(at(mark), "yaml-alias",
                           "aliases (*name) are not allowed: write the value out in full");
        YamlNode node;
        node.location = at(mark);
        node.reported = true;
        finish(std::move(node));
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  const std::string& value) override {
        check_tag(mark, tag);
        YamlNode node;
        node.kind = YamlNode::Kind::scalar;
        node.quoted = tag == "!";
        node.location = at(mark);
        if (value.size() > max_text_bytes) {
            diagnostics_.error(node.location, "text-too-long",
                               fmt::format("this text is {} bytes long, more than the limit of {} bytes",
                                           value.size(), max_text_bytes));
            node.reported = true;
        } else {
            node.value = value;
        }
        finish(std::move(node));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        open(mark, tag, YamlNode::Kind::sequence);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        open(mark, tag, YamlNode::Kind::mapping);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        YamlNode node;
        bool expecting_key = true;
        bool key_usable = false;
        std::string key;
        Location key_location;
    };

    Location at(const YAML::Mark& mark) const { return source_.locate(mark.line, mark.column); }

    void check_tag(const YAML::Mark& mark, const std::string& tag) {
        if (tag.empty() || tag == "?" || tag == "!") return;
        diagnostics_.error(at(mark), "yaml-tag",
                           fmt::format("YAML tags ({}) are not used in ipsfid files: remove it", tag));
    }

    void open(const YAML::Mark& mark, const std::string& tag, YamlNode::Kind kind) {
        check_tag(mark, tag);
        if (static_cast<int>(stack_.size()) >= max_yaml_depth && skipped_depth_ == 0) {
            diagnostics_.error(at(mark), "yaml-depth",
                               fmt::format("nesting is deeper than {} levels", max_yaml_depth));
        }
        if (static_cast<int>(stack_.size()) >= max_yaml_depth || skipped_depth_ > 0) {
            ++skipped_depth_;  // too deep: parse on, but keep nothing of it
            return;
        }
        Frame frame;
        frame.node.kind = kind;
        frame.node.location = at(mark);
        stack_.push_back(std::move(frame));
    }

    void close() {
        if (skipped_depth_ > 0) {
            if (--skipped_depth_ == 0) {
                YamlNode placeholder;
                placeholder.reported = true;
                finish(std::move(placeholder));
            }
            return;
        }
        YamlNode node = std::move(stack_.back().node);
        stack_.pop_back();
        finish(std::move(node));
    }

    /// Attaches a completed node to its parent (or makes it the root).
    void finish(YamlNode node) {
        if (skipped_depth_ > 0) return;
        if (stack_.empty()) {
            root_ = std::move(node);
            return;
        }
        Frame& parent = stack_.back();
        if (parent.node.kind == YamlNode::Kind::sequence) {
            parent.node.elements.push_back(std::move(node));
            return;
        }
        if (parent.expecting_key) {
            parent.expecting_key = false;
            parent.key_location = node.location;
            parent.key_usable = node.is_scalar();
            if (node.is_scalar()) {
                parent.key = std::move(node.value);
            } else if (node.is_null()) {
                diagnostics_.error(node.location, "yaml-key", "a mapping key is empty");
            } else {
                diagnostics_.error(node.location, "yaml-key",
                                   "mapping keys must be plain names, not lists or mappings");
            }
            return;
        }
        parent.expecting_key = true;
        if (!parent.key_usable) return;
        if (parent.key == "<<" ) {
            diagnostics_.error(parent.key_location, "yaml-merge",
                               "merge keys (<<) are not allowed: write the values out in full");
            return;
        }
        for (const YamlEntry& earlier : parent.node.entries) {
            if (earlier.key != parent.key) continue;
            diagnostics_.error(parent.key_location, "duplicate-key",
                               fmt::format("duplicate key '{}' (first given at line {})", parent.key,
                                           earlier.key_location.line));
            return;  // the first value stands, as in every YAML reader
        }
        parent.node.entries.push_back({std::move(parent.key), parent.key_location, std::move(node)});
    }

    const SourceFile& source_;
    Diagnostics& diagnostics_;
    std::vector<Frame> stack_;
    std::optional<YamlNode> root_;
    int skipped_depth_ = 0;
};

/// Swallows the events of documents after the first; only their existence matters.
class IgnoreEvents final : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
    YAML::Mark start;
};

std::string describe_parser_error(const YAML::ParserException& e) {
    const std::string& message = e.msg;
    if (message == "bad file" || dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr)
        return "nesting is too deep to read";
    // yaml-cpp's messages name parser states; say what a person should look for.
    static const std::pair<std::string_view, std::string_view> plain[] = {
        {"end of map not found", "a line is indented differently from the keys around it"},
        {"end of map flow not found", "a '{' mapping or a quote is not closed"},
        {"end of sequence not found", "a list entry is indented differently from the entries around it"},
        {"end of sequence flow not found", "a '[' list or a quote is not closed"},
        {"illegal EOF in scalar", "the file ends inside quoted text: a quote is not closed"},
        {"illegal tab when looking for indentation", "a tab is used for indentation: indent with spaces"},
        {"illegal map value", "a value stands where a key was expected (is a ': ' in unquoted text?)"},
        {"illegal block entry", "a list entry ('- ') stands where it cannot start a list"},
    };
    for (const auto& [raw, text] : plain) {
        if (message == raw) return fmt::format("YAML syntax error: {} ({})", text, raw);
    }
    return fmt::format("YAML syntax error: {}", message);
}

}  // namespace

std::optional<YamlNode> parse_yaml(const SourceFile& source, Diagnostics& diagnostics) {
    const std::string& text = source.text();
    if (const std::size_t bad = source.is_ascii() ? std::string_view::npos : find_invalid_utf8(text);
        bad != std::string_view::npos) {
        // Locate the byte: count lines and the byte column before it.
        int line0 = 0;
        std::size_t line_start = 0;
        for (std::size_t i = 0; i < bad; ++i) {
            if (text[i] == '\n') {
                ++line0;
                line_start = i + 1;
            }
        }
        diagnostics.error(source.locate(line0, static_cast<int>(bad - line_start)), "invalid-utf8",
                          "the file is not valid UTF-8 text (save it as UTF-8)");
        return std::nullopt;
    }

    std::istringstream stream(text);
    TreeBuilder builder(source, diagnostics);
    try {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(builder)) {
            diagnostics.error({1, 1}, "empty-file", "the file is empty");
            return std::nullopt;
        }
        IgnoreEvents rest;
        if (parser.HandleNextDocument(rest)) {
            diagnostics.error(source.locate(rest.start.line, rest.start.column), "multiple-documents",
                              "the file holds more than one YAML document: keep one review or rubric per file");
        }
    } catch (const YAML::ParserException& e) {
        diagnostics.error(source.locate(e.mark.line, e.mark.column), "yaml-syntax", describe_parser_error(e));
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        diagnostics.error(source.locate(e.mark.line, e.mark.column), "yaml-syntax",
                          fmt::format("YAML error: {}", e.msg));
        return std::nullopt;
    }
    std::optional<YamlNode> root = builder.take_root();
    if (!root || root->is_null()) {
        diagnostics.error({1, 1}, "empty-file", "the file has no content");
        return std::nullopt;
    }
    return root;
}

}  // namespace ipsfid
