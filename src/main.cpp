// ipsfid: wires the command line to the subcommands; the work is in the library.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli_support.hpp"
#include "commands.hpp"
#include "scalars.hpp"

int main(int argc, char** argv) {
    using namespace ipsfid;
    CLI::App app{"ipsfid: score program-fidelity reviews (IPS-25) and report the gaps", "ipsfid"};
    app.set_version_flag("--version", std::string("ipsfid ") + IPSFID_VERSION);
    app.require_subcommand(1);
    app.footer("Exit codes: 0 clean, 1 problems found, 2 usage error, 3 internal or output failure.\n"
               "See 'ipsfid COMMAND --help' and man ipsfid.");

    ScoreOptions score_options;
    CLI::App* score = setup_score(app, score_options);
    LintOptionsCli lint_options;
    CLI::App* lint = setup_lint(app, lint_options);
    BatchOptions batch_options;
    CLI::App* batch = setup_batch(app, batch_options);
    TemplateOptions template_options;
    CLI::App* template_command = setup_template(app, template_options);
    ExplainOptions explain_options;
    CLI::App* explain = setup_explain(app, explain_options);
    RubricOptions rubric_options;
    CLI::App* rubric = setup_rubric(app, rubric_options);
    AgreeOptions agree_options;
    CLI::App* agree = setup_agree(app, agree_options);
    CompareOptions compare_options;
    CLI::App* compare = setup_compare(app, compare_options);

    // "did you mean" for a mistyped subcommand, before CLI11 reports it as an
    // unexpected argument.
    if (argc > 1 && argv[1][0] != '-') {
        std::vector<std::string> names;
        for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
        const std::string word = argv[1];
        if (std::find(names.begin(), names.end(), word) == names.end()) {
            const std::string hint = closest_match(word, names);
            std::cerr << fmt::format("ipsfid: unknown command '{}'{}\nRun 'ipsfid --help' for the commands.\n", word,
                                     hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint));
            return exit_usage;
        }
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? exit_ok : exit_usage;
    }

    try {
        if (score->parsed()) return run_score(score_options);
        if (lint->parsed()) return run_lint(lint_options);
        if (batch->parsed()) return run_batch(batch_options);
        if (template_command->parsed()) return run_template(template_options);
        if (explain->parsed()) return run_explain(explain_options);
        if (rubric->parsed()) return run_rubric(rubric_options);
        if (agree->parsed()) return run_agree(agree_options);
        if (compare->parsed()) return run_compare(compare_options);
    } catch (const std::exception& e) {
        std::cerr << "ipsfid: internal error: " << e.what() << '\n';
        return exit_failure;
    }
    return exit_usage;
}
