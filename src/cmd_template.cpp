// ipsfid template: write a blank review to fill in during a site visit.
#include <iostream>

#include "cli_support.hpp"
#include "commands.hpp"
#include "i18n.hpp"
#include "review.hpp"
#include "review_writer.hpp"
#include "scalars.hpp"

namespace ipsfid {

CLI::App* setup_template(CLI::App& app, TemplateOptions& options) {
    CLI::App* command = app.add_subcommand(
        "template", "Write a blank review of every item, with each item's anchors as comments, ready to fill in");
    command->add_option("--site", options.site, "The program reviewed");
    command->add_option("--date", options.date, "The review date, YYYY-MM-DD (default: today)")
        ->check([](const std::string& date) { return is_iso_date(date) ? std::string() : "not a date YYYY-MM-DD"; });
    command->add_option("--kind", options.kind, "independent or self-assessment")
        ->check(CLI::IsMember(review_kinds));
    add_rubric_option(*command, options.rubric, "Rubric file (default: the built-in IPS-25)");
    add_output_option(*command, options.output);
    add_lang_option(*command, options.lang);
    return command;
}

int run_template(const TemplateOptions& options) {
    const std::optional<Rubric> rubric = choose_rubric(options.rubric, std::cerr, false);
    if (!rubric) return exit_problems;
    TemplateFields fields;
    fields.site = options.site;
    fields.date = options.date.empty() ? today_iso_date() : options.date;
    fields.kind = options.kind;
    fields.language = resolve_language(options.lang, rubric->default_language());
    return write_report(options.output, [&](std::ostream& out) { write_template(out, *rubric, fields); });
}

}  // namespace ipsfid
