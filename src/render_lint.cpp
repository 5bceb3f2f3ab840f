#include "render_lint.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "html.hpp"
#include "render.hpp"
#include "rules.hpp"
#include "terminal.hpp"

namespace ipsfid {

namespace {

std::string summary_line(const LintReport& report) {
    const std::size_t files = report.files.size();
    const int errors = report.errors();
    const int warnings = report.warnings();
    return fmt::format("{} {} checked: {} {}, {} {}.", files, files == 1 ? "file" : "files", errors,
                       errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings");
}

int shown_line(const Diagnostic& d) { return d.location.line > 0 ? d.location.line : 1; }
int shown_column(const Diagnostic& d) { return d.location.column > 0 ? d.location.column : 1; }

/// GitHub's escaping for a workflow command's message.
std::string github_data(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '%') out += "%25";
        else if (c == '\r') out += "%0D";
        else if (c == '\n') out += "%0A";
        else out += c;
    }
    return out;
}

/// GitHub's escaping for a workflow command's property value.
std::string github_property(std::string_view text) {
    std::string out;
    for (const char c : github_data(text)) {
        if (c == ':') out += "%3A";
        else if (c == ',') out += "%2C";
        else out += c;
    }
    return out;
}

}  // namespace

void render_lint_text(std::ostream& out, const LintReport& report, const LintRenderOptions& options) {
    const Style style(options.color);
    for (const LintedFile& file : report.files) {
        for (std::size_t i = 0; i < file.findings.size(); ++i) {
            const Diagnostic& d = file.findings[i];
            const std::string severity = d.severity == Severity::error ? style.red("error:") : style.yellow("warning:");
            out << sanitize_for_terminal(fmt::format("{}:{}:{}: ", d.file, shown_line(d), shown_column(d)))
                << severity << ' ' << sanitize_for_terminal(d.message) << ' ' << style.dim(fmt::format("[{}]", d.rule))
                << '\n'
                << file.excerpts[i];
        }
    }
    out << summary_line(report) << '\n';
}

void render_lint_json(std::ostream& out, const LintReport& report, const LintRenderOptions& options) {
    using json = nlohmann::ordered_json;
    json files = json::array();
    int files_with_errors = 0;
    for (const LintedFile& file : report.files) {
        json findings = json::array();
        for (const Diagnostic& d : file.findings) {
            findings.push_back({{"line", shown_line(d)},
                                {"column", shown_column(d)},
                                {"severity", std::string(severity_name(d.severity))},
                                {"rule", d.rule},
                                {"message", d.message}});
        }
        files_with_errors += file.errors() > 0;
        files.push_back({{"path", file.path},
                         {"kind", std::string(file_kind_name(file.kind))},
                         {"errors", file.errors()},
                         {"warnings", file.warnings()},
                         {"findings", std::move(findings)}});
    }
    json document = {{"schema", "ipsfid-lint/1"},
                     {"strict", options.strict},
                     {"files", std::move(files)},
                     {"summary",
                      {{"files", report.files.size()},
                       {"files_with_errors", files_with_errors},
                       {"errors", report.errors()},
                       {"warnings", report.warnings()}}}};
    out << document.dump(2) << '\n';
}

void render_lint_github(std::ostream& out, const LintReport& report, const LintRenderOptions&) {
    for (const LintedFile& file : report.files) {
        for (const Diagnostic& d : file.findings) {
            out << fmt::format("::{} file={},line={},col={},title={}::{}\n",
                               d.severity == Severity::error ? "error" : "warning", github_property(d.file),
                               shown_line(d), shown_column(d), github_property(d.rule), github_data(d.message));
        }
    }
    out << summary_line(report) << '\n';
}

std::string escape_xml(std::string_view text) {
    // The same five entities and the same refusal of control characters
    // serve XML and HTML.
    return escape_html(text);
}

void render_lint_junit(std::ostream& out, const LintReport& report, const LintRenderOptions& options) {
    struct Case {
        std::string_view rule;
        std::vector<const Diagnostic*> failing;
        std::vector<const Diagnostic*> passing;  ///< warnings that do not fail
    };
    std::string suites;
    int total_tests = 0, total_failures = 0;
    for (const LintedFile& file : report.files) {
        std::vector<Case> cases;
        for (const Rule& rule : all_rules()) {
            const bool applies = rule.scope == RuleScope::file ||
                                 (rule.scope == RuleScope::review && file.kind == FileKind::review) ||
                                 (rule.scope == RuleScope::rubric && file.kind == FileKind::rubric);
            if (applies) cases.push_back({rule.id, {}, {}});
        }
        for (const Diagnostic& d : file.findings) {
            auto found = std::find_if(cases.begin(), cases.end(), [&](const Case& c) { return c.rule == d.rule; });
            if (found == cases.end()) found = cases.insert(cases.end(), Case{d.rule, {}, {}});
            const bool fails = d.severity == Severity::error || options.strict;
            (fails ? found->failing : found->passing).push_back(&d);
        }
        int failures = 0;
        std::string body;
        for (const Case& c : cases) {
            body += fmt::format("    <testcase name=\"{}\" classname=\"ipsfid.lint.{}\">", escape_xml(c.rule),
                                file_kind_name(file.kind));
            if (!c.failing.empty()) {
                ++failures;
                std::string details;
                for (const Diagnostic* d : c.failing)
                    details += fmt::format("{}:{}:{}: {}: {}\n", d->file, shown_line(*d), shown_column(*d),
                                           severity_name(d->severity), d->message);
                body += fmt::format("\n      <failure type=\"{}\" message=\"{} {}\">{}</failure>\n    ",
                                    escape_xml(c.rule), c.failing.size(),
                                    c.failing.size() == 1 ? "finding" : "findings", escape_xml(details));
            }
            if (!c.passing.empty()) {
                std::string details;
                for (const Diagnostic* d : c.passing)
                    details += fmt::format("{}:{}:{}: warning: {}\n", d->file, shown_line(*d), shown_column(*d),
                                           d->message);
                body += fmt::format("\n      <system-out>{}</system-out>\n    ", escape_xml(details));
            }
            body += "</testcase>\n";
        }
        total_tests += static_cast<int>(cases.size());
        total_failures += failures;
        suites += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n{}"
                              "  </testsuite>\n",
                              escape_xml(file.path), cases.size(), failures, body);
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << fmt::format("<testsuites name=\"ipsfid lint\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n", total_tests,
                       total_failures)
        << suites << "</testsuites>\n";
}

}  // namespace ipsfid
