#include "render_rubric.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "i18n.hpp"
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


/// "next review after N months" or, in a table, "after N months".
std::string review_after(const std::string& lang, int months, bool short_form) {
    if (months == 1) return trf(lang, short_form ? Text::after_month_one : Text::next_review_after_one, months);
    return trf(lang, short_form ? Text::after_months : Text::next_review_after, months);
}

/// "Principles (a derived grouping, not part of the official scale)".
std::string principles_heading(const std::string& lang) {
    return fmt::format("{} ({})", tr(lang, Text::heading_principles), tr(lang, Text::derived_grouping_note));
}

/// The sentence under the title of the rubric: its id, version, items and totals.
std::string rubric_summary(const Rubric& rubric, const std::string& lang, const std::string& id,
                           const std::string& version) {
    const std::string items = rubric.items.size() == 1 ? std::string(tr(lang, Text::one_item))
                                                       : trf(lang, Text::n_items, rubric.items.size());
    return trf(lang, Text::rubric_summary, id, version, items, rubric.scale_min, rubric.scale_max, rubric.min_total(),
               rubric.max_total());
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

std::string_view item_type_label(const Item& item, const std::string& language) {
    if (item.measure) return tr(language, Text::type_measure);
    if (!item.components.empty()) return tr(language, Text::type_checklist);
    return tr(language, Text::type_rating);
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
        out << wrap_text(trf(lang, Text::entry_groups, rubric.sections[item.section].name.in(lang),
                             rubric.principles[item.principle].name.in(lang)),
                         width, 0, 0)
            << "\n\n";
        paragraph(out, "", item.definition.in(lang), width);
        out << '\n' << tr(lang, Text::heading_scores) << '\n';
        for (int score = rubric.scale_max; score >= rubric.scale_min; --score)
            paragraph(out, fmt::format("{}:", score),
                      item.anchors[static_cast<std::size_t>(score - rubric.scale_min)].in(lang), width);
        if (item.measure) {
            out << '\n' << tr(lang, Text::heading_measure) << '\n';
            const std::string unit = item.measure->unit.in(lang), low = human_number(lang, item.measure->min);
            paragraph(out, "",
                      item.measure->max ? trf(lang, Text::entry_measure_from_to, unit, low,
                                              human_number(lang, *item.measure->max))
                                        : trf(lang, Text::entry_measure_from, unit, low),
                      width);
            paragraph(out, "", trf(lang, Text::entry_bands, describe_bands(*item.measure, lang)), width);
        }
        if (!item.components.empty()) {
            out << '\n' << trf(lang, Text::entry_components, component_table(item)) << '\n';
            for (const Component& c : item.components) paragraph(out, fmt::format("{}:", c.id), c.text.in(lang), width);
        }
        if (item.per_specialist) {
            out << '\n';
            paragraph(out, "", tr(lang, Text::entry_per_specialist), width);
        }
        if (!item.note.empty()) {
            out << '\n' << tr(lang, Text::heading_note) << '\n';
            paragraph(out, "", item.note.in(lang), width);
        }
        return;
    }
    if (entry.kind == RubricEntry::Kind::level) {
        const Level& level = rubric.levels[entry.index];
        out << fmt::format("{} {} [{}]: {}", tr(lang, Text::col_level), level.label.in(lang), level.id,
                           trf(lang, Text::level_totals, level.min, level.max));
        if (level.review_after_months > 0) out << "; " << review_after(lang, level.review_after_months, false);
        out << '\n';
        return;
    }
    const bool principle = entry.kind == RubricEntry::Kind::principle;
    const ItemGroup& group = principle ? rubric.principles[entry.index] : rubric.sections[entry.index];
    out << wrap_text(fmt::format("{} {} [{}]", tr(lang, principle ? Text::col_principle : Text::col_section),
                                 group.name.in(lang), group.id),
                     width, 4, 0)
        << '\n';
    if (principle) out << wrap_text(tr(lang, Text::entry_principle_note), width, 0, 0) << '\n';
    out << '\n';
    for (const std::size_t i : items_of(rubric, entry)) {
        const Item& item = rubric.items[i];
        const std::string prefix = fmt::format("  {:>2}  ", item.number);
        out << prefix
            << wrap_text(fmt::format("{} [{}, {}]", item.name.in(lang), item.id, item_type_label(item, lang)), width, 6,
                         display_width(prefix))
            << '\n';
    }
}

