// ipsfid rubric: the whole scale as a readable table, or as JSON.
#include <iostream>

#include "cli_support.hpp"
#include "commands.hpp"
#include "i18n.hpp"
#include "render_rubric.hpp"

namespace ipsfid {

CLI::App* setup_rubric(CLI::App& app, RubricOptions& options) {
    CLI::App* command = app.add_subcommand("rubric", "Show the whole rubric: levels, items by section, principles");
    command->add_option("-f,--format", options.format, "Output: text, markdown (with every item's criteria) or json")
        ->check(CLI::IsMember({"text", "markdown", "json"}));
    add_rubric_option(*command, options.rubric, "Rubric file (default: the built-in IPS-25)");
    add_output_option(*command, options.output);
    add_lang_option(*command, options.lang);
    return command;
}

int run_rubric(const RubricOptions& options) {
    const std::optional<Rubric> rubric = choose_rubric(options.rubric, std::cerr, false);
    if (!rubric) return exit_problems;
    const std::string lang = resolve_language(options.lang, rubric->default_language());
    return write_report(options.output, [&](std::ostream& out) {
        if (options.format == "json") out << rubric_to_json(*rubric, lang).dump(2) << '\n';
        else if (options.format == "markdown") render_rubric_markdown(out, *rubric, lang);
        else render_rubric_text(out, *rubric, lang);
    });
}

}  // namespace ipsfid
