// ipsfid lint: check rubric and review files, with located findings for CI.
#include <iostream>

#include <unistd.h>

#include <fmt/format.h>

#include "cli_support.hpp"
#include "commands.hpp"
#include "lint.hpp"
#include "output.hpp"
#include "parallel.hpp"
#include "render_lint.hpp"
#include "terminal.hpp"

namespace ipsfid {

CLI::App* setup_lint(CLI::App& app, LintOptionsCli& options) {
    CLI::App* lint = app.add_subcommand("lint", "Check rubric and review files and report every problem located");
    lint->add_option("PATH", options.paths, "Files or directories (*.yaml, *.yml); - reads standard input")
        ->required();
    lint->add_option("-f,--format", options.format, "Output: text, json, github or junit")
        ->check(CLI::IsMember({"text", "json", "github", "junit"}));
    lint->add_flag("--strict", options.strict, "Warnings fail the run too");
    add_rubric_option(*lint, options.rubric, "Check reviews against this rubric (default: the rubric each review names)");
    add_jobs_option(*lint, options.jobs);
    add_output_option(*lint, options.output);
    add_color_option(*lint, options.color);
    return lint;
}

int run_lint(const LintOptionsCli& options) {
    const ColorMode color_mode = color_mode_from(options.color);
    const bool color_stderr = use_color(color_mode, STDERR_FILENO);

    CommandInputs gathered;
    if (!gather_inputs(options.paths, options.output, gathered, std::cerr)) return exit_usage;
    const std::vector<std::string>& inputs = gathered.files;
    const std::vector<Diagnostics>& walk_problems = gathered.walk_problems;

    std::optional<Rubric> rubric;
    if (!options.rubric.empty()) {
        rubric = choose_rubric(options.rubric, std::cerr, color_stderr);
        if (!rubric) return exit_problems;
    }

    LintOptions lint;
    lint.rubric = rubric ? &*rubric : nullptr;
    lint.jobs = options.jobs > 0 ? options.jobs : default_jobs();
    LintReport report = lint_files(inputs, lint);
    // A directory that could not be walked is a finding too, in input order
    // ahead of the files.
    for (auto it = walk_problems.rbegin(); it != walk_problems.rend(); ++it) {
        LintedFile file;
        file.path = it->file();
        file.findings = it->sorted();
        file.excerpts.assign(file.findings.size(), std::string());
        report.files.insert(report.files.begin(), std::move(file));
    }

    ReportOutput output(options.output);
    if (std::string error; !output.open(error)) {
        std::cerr << "ipsfid: " << error << '\n';
        return exit_failure;
    }
    LintRenderOptions render;
    render.strict = options.strict;
    render.color = options.format == "text" && output.to_stdout() && use_color(color_mode, STDOUT_FILENO);
    if (options.format == "json") render_lint_json(output.stream(), report, render);
    else if (options.format == "github") render_lint_github(output.stream(), report, render);
    else if (options.format == "junit") render_lint_junit(output.stream(), report, render);
    else render_lint_text(output.stream(), report, render);

    std::string error;
    if (!output.commit(error)) {
        std::cerr << "ipsfid: " << error << '\n';
        return exit_failure;
    }
    if (inputs.empty() && walk_problems.empty()) {
        std::cerr << "ipsfid: no *.yaml or *.yml files found\n";
        return exit_problems;
    }
    const bool failed = report.errors() > 0 || (options.strict && report.warnings() > 0);
    return failed ? exit_problems : exit_ok;
}

}  // namespace ipsfid