void render_entry_markdown(std::ostream& out, const Rubric& rubric, const RubricEntry& entry, const std::string& lang) {
    if (entry.kind == RubricEntry::Kind::item) {
        const Item& item = rubric.items[entry.index];
        out << fmt::format("### {}. {}\n\n", item.number, escape_markdown(item.name.in(lang)));
        out << fmt::format("`{}`. {}\n\n", item.id,
                           trf(lang, Text::entry_groups, escape_markdown(rubric.sections[item.section].name.in(lang)),
                               escape_markdown(rubric.principles[item.principle].name.in(lang))));
        out << escape_markdown(item.definition.in(lang))
            << fmt::format("\n\n| {} | {} |\n|---:|---|\n", tr(lang, Text::col_score), tr(lang, Text::col_criterion));
        for (int score = rubric.scale_max; score >= rubric.scale_min; --score)
            out << fmt::format("| {} | {} |\n", score,
                               escape_markdown(item.anchors[static_cast<std::size_t>(score - rubric.scale_min)].in(lang)));
        out << '\n';
        if (item.measure)
            out << trf(lang, Text::md_entry_measure, escape_markdown(item.measure->unit.in(lang)),
                       escape_markdown(describe_bands(*item.measure, lang)))
                << "\n\n";
        if (!item.components.empty()) {
            out << trf(lang, Text::entry_components, component_table(item)) << ":\n\n";
            for (const Component& c : item.components)
                out << fmt::format("- `{}`: {}\n", c.id, escape_markdown(c.text.in(lang)));
            out << '\n';
        }
        if (!item.note.empty())
            out << "*" << tr(lang, Text::heading_note) << ":* " << escape_markdown(item.note.in(lang)) << "\n\n";
        return;
    }
    if (entry.kind == RubricEntry::Kind::level) {
        const Level& level = rubric.levels[entry.index];
        out << fmt::format("**{}** (`{}`): {}.\n", escape_markdown(level.label.in(lang)), level.id,
                           trf(lang, Text::level_totals, level.min, level.max));
        return;
    }
    const bool principle = entry.kind == RubricEntry::Kind::principle;
    const ItemGroup& group = principle ? rubric.principles[entry.index] : rubric.sections[entry.index];
    out << fmt::format("### {} (`{}`)\n\n", escape_markdown(group.name.in(lang)), group.id);
    if (principle) out << "*" << tr(lang, Text::entry_principle_note) << "*\n\n";
    out << fmt::format("| # | {} | {} |\n|---:|---|---|\n", tr(lang, Text::col_item), tr(lang, Text::col_type));
    for (const std::size_t i : items_of(rubric, entry))
        out << fmt::format("| {} | {} | {} |\n", rubric.items[i].number, escape_markdown(rubric.items[i].name.in(lang)),
                           item_type_label(rubric.items[i], lang));
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
    out << wrap_text(rubric_summary(rubric, lang, rubric.id, rubric.version), width, 0, 0) << "\n\n"
        << tr(lang, Text::heading_levels) << '\n';
    for (std::size_t l = rubric.levels.size(); l-- > 0;) {
        const Level& level = rubric.levels[l];
        out << fmt::format("  {:>3}-{:<3}  {}", level.min, level.max, level.label.in(lang));
        if (level.review_after_months > 0) out << " (" << review_after(lang, level.review_after_months, false) << ')';
        out << '\n';
    }
    // The type column: as wide as the widest type in this language (9 in English).
    int type_width = 0;
    for (const Text type : {Text::type_measure, Text::type_checklist, Text::type_rating})
        type_width = std::max(type_width, display_width(tr(lang, type)));
    for (std::size_t s = 0; s < rubric.sections.size(); ++s) {
        out << '\n' << rubric.sections[s].name.in(lang) << '\n';
        for (const Item& item : rubric.items) {
            if (item.section != s) continue;
            const std::string prefix =
                fmt::format("  {:>2}  {}  ", item.number, pad_right(item_type_label(item, lang), type_width));
            out << prefix << wrap_text(fmt::format("{} [{}]", item.name.in(lang), item.id), width, display_width(prefix),
                                       display_width(prefix))
                << '\n';
        }
    }
    out << '\n' << principles_heading(lang) << '\n';
    for (std::size_t p = 0; p < rubric.principles.size(); ++p) {
        std::string numbers;
        const auto members = items_of(rubric, {RubricEntry::Kind::principle, p});
        for (const std::size_t i : members) numbers += (numbers.empty() ? "" : ", ") + std::to_string(rubric.items[i].number);
        const std::string prefix = "  ";
        out << prefix
            << wrap_text(trf(lang, members.size() == 1 ? Text::rubric_principle_item_one : Text::rubric_principle_items,
                             rubric.principles[p].name.in(lang),
                             rubric.principles[p].id, numbers),
                         width, 4, 2)
            << '\n';
    }
    out << '\n' << tr(lang, Text::rubric_see_explain) << '\n';
}

void render_rubric_markdown(std::ostream& out, const Rubric& rubric, const std::string& lang) {
    out << "# " << escape_markdown(rubric.title.in(lang)) << "\n\n";
    out << rubric_summary(rubric, lang, fmt::format("`{}`", rubric.id), escape_markdown(rubric.version)) << "\n\n";
    out << "*" << escape_markdown(rubric.source.in(lang)) << "*\n\n## " << tr(lang, Text::heading_levels)
        << fmt::format("\n\n| {} | {} | {} |\n|---|---|---|\n", tr(lang, Text::heading_total), tr(lang, Text::col_level),
                       tr(lang, Text::col_next_review));
    for (std::size_t l = rubric.levels.size(); l-- > 0;) {
        const Level& level = rubric.levels[l];
        out << fmt::format("| {}-{} | {} | {} |\n", level.min, level.max, escape_markdown(level.label.in(lang)),
                           level.review_after_months > 0 ? review_after(lang, level.review_after_months, true) : "");
    }
    out << "\n## " << tr(lang, Text::heading_items)
        << fmt::format("\n\n| # | {} | {} | {} | {} |\n|---:|---|---|---|---|\n", tr(lang, Text::col_item),
                       tr(lang, Text::col_section), tr(lang, Text::col_principle), tr(lang, Text::col_type));
    for (const Item& item : rubric.items)
        out << fmt::format("| {} | {} | {} | {} | {} |\n", item.number, escape_markdown(item.name.in(lang)),
                           escape_markdown(rubric.sections[item.section].name.in(lang)),
                           escape_markdown(rubric.principles[item.principle].name.in(lang)),
                           item_type_label(item, lang));
    out << "\n*" << tr(lang, Text::rubric_md_principles_note) << "*\n\n## " << tr(lang, Text::heading_criteria)
        << "\n\n";
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
