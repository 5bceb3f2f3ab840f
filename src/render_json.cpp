#include <cmath>

#include "render.hpp"

namespace ipsfid {

namespace {

/// Two decimals, as a number (3.67, not "3.67").
double two_decimals(double value) { return std::round(value * 100.0) / 100.0; }

nlohmann::ordered_json diagnostic_json(const Diagnostic& d) {
    return {{"line", d.location.line},
            {"column", d.location.column},
            {"severity", std::string(severity_name(d.severity))},
            {"rule", d.rule},
            {"message", d.message}};
}

nlohmann::ordered_json text_or_null(const std::string& text) {
    return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

}  // namespace

Text gap_label_id(GapSeverity gap) {
    switch (gap) {
        case GapSeverity::major: return Text::gap_major;
        case GapSeverity::moderate: return Text::gap_moderate;
        default: return Text::gap_minor;
    }
}

Text source_label_id(ScoreSource source) {
    switch (source) {
        case ScoreSource::measure: return Text::source_measure;
        case ScoreSource::components: return Text::source_components;
        case ScoreSource::specialists: return Text::source_specialists;
        case ScoreSource::rated: break;
    }
    return Text::source_rated;
}

nlohmann::ordered_json score_to_json(const ScoreResult& r, const RenderOptions& options) {
    using json = nlohmann::ordered_json;
    const Rubric& rubric = *r.rubric;
    const Review& review = *r.review;
    const std::string& lang = options.language;

    json out;
    out["rubric"] = {{"id", rubric.id}, {"version", rubric.version}};
    out["review"] = {{"site", review.site},
                     {"date", review.date},
                     {"kind", review.kind},
                     {"file", review.file},
                     {"reviewers", review.reviewers}};
    out["total"] = r.total;
    out["max"] = r.max;
    out["level"] = r.level ? json{{"id", r.level->id}, {"label", r.level->label.in(lang)}} : json(nullptr);
    out["next_level"] = r.next_level ? json{{"id", r.next_level->id},
                                            {"label", r.next_level->label.in(lang)},
                                            {"points_needed", r.points_to_next}}
                                     : json(nullptr);
    out["next_review_due"] = text_or_null(r.next_review_due);

    json sections = json::array();
    for (const GroupScore& s : r.sections) {
        sections.push_back({{"id", rubric.sections[s.group].id},
                            {"label", rubric.sections[s.group].name.in(lang)},
                            {"score", s.score},
                            {"max", s.max}});
    }
    out["sections"] = std::move(sections);

    json principles = json::array();
    for (const GroupScore& p : r.principles) {
        json items = json::array();
        for (const std::size_t i : p.items) items.push_back(rubric.items[i].id);
        principles.push_back({{"id", rubric.principles[p.group].id},
                              {"label", rubric.principles[p.group].name.in(lang)},
                              {"items", std::move(items)},
                              {"score", p.score},
                              {"max", p.max},
                              {"mean", two_decimals(p.mean)},
                              {"gap", p.gap}});
    }
    out["principles"] = std::move(principles);

    json items = json::array();
    for (const ItemScore& s : r.items) {
        const Item& item = r.item(s);
        const Rating& rating = r.rating(s);
        json entry = {{"id", item.id},
                      {"number", item.number},
                      {"name", item.name.in(lang)},
                      {"section", rubric.sections[item.section].id},
                      {"principle", rubric.principles[item.principle].id},
                      {"score", s.score},
                      {"source", std::string(source_name(s.source))},
                      {"gap", std::string(gap_name(s.gap))}};
        entry["measure"] = rating.measure ? json(*rating.measure) : json(nullptr);
        entry["components"] = rating.components ? json(*rating.components) : json(nullptr);
        entry["specialists"] = rating.specialist_scores.empty() ? json(nullptr) : json(rating.specialist_scores);
        entry["evidence"] = text_or_null(rating.evidence);
        entry["recommendation"] = text_or_null(rating.recommendation);
        items.push_back(std::move(entry));
    }
    out["items"] = std::move(items);

    json steps = json::array();
    for (const std::size_t i : r.next_level_steps) {
        const int score = review.ratings[i].score;
        steps.push_back({{"id", rubric.items[i].id}, {"from", score}, {"to", score + 1}});
    }
    out["next_level_steps"] = std::move(steps);

    json warnings = json::array();
    for (const Diagnostic& d : r.warnings) warnings.push_back(diagnostic_json(d));
    out["warnings"] = std::move(warnings);
    return out;
}

void render_json(std::ostream& out, const std::vector<ScoreResult>& results, const RenderOptions& options) {
    if (results.size() == 1) {
        out << score_to_json(results.front(), options).dump(2) << '\n';
        return;
    }
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const ScoreResult& result : results) all.push_back(score_to_json(result, options));
    out << all.dump(2) << '\n';
}

}  // namespace ipsfid
