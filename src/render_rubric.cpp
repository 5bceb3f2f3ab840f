#include "render_rubric.hpp"

#include <fmt/format.h>

#include "render.hpp"
#include "review_writer.hpp"
#include "scalars.hpp"

namespace ipsfid {

namespace {

using json = nlohmann::ordered_json;

std::vector<std::size_t> items_of(const Rubric& rubric, const RubricEntry& entry) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < rubric.items.size(); ++i) {
        const Item& item = rubric.items[i];
        if ((entry.kind == RubricEntry::Kind::principle && item.principle == entry.index) ||
            (entry.kind == RubricEntry::Kind::section && item.section == entry.index))
            out.push_back(i);
    }
    return out;
}

json level_json(const Level& level, const std::string& lang) {
    return {{"id", level.id},
            {"label", level.label.in(lang)},
            {"min", level.min},
            {"max", level.max},
            {"review_after_months", level.review_after_months > 0 ? json(level.review_after_months) : json(nullptr)}};
}

json group_json(const Rubric& rubric, const RubricEntry& entry, const std::string& lang) {
    const bool principle = entry.kind == RubricEntry::Kind::principle;
    const ItemGroup& group = principle ? rubric.principles[entry.index] : rubric.sections[entry.index];
    json items = json::array();
    for (const std::size_t i : items_of(rubric, entry)) items.push_back(rubric.items[i].id);
    return {{"id", group.id}, {"name", group.name.in(lang)}, {"items", std::move(items)}};
}

std::string component_table(const Item& item) {
    std::string table;
    for (std::size_t count = 0; count < item.component_scores.size(); ++count)
        table += fmt::format("{}{} \u2192 {}", table.empty() ? "" : ", ", count, item.component_scores[count]);
    return table;
}

json band_json(const Band& band) {
    json out = {{"score", band.score}};
    if (band.lower) out[band.lower_inclusive ? "from" : "above"] = *band.lower;
    if (band.upper) out[band.upper_inclusive ? "to" : "below"] = *band.upper;
    return out;
}

json item_json(const Rubric& rubric, const Item& item, const std::string& lang) {
    json anchors = json::object();
    for (int score = rubric.scale_max; score >= rubric.scale_min; --score)
        anchors[std::to_string(score)] = item.anchors[static_cast<std::size_t>(score - rubric.scale_min)].in(lang);
    json out = {{"id", item.id},
                {"number", item.number},
                {"section", rubric.sections[item.section].id},
                {"principle", rubric.principles[item.principle].id},
                {"type", std::string(item_type(item))},
                {"name", item.name.in(lang)},
                {"definition", item.definition.in(lang)},
                {"anchors", std::move(anchors)},
                {"per_specialist", item.per_specialist},
                {"note", item.note.empty() ? json(nullptr) : json(item.note.in(lang))}};
    if (item.measure) {
        json bands = json::array();
        for (const Band& band : item.measure->bands) bands.push_back(band_json(band));
        out["measure"] = {{"unit", item.measure->unit.in(lang)},
                          {"min", item.measure->min},
                          {"max", item.measure->max ? json(*item.measure->max) : json(nullptr)},
                          {"bands", std::move(bands)}};
    } else {
        out["measure"] = nullptr;
    }
    json components = json::array();
    for (const Component& c : item.components) components.push_back({{"id", c.id}, {"text", c.text.in(lang)}});
    out["components"] = std::move(components);
    out["component_scores"] = item.component_scores;
    return out;
}

/// One labelled paragraph of an item's description, wrapped.
void paragraph(std::ostream& out, std::string_view label, std::string_view text, int width) {
    const std::string prefix = label.empty() ? "  " : fmt::format("  {} ", label);
    out << prefix << wrap_text(text, width, label.empty() ? 2 : 6, display_width(prefix)) << '\n';
}

}  // namespace

std::string_view item_type(const Item& item) {
    if (item.measure) return "measure";
    if (!item.components.empty()) return "checklist";
    return "rating";
}

