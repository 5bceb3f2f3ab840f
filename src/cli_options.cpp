// Flags shared by several subcommands.
#include "commands.hpp"
#include "i18n.hpp"

namespace ipsfid {

void add_rubric_option(CLI::App& app, std::string& rubric, const std::string& help) {
    app.add_option("--rubric", rubric, help);
}

void add_output_option(CLI::App& app, std::string& output) {
    app.add_option("-o,--output", output, "Write the report to FILE instead of standard output");
}

void add_color_option(CLI::App& app, std::string& color) {
    app.add_option("--color", color, "Colour: auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));
}

void add_jobs_option(CLI::App& app, unsigned& jobs) {
    app.add_option("-j,--jobs", jobs, "Files handled in parallel (default: hardware threads)")
        ->check(CLI::Range(1u, 256u));
}

void add_lang_option(CLI::App& app, std::string& lang) {
    app.add_option("--lang", lang,
                   "Language of the report: en or sv (default: IPSFID_LANG, then LC_ALL, LC_MESSAGES, LANG, then the "
                   "rubric's first language)")
        ->check(CLI::IsMember(catalogue_languages()));
}

}  // namespace ipsfid
