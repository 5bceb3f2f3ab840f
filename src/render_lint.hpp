#pragma once
/// Renderers of a lint report. All write the same findings.

#include <ostream>

#include "lint.hpp"

namespace ipsfid {

struct LintRenderOptions {
    bool strict = false;  ///< warnings count as failures (JUnit)
    bool color = false;   ///< text only
};

/// `path:line:col: severity: message [rule]`, the source line with a caret,
/// then a summary line.
void render_lint_text(std::ostream& out, const LintReport& report, const LintRenderOptions& options);

/// The documented JSON schema "ipsfid-lint/1" (see the manual).
void render_lint_json(std::ostream& out, const LintReport& report, const LintRenderOptions& options);

/// GitHub Actions workflow commands (::error / ::warning), one per finding.
void render_lint_github(std::ostream& out, const LintReport& report, const LintRenderOptions& options);

/// JUnit XML: one testsuite per file, one testcase per rule that applies to
/// the file, named by the rule id only so CI trend tracking stays stable.
void render_lint_junit(std::ostream& out, const LintReport& report, const LintRenderOptions& options);

/// Escapes text for XML content and attributes; characters XML 1.0 cannot
/// hold become U+FFFD.
std::string escape_xml(std::string_view text);

}  // namespace ipsfid