std::optional<RubricEntry> find_rubric_entry(const Rubric& rubric, const std::string& key) {
    if (const auto item = rubric.find_item(key)) return RubricEntry{RubricEntry::Kind::item, *item};
    for (std::size_t i = 0; i < rubric.principles.size(); ++i)
        if (rubric.principles[i].id == key) return RubricEntry{RubricEntry::Kind::principle, i};
    for (std::size_t i = 0; i < rubric.sections.size(); ++i)
        if (rubric.sections[i].id == key) return RubricEntry{RubricEntry::Kind::section, i};
    for (std::size_t i = 0; i < rubric.levels.size(); ++i)
        if (rubric.levels[i].id == key) return RubricEntry{RubricEntry::Kind::level, i};
    return std::nullopt;
}

std::vector<std::string> rubric_entry_ids(const Rubric& rubric) {
    std::vector<std::string> ids = rubric.item_ids();
    for (const Principle& p : rubric.principles) ids.push_back(p.id);
    for (const Section& s : rubric.sections) ids.push_back(s.id);
    for (const Level& l : rubric.levels) ids.push_back(l.id);
    return ids;
}

void render_entry_text(std::ostream& out, const Rubric& rubric, const RubricEntry& entry, const std::string& lang,
                       int width) {
    if (entry.kind == RubricEntry::Kind::item) {
        const Item& item = rubric.items[entry.index];
        out << wrap_text(fmt::format("{}. {} [{}]", item.number, item.name.in(lang), item.id), width, 4, 0) << '\n';
        out << wrap_text(fmt::format("Section: {}. Principle: {} (a derived grouping).",
                                     rubric.sections[item.section].name.in(lang),
                                     rubric.principles[item.principle].name.in(lang)),
                         width, 0, 0)
            << "\n\n";
        paragraph(out, "", item.definition.in(lang), width);
        out << "\nScores\n";
        for (int score = rubric.scale_max; score >= rubric.scale_min; --score)
            paragraph(out, fmt::format("{}:", score),
                      item.anchors[static_cast<std::size_t>(score - rubric.scale_min)].in(lang), width);
        if (item.measure) {
            out << "\nMeasure\n";
            paragraph(out, "", fmt::format("{}, valid from {}{}.", item.measure->unit.in(lang), item.measure->min,
                                           item.measure->max ? fmt::format(" to {}", *item.measure->max) : ""),
                      width);
            paragraph(out, "", fmt::format("Bands: {}.", describe_bands(*item.measure)), width);
        }
        if (!item.components.empty()) {
            out << "\nComponents (the number in place gives the score: " << component_table(item) << ")\n";
            for (const Component& c : item.components) paragraph(out, fmt::format("{}:", c.id), c.text.in(lang), width);
        }
        if (item.per_specialist) {
            out << '\n';
            paragraph(out, "",
                      "Rated for each employment specialist: give 'specialists: [scores]'; the mean is rounded to the "
                      "closest scale point, an exact half down.",
                      width);
        }
        if (!item.note.empty()) {
            out << "\nNote\n";
            paragraph(out, "", item.note.in(lang), width);
        }
        return;
    }
    if (entry.kind == RubricEntry::Kind::level) {
        const Level& level = rubric.levels[entry.index];
        out << fmt::format("Level {} [{}]: totals {} to {}", level.label.in(lang), level.id, level.min, level.max);
        if (level.review_after_months > 0) out << fmt::format("; next review after {} months", level.review_after_months);
        out << '\n';
        return;
    }
    const bool principle = entry.kind == RubricEntry::Kind::principle;
    const ItemGroup& group = principle ? rubric.principles[entry.index] : rubric.sections[entry.index];
    out << wrap_text(fmt::format("{} {} [{}]", principle ? "Principle" : "Section", group.name.in(lang), group.id), width,
                     4, 0)
        << '\n';
    if (principle) out << "A derived grouping of items by ipsfid, not part of the official scale.\n";
    out << '\n';
    for (const std::size_t i : items_of(rubric, entry)) {
        const Item& item = rubric.items[i];
        const std::string prefix = fmt::format("  {:>2}  ", item.number);
        out << prefix
            << wrap_text(fmt::format("{} [{}, {}]", item.name.in(lang), item.id, item_type(item)), width, 6,
                         display_width(prefix))
            << '\n';
    }
}

