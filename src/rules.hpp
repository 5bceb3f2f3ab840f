#pragma once
/// The catalogue of finding rules: every rule id ipsfid reports, what it
/// applies to and what it means. Rule ids are stable API (CI configurations
/// and JUnit reports refer to them).

#include <string_view>
#include <vector>

#include "diagnostics.hpp"

namespace ipsfid {

/// Which files a rule can apply to.
enum class RuleScope {
    file,    ///< any input: reading and YAML syntax
    review,  ///< review files
    rubric,  ///< rubric files
};

struct Rule {
    std::string_view id;
    RuleScope scope;
    Severity severity;
    std::string_view summary;  ///< one line: what the rule checks
};

/// Every rule, in a stable order (file rules, review rules, rubric rules).
const std::vector<Rule>& all_rules();

/// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);

}  // namespace ipsfid
