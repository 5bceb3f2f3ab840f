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
    items_.push_back(std::move(diagnostic));
}

int Diagnostics::warning_count() const { return static_cast<int>(items_.size()) - errors_; }

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.location.line != b.location.line) return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
    return out;
}

}  // namespace ipsfid
