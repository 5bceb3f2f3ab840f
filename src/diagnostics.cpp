#include "diagnostics.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace ipsfid {

std::string_view severity_name(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

std::string format_diagnostic(const Diagnostic& d) {
    // A finding about the whole file (line 0) still names line and column 1,
    // so that every tool that parses `file:line:col:` can read it.
    const int line = d.location.line > 0 ? d.location.line : 1;
    const int column = d.location.column > 0 ? d.location.column : 1;
    return fmt::format("{}:{}:{}: {}: {} [{}]", d.file, line, column, severity_name(d.severity),
                       d.message, d.rule);
}

void Diagnostics::error(Location at, std::string rule, std::string message) {
    add({file_, at, Severity::error, std::move(rule), std::move(message)});
}

void Diagnostics::warning(Location at, std::string rule, std::string message) {
    add({file_, at, Severity::warning, std::move(rule), std::move(message)});
}

void Diagnostics::add(Diagnostic diagnostic) {
    if (diagnostic.severity == Severity::error) ++errors_;
    if (static_cast<int>(items_.size()) < max_findings_per_file) {
        items_.push_back(std::move(diagnostic));
        return;
    }
    // Keep the count honest in one last finding, at the first dropped place.
    if (dropped_++ == 0) {
        items_.push_back({file_, diagnostic.location, Severity::error, "too-many-problems", ""});
    }
    items_.back().message = fmt::format("{} more problems are not shown; fix the ones above first", dropped_);
}

int Diagnostics::warning_count() const {
    int warnings = 0;
    for (const Diagnostic& d : items_) warnings += d.severity == Severity::warning;
    return warnings;
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.location.line != b.location.line) return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
    return out;
}

}  // namespace ipsfid