void render_entry_markdown(std::ostream& out, const Rubric& rubric, const RubricEntry& entry, const std::string& lang) {
    if (entry.kind == RubricEntry::Kind::item) {
        const Item& item = rubric.items[entry.index];
        out << fmt::format("### {}. {}\n\n", item.number, escape_markdown(item.name.in(lang)));
        out << fmt::format("`{}`. Section: {}. Principle: {} (a derived grouping).\n\n", item.id,
                           escape_markdown(rubric.sections[item.section].name.in(lang)),
                           escape_markdown(rubric.principles[item.principle].name.in(lang)));
        out << escape_markdown(item.definition.in(lang)) << "\n\n| Score | Criterion |\n|---:|---|\n";
        for (int score = rubric.scale_max; score >= rubric.scale_min; --score)
            out << fmt::format("| {} | {} |\n", score,
                               escape_markdown(item.anchors[static_cast<std::size_t>(score - rubric.scale_min)].in(lang)));
        out << '\n';
        if (item.measure)
            out << fmt::format("Measure: {}. Bands: {}.\n\n", escape_markdown(item.measure->unit.in(lang)),
                               escape_markdown(describe_bands(*item.measure)));
        if (!item.components.empty()) {
            out << fmt::format("Components (the number in place gives the score: {}):\n\n", component_table(item));
            for (const Component& c : item.components)
                out << fmt::format("- `{}`: {}\n", c.id, escape_markdown(c.text.in(lang)));
            out << '\n';
        }
        if (!item.note.empty()) out << "*Note:* " << escape_markdown(item.note.in(lang)) << "\n\n";
        return;
    }
    if (entry.kind == RubricEntry::Kind::level) {
        const Level& level = rubric.levels[entry.index];
        out << fmt::format("**{}** (`{}`): totals {} to {}.\n", escape_markdown(level.label.in(lang)), level.id,
                           level.min, level.max);
        return;
    }
    const bool principle = entry.kind == RubricEntry::Kind::principle;
    const ItemGroup& group = principle ? rubric.principles[entry.index] : rubric.sections[entry.index];
    out << fmt::format("### {} (`{}`)\n\n", escape_markdown(group.name.in(lang)), group.id);
    if (principle) out << "*A derived grouping of items by ipsfid, not part of the official scale.*\n\n";
    out << "| # | Item | Type |\n|---:|---|---|\n";
    for (const std::size_t i : items_of(rubric, entry))
        out << fmt::format("| {} | {} | {} |\n", rubric.items[i].number, escape_markdown(rubric.items[i].name.in(lang)),
                           item_type(rubric.items[i]));
    out << '\n';
}

json entry_to_json(const Rubric& rubric, const RubricEntry& entry, const std::string& lang) {
    json out;
    switch (entry.kind) {
        case RubricEntry::Kind::item:
            out = {{"kind", "item"}};
            out.update(item_json(rubric, rubric.items[entry.index], lang));
            break;
        case RubricEntry::Kind::level:
            out = {{"kind", "level"}};
            out.update(level_json(rubric.levels[entry.index], lang));
            break;
        case RubricEntry::Kind::principle:
        case RubricEntry::Kind::section:
            out = {{"kind", entry.kind == RubricEntry::Kind::principle ? "principle" : "section"}};
            out.update(group_json(rubric, entry, lang));
            break;
    }
    return out;
}

