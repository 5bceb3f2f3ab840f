// ipsfid compare: what changed between two reviews of one site.
#include <iostream>

#include <fmt/format.h>

#include "cli_support.hpp"
#include "commands.hpp"
#include "i18n.hpp"
#include "compare.hpp"

namespace ipsfid {

CLI::App* setup_compare(CLI::App& app, CompareOptions& options) {
    CLI::App* command = app.add_subcommand(
        "compare", "Compare two reviews of one site: total, level, principles, every changed item");
    command->add_option("OLD", options.old_review, "The earlier review (or the program's self-assessment)")->required();
    command->add_option("NEW", options.new_review, "The later review (or the independent review)")->required();
    command->add_option("-f,--format", options.format, "Output: text, markdown, json or html")
        ->check(CLI::IsMember({"text", "markdown", "json", "html"}));
    add_rubric_option(*command, options.rubric, "Rubric file (default: the built-in IPS-25)");
    add_output_option(*command, options.output);
    add_lang_option(*command, options.lang);
    return command;
}

int run_compare(const CompareOptions& options) {
    CommandInputs gathered;
    if (!gather_inputs({options.old_review, options.new_review}, options.output, gathered, std::cerr)) return exit_usage;
    const std::optional<Rubric> rubric = choose_rubric(options.rubric, std::cerr, false);
    if (!rubric) return exit_problems;
    LoadedReview old_loaded = load_review_input(options.old_review, *rubric);
    LoadedReview new_loaded = load_review_input(options.new_review, *rubric);
    for (const LoadedReview* loaded : {&old_loaded, &new_loaded})
        print_diagnostics(std::cerr, loaded->diagnostics.sorted(), loaded->source ? &*loaded->source : nullptr, false);
    if (!old_loaded.review || !new_loaded.review) return exit_problems;
    const Review& older = *old_loaded.review;
    const Review& newer = *new_loaded.review;
    if (older.site != newer.site)
        std::cerr << fmt::format("ipsfid: warning: the reviews name different sites, '{}' and '{}'\n", older.site,
                                 newer.site);
    if (newer.date < older.date)
        std::cerr << fmt::format("ipsfid: warning: NEW ({}) is dated before OLD ({}); give the earlier review first\n",
                                 newer.date, older.date);

    const ScoreResult old_result = score_review(*rubric, older);
    const ScoreResult new_result = score_review(*rubric, newer);
    const Comparison comparison = compare_results(old_result, new_result);
    const std::string lang = resolve_language(options.lang, rubric->default_language());
    return write_report(options.output, [&](std::ostream& out) {
        if (options.format == "json") out << comparison_to_json(comparison, lang).dump(2) << '\n';
        else if (options.format == "markdown") render_comparison_markdown(out, comparison, lang);
        else if (options.format == "html") render_comparison_html(out, comparison, lang);
        else render_comparison_text(out, comparison, lang);
    });
}

}  // namespace ipsfid
