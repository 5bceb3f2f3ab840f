#include "review_writer.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "i18n.hpp"
#include "render.hpp"

namespace ipsfid {

std::string yaml_quote(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
                else out += c;
        }
    }
    return out + "\"";
}

void write_comment(std::ostream& out, std::string_view text, int indent, int hang, int width) {
    // Leading spaces of the text indent it inside the comment.
    const std::size_t inner = std::min(text.find_first_not_of(' '), text.size());
    const std::string prefix = std::string(static_cast<std::size_t>(indent), ' ') + "# " + std::string(inner, ' ');
    text.remove_prefix(inner);
    const int used = display_width(prefix);
    const std::string wrapped = wrap_text(text, width, used + hang, used);
    // wrap_text indents continuation lines with spaces; put the comment mark
    // in front of each of them.
    std::size_t start = 0;
    bool first = true;
    while (start <= wrapped.size()) {
        const std::size_t end = wrapped.find('\n', start);
        std::string_view line = std::string_view(wrapped).substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (first) {
            out << prefix << line << '\n';
        } else {
            line.remove_prefix(std::min(line.size(), static_cast<std::size_t>(used)));
            out << prefix << line << '\n';
        }
        first = false;
        if (end == std::string::npos) break;
        start = end + 1;
    }
}

std::string describe_bands(const Measure& measure, const std::string& language) {
    std::vector<const Band*> bands;
    for (const Band& band : measure.bands) bands.push_back(&band);
    std::sort(bands.begin(), bands.end(), [](const Band* a, const Band* b) { return a->score > b->score; });
    auto number = [&](double value) { return human_number(language, value); };
    std::string out;
    for (const Band* band : bands) {
        std::string range;
        if (band->lower && band->upper) {
            const Text words =
                band->lower_inclusive ? (band->upper_inclusive ? Text::band_from_up_to : Text::band_from_below)
                                      : (band->upper_inclusive ? Text::band_above_up_to : Text::band_above_below);
            range = trf(language, words, number(*band->lower), number(*band->upper));
        } else if (band->lower) {
            range = trf(language, band->lower_inclusive ? Text::band_from : Text::band_above, number(*band->lower));
        } else if (band->upper) {
            range = trf(language, band->upper_inclusive ? Text::band_up_to : Text::band_below, number(*band->upper));
        } else {
            range = tr(language, Text::band_any);
        }
        out += fmt::format("{}{}: {}", out.empty() ? "" : "; ", band->score, range);
    }
    return out;
}

void write_item_guidance(std::ostream& out, const Rubric& rubric, const Item& item, const std::string& language) {
    write_comment(out, fmt::format("{}. {} [{}]", item.number, item.name.in(language), item.id), 2);
    write_comment(out, item.definition.in(language), 2, 2);
    for (int score = rubric.scale_max; score >= rubric.scale_min; --score) {
        write_comment(out,
                      fmt::format("{}: {}", score,
                                  item.anchors[static_cast<std::size_t>(score - rubric.scale_min)].in(language)),
                      2, 3);
    }
    if (item.measure) {
        write_comment(out,
                      trf(language, Text::guidance_measure, item.measure->unit.in(language),
                          describe_bands(*item.measure, language)),
                      2, 2);
    }
    if (!item.components.empty()) {
        std::string table;
        for (std::size_t count = 0; count < item.component_scores.size(); ++count)
            table += (table.empty() ? "" : ", ") +
                     trf(language, Text::guidance_component_score, count, item.component_scores[count]);
        write_comment(out, trf(language, Text::guidance_components, table), 2, 2);
        for (const Component& component : item.components)
            write_comment(out, fmt::format("  {}: {}", component.id, component.text.in(language)), 2, 4);
    }
    if (item.per_specialist) write_comment(out, tr(language, Text::guidance_specialists), 2, 2);
    if (!item.note.empty())
        write_comment(out, fmt::format("{}: {}", tr(language, Text::heading_note), item.note.in(language)), 2, 2);
}

void write_template(std::ostream& out, const Rubric& rubric, const TemplateFields& fields) {
    const std::string& lang = fields.language;
    write_comment(out, trf(lang, Text::template_title, rubric.title.in(lang)), 0);
    write_comment(out, trf(lang, Text::template_rubric, rubric.id, rubric.version), 0);
    write_comment(out, trf(lang, Text::template_instructions, rubric.scale_min, rubric.scale_max, rubric.scale_max), 0);
    write_comment(out, tr(lang, Text::template_check), 0);
    write_comment(out, tr(lang, Text::template_report), 0);
    out << "rubric: " << rubric.id << '\n';
    out << "site: " << yaml_quote(fields.site) << '\n';
    out << "date: " << fields.date << '\n';
    out << "kind: " << fields.kind << "   # " << tr(lang, Text::template_kind_hint) << '\n';
    out << "reviewers: []   # " << tr(lang, Text::template_reviewers_hint) << '\n';
    out << "ratings:\n";
    for (std::size_t s = 0; s < rubric.sections.size(); ++s) {
        out << '\n';
        write_comment(out, fmt::format("=== {} ===", rubric.sections[s].name.in(lang)), 2);
        for (const Item& item : rubric.items) {
            if (item.section != s) continue;
            out << '\n';
            write_item_guidance(out, rubric, item, lang);
            out << "  " << item.id << ":\n";
            out << "    score: ~\n";
            out << "    evidence: \"\"\n";
            out << "    recommendation: \"\"\n";
        }
    }
}

}  // namespace ipsfid
