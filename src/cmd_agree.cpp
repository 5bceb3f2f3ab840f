// ipsfid agree: how far independent raters of one visit agree, and the
// consensus file to settle their differences in.
#include <iostream>

#include <fmt/format.h>

#include "agreement.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "i18n.hpp"

namespace ipsfid {

CLI::App* setup_agree(CLI::App& app, AgreeOptions& options) {
    CLI::App* command = app.add_subcommand(
        "agree", "Compare independent ratings of one visit: agreement, kappa, and the items to settle");
    command->add_option("REVIEW", options.reviews, "Two or more review files of the same site, one per rater")
        ->required()
        ->expected(2, -1);
    command->add_option("-f,--format", options.format, "Output: text or json")->check(CLI::IsMember({"text", "json"}));
    command->add_option("--consensus-out", options.consensus_out,
                        "Write a review file for the consensus meeting: agreed scores filled in, the rest to settle");
    add_rubric_option(*command, options.rubric, "Rubric file (default: the built-in IPS-25)");
    add_lang_option(*command, options.lang);
    return command;
}

int run_agree(const AgreeOptions& options) {
    CommandInputs gathered;
    if (!gather_inputs(options.reviews, options.consensus_out, gathered, std::cerr)) return exit_usage;
    const std::optional<Rubric> rubric = choose_rubric(options.rubric, std::cerr, false);
    if (!rubric) return exit_problems;

    std::vector<Review> reviews;
    bool valid = true;
    for (const std::string& path : gathered.files) {
        LoadedReview loaded = load_review_input(path, *rubric);
        print_diagnostics(std::cerr, loaded.diagnostics.sorted(), loaded.source ? &*loaded.source : nullptr, false);
        if (loaded.review) reviews.push_back(std::move(*loaded.review));
        else valid = false;
    }
    if (!valid) return exit_problems;
    if (reviews.size() < 2) {
        std::cerr << "ipsfid: agree needs the reviews of at least two raters\n";
        return exit_usage;
    }
    std::vector<const Review*> raters;
    for (const Review& review : reviews) {
        raters.push_back(&review);
        if (review.site != reviews.front().site)
            std::cerr << fmt::format("ipsfid: warning: {} is of site '{}', {} of '{}': are these the same visit?\n",
                                     review.file, review.site, reviews.front().file, reviews.front().site);
        else if (review.date != reviews.front().date)
            std::cerr << fmt::format("ipsfid: warning: {} is dated {}, {} {}: are these the same visit?\n", review.file,
                                     review.date, reviews.front().file, reviews.front().date);
    }
    const Agreement agreement = compute_agreement(*rubric, raters);
    const std::string lang = resolve_language(options.lang, rubric->default_language());

    if (!options.consensus_out.empty()) {
        const int written = write_report(options.consensus_out, [&](std::ostream& out) {
            write_consensus(out, agreement, *rubric, raters, lang);
        });
        if (written != exit_ok) return written;
    }
    return write_report("", [&](std::ostream& out) {
        if (options.format == "json") out << agreement_to_json(agreement, *rubric).dump(2) << '\n';
        else render_agreement_text(out, agreement, *rubric, reviews.front(), lang);
    });
}

}  // namespace ipsfid
