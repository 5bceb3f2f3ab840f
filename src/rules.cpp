#include "rules.hpp"

namespace ipsfid {

const std::vector<Rule>& all_rules() {
    using S = RuleScope;
    constexpr Severity E = Severity::error;
    constexpr Severity W = Severity::warning;
    static const std::vector<Rule> rules = {
        {"file-unreadable", S::file, E, "the file cannot be read (missing, a directory, no permission)"},
        {"file-too-large", S::file, E, "the file is larger than the input size limit"},
        {"empty-file", S::file, E, "the file holds no YAML content"},
        {"invalid-utf8", S::file, E, "the file is not valid UTF-8 text"},
        {"yaml-syntax", S::file, E, "the file is not well-formed YAML"},
        {"yaml-alias", S::file, E, "an alias (*name) is used"},
        {"yaml-merge", S::file, E, "a merge key (<<) is used"},
        {"yaml-tag", S::file, E, "an explicit YAML tag (!!str, !x) is used"},
        {"yaml-key", S::file, E, "a mapping key is empty, a list or a mapping"},
        {"yaml-depth", S::file, E, "collections are nested too deep"},
        {"multiple-documents", S::file, E, "the file holds more than one YAML document"},
        {"duplicate-key", S::file, E, "a key appears twice in one mapping"},
        {"unknown-kind", S::file, E, "the file is neither a rubric (top-level items) nor a review (top-level ratings)"},
        {"unknown-key", S::file, E, "a key that the format does not have"},
        {"missing-key", S::file, E, "a required key is missing"},
        {"wrong-type", S::file, E, "a value of the wrong kind (text, number, list, mapping)"},
        {"text-too-long", S::file, E, "a text is longer than the limit (64 KiB)"},
        {"too-many-problems", S::file, E, "a file has more than 1000 problems; the rest are counted, not shown"},
        {"too-many", S::rubric, E, "a rubric has more items or an item more components than the limits"},

        {"unknown-value", S::review, E, "a value outside its fixed set (the review kind)"},
        {"bad-date", S::review, E, "the review date is not a calendar date written YYYY-MM-DD"},
        {"future-date", S::review, W, "the review date is in the future"},
        {"rubric-mismatch", S::review, E, "the review names another rubric than the one in use"},
        {"unknown-item", S::review, E, "a rating for an item the rubric does not have"},
        {"duplicate-item", S::review, E, "an item is rated twice (by id and by number, say)"},
        {"missing-item", S::review, E, "an item of the rubric is not rated"},
        {"unrated-item", S::review, E, "an item is listed but has no score yet"},
        {"bad-score", S::review, E, "a score is not a whole number of the scale"},
        {"no-measure", S::review, E, "a measure is given for an item without one"},
        {"measure-out-of-range", S::review, E, "a measure is outside its valid range"},
        {"no-components", S::review, E, "components are given for an item without a checklist"},
        {"unknown-component", S::review, E, "a component id the item does not have"},
        {"duplicate-component", S::review, E, "a component is listed twice"},
        {"not-per-specialist", S::review, E, "specialist scores for an item not rated per specialist"},
        {"conflicting-ratings", S::review, E, "two raw inputs give different scores and no score settles them"},
        {"score-disagrees", S::review, W, "the reviewers' score differs from the one its raw data gives"},
        {"missing-evidence", S::review, W, "an item below the top score has no evidence text"},
        {"missing-rationale", S::review, W, "a consensus settles the raters' disagreement without a rationale"},

        {"id-format", S::rubric, E, "an id is not a lowercase slug, or a language code is malformed"},
        {"duplicate-id", S::rubric, E, "an id is used twice"},
        {"scale-range", S::rubric, E, "a score or the scale itself is outside the scale's range"},
        {"item-numbering", S::rubric, E, "item numbers do not run 1..N without gaps"},
        {"unknown-reference", S::rubric, E, "a reference to a section, principle or table that does not exist"},
        {"unused-group", S::rubric, E, "a section or principle has no items"},
        {"missing-anchor", S::rubric, E, "an item lacks the anchor of a score"},
        {"level-coverage", S::rubric, E, "levels leave a gap, overlap, or go beyond the possible totals"},
        {"band-coverage", S::rubric, E, "measure bands leave a gap, overlap, or miss part of the valid range"},
        {"component-table", S::rubric, E, "component_scores lack a count or name an impossible one"},
        {"missing-translation", S::rubric, E, "a text lacks a language the rubric declares"},
        {"unknown-language", S::rubric, E, "a text is in a language the rubric does not declare"},
    };
    return rules;
}

const Rule* find_rule(std::string_view id) {
    for (const Rule& rule : all_rules()) {
        if (rule.id == id) return &rule;
    }
    return nullptr;
}

}  // namespace ipsfid
