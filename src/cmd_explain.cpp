// ipsfid explain: one item's criteria, or the items of a principle or section.
#include <iostream>

#include <fmt/format.h>

#include "cli_support.hpp"
#include "commands.hpp"
#include "i18n.hpp"
#include "render_rubric.hpp"
#include "scalars.hpp"

namespace ipsfid {

CLI::App* setup_explain(CLI::App& app, ExplainOptions& options) {
    CLI::App* command = app.add_subcommand(
        "explain", "Show an item's definition, anchors, bands or components; or a principle's or section's items");
    command->add_option("ID", options.key, "Item id or number, principle id, section id or level id")->required();
    command->add_option("-f,--format", options.format, "Output: text, markdown or json")
        ->check(CLI::IsMember({"text", "markdown", "json"}));
    add_rubric_option(*command, options.rubric, "Rubric file (default: the built-in IPS-25)");
    add_lang_option(*command, options.lang);
    return command;
}

int run_explain(const ExplainOptions& options) {
    const std::optional<Rubric> rubric = choose_rubric(options.rubric, std::cerr, false);
    if (!rubric) return exit_problems;
    const auto entry = find_rubric_entry(*rubric, options.key);
    if (!entry) {
        const std::string hint = closest_match(options.key, rubric_entry_ids(*rubric));
        std::cerr << fmt::format("ipsfid: rubric '{}' has no item, principle, section or level '{}'{}\n", rubric->id,
                                 options.key, hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint));
        std::cerr << "Run 'ipsfid rubric' for the list.\n";
        return exit_usage;
    }
    const std::string lang = resolve_language(options.lang, rubric->default_language());
    return write_report("", [&](std::ostream& out) {
        if (options.format == "json") out << entry_to_json(*rubric, *entry, lang).dump(2) << '\n';
        else if (options.format == "markdown") render_entry_markdown(out, *rubric, *entry, lang);
        else render_entry_text(out, *rubric, *entry, lang);
    });
}

}  // namespace ipsfid