void render_rubric_text(std::ostream& out, const Rubric& rubric, const std::string& lang, int width) {
    out << wrap_text(rubric.title.in(lang), width, 0, 0) << '\n';
    out << wrap_text(fmt::format("Rubric {}, {}. {} items scored {} to {}; totals {} to {}.", rubric.id, rubric.version,
                                 rubric.items.size(), rubric.scale_min, rubric.scale_max, rubric.min_total(),
                                 rubric.max_total()),
                     width, 0, 0)
        << "\n\nLevels\n";
    for (std::size_t l = rubric.levels.size(); l-- > 0;) {
        const Level& level = rubric.levels[l];
        out << fmt::format("  {:>3}-{:<3}  {}", level.min, level.max, level.label.in(lang));
        if (level.review_after_months > 0) out << fmt::format(" (next review after {} months)", level.review_after_months);
        out << '\n';
    }
    for (std::size_t s = 0; s < rubric.sections.size(); ++s) {
        out << '\n' << rubric.sections[s].name.in(lang) << '\n';
        for (const Item& item : rubric.items) {
            if (item.section != s) continue;
            const std::string prefix = fmt::format("  {:>2}  {:<9}  ", item.number, item_type(item));
            out << prefix << wrap_text(fmt::format("{} [{}]", item.name.in(lang), item.id), width, display_width(prefix),
                                       display_width(prefix))
                << '\n';
        }
    }
    out << "\nPrinciples (a derived grouping, not part of the official scale)\n";
    for (std::size_t p = 0; p < rubric.principles.size(); ++p) {
        std::string numbers;
        for (const std::size_t i : items_of(rubric, {RubricEntry::Kind::principle, p}))
            numbers += (numbers.empty() ? "" : ", ") + std::to_string(rubric.items[i].number);
        const std::string prefix = "  ";
        out << prefix
            << wrap_text(fmt::format("{} [{}]: items {}", rubric.principles[p].name.in(lang), rubric.principles[p].id,
                                     numbers),
                         width, 4, 2)
            << '\n';
    }
    out << "\nSee 'ipsfid explain ID' for an item's criteria.\n";
}

void render_rubric_markdown(std::ostream& out, const Rubric& rubric, const std::string& lang) {
    out << "# " << escape_markdown(rubric.title.in(lang)) << "\n\n";
    out << fmt::format("Rubric `{}`, {}. {} items scored {} to {}; totals {} to {}.\n\n", rubric.id,
                       escape_markdown(rubric.version), rubric.items.size(), rubric.scale_min, rubric.scale_max,
                       rubric.min_total(), rubric.max_total());
    out << "*" << escape_markdown(rubric.source.in(lang)) << "*\n\n## Levels\n\n| Total | Level | Next review |\n|---|---|---|\n";
    for (std::size_t l = rubric.levels.size(); l-- > 0;) {
        const Level& level = rubric.levels[l];
        out << fmt::format("| {}-{} | {} | {} |\n", level.min, level.max, escape_markdown(level.label.in(lang)),
                           level.review_after_months > 0 ? fmt::format("after {} months", level.review_after_months) : "");
    }
    out << "\n## Items\n\n| # | Item | Section | Principle | Type |\n|---:|---|---|---|---|\n";
    for (const Item& item : rubric.items)
        out << fmt::format("| {} | {} | {} | {} | {} |\n", item.number, escape_markdown(item.name.in(lang)),
                           escape_markdown(rubric.sections[item.section].name.in(lang)),
                           escape_markdown(rubric.principles[item.principle].name.in(lang)), item_type(item));
    out << "\n*The principles are a derived grouping by ipsfid, not part of the official scale.*\n\n## Criteria\n\n";
    for (std::size_t i = 0; i < rubric.items.size(); ++i)
        render_entry_markdown(out, rubric, {RubricEntry::Kind::item, i}, lang);
}

json rubric_to_json(const Rubric& rubric, const std::string& lang) {
    json sections = json::array(), principles = json::array(), levels = json::array(), items = json::array();
    for (std::size_t s = 0; s < rubric.sections.size(); ++s)
        sections.push_back(group_json(rubric, {RubricEntry::Kind::section, s}, lang));
    for (std::size_t p = 0; p < rubric.principles.size(); ++p)
        principles.push_back(group_json(rubric, {RubricEntry::Kind::principle, p}, lang));
    for (const Level& level : rubric.levels) levels.push_back(level_json(level, lang));
    for (const Item& item : rubric.items) items.push_back(item_json(rubric, item, lang));
    return {{"id", rubric.id},
            {"title", rubric.title.in(lang)},
            {"version", rubric.version},
            {"source", rubric.source.in(lang)},
            {"languages", rubric.languages},
            {"scale", {{"min", rubric.scale_min}, {"max", rubric.scale_max}}},
            {"principle_target", rubric.principle_target},
            {"sections", std::move(sections)},
            {"principles", std::move(principles)},
            {"levels", std::move(levels)},
            {"items", std::move(items)}};
}

}  // namespace ipsfid
