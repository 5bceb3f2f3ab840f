#include "lint.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "cli_support.hpp"
#include "parallel.hpp"
#include "review.hpp"
#include "source_file.hpp"
#include "yaml_tree.hpp"

namespace ipsfid {

std::string_view file_kind_name(FileKind kind) {
    switch (kind) {
        case FileKind::rubric: return "rubric";
        case FileKind::review: return "review";
        case FileKind::unknown: return "unknown";
    }
    return "unknown";
}

int LintedFile::errors() const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

int LintedFile::warnings() const { return static_cast<int>(findings.size()) - errors(); }

int LintReport::errors() const {
    int total = 0;
    for (const LintedFile& file : files) total += file.errors();
    return total;
}

int LintReport::warnings() const {
    int total = 0;
    for (const LintedFile& file : files) total += file.warnings();
    return total;
}

namespace {

/// One file on its way through the linter.
struct Work {
    Diagnostics diagnostics;
    std::optional<SourceFile> source;
    std::optional<YamlNode> root;
    FileKind kind = FileKind::unknown;
    std::optional<Rubric> rubric;  ///< a rubric file, when valid
    std::string rubric_id;         ///< a rubric file's id, valid or not
};

FileKind classify(const YamlNode& root) {
    if (!root.is_mapping()) return FileKind::unknown;
    if (const YamlNode* items = root.find("items"); items != nullptr && items->is_sequence()) return FileKind::rubric;
    if (root.find("ratings") != nullptr) return FileKind::review;
    return FileKind::unknown;
}

/// Warnings that only a linter gives: they point at incomplete reports
/// rather than at invalid input.
void check_review_completeness(const Review& review, const Rubric& rubric, Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < rubric.items.size(); ++i) {
        const Rating& rating = review.ratings[i];
        const auto [low, high] = std::minmax_element(rating.rater_scores.begin(), rating.rater_scores.end());
        if (rating.present && low != high && *low != *high && rating.rationale.empty()) {
            const Item& item = rubric.items[i];
            diagnostics.warning(rating.location, "missing-rationale",
                                fmt::format("item {} '{}': the raters gave {} to {} and the consensus is {}, but no "
                                            "'rationale' says why",
                                            item.number, item.id, *low, *high, rating.score));
        }
        if (rating.present && rating.score < rubric.scale_max && rating.evidence.empty()) {
            const Item& item = rubric.items[i];
            diagnostics.warning(rating.location, "missing-evidence",
                                fmt::format("item {} '{}' scores {} but gives no evidence: say what the reviewers "
                                            "saw, so that the program knows what to change",
                                            item.number, item.id, rating.score));
        }
    }
}

}  // namespace

LintReport lint_files(const std::vector<std::string>& paths, const LintOptions& options) {
    std::vector<Work> work;
    work.reserve(paths.size());
    for (const std::string& path : paths)
        work.push_back({Diagnostics(path == "-" ? std::string(stdin_display_name) : path), {}, {}, FileKind::unknown, {}, {}});

    // Pass 1: read, parse, classify; rubric files are loaded here so that
    // reviews in the same run can be checked against them.
    parallel_for(paths.size(), options.jobs, [&](std::size_t i) {
        Work& w = work[i];
        w.source = read_source_file(paths[i], w.diagnostics);
        if (!w.source) return;
        w.root = parse_yaml(*w.source, w.diagnostics);
        if (!w.root) return;
        w.kind = classify(*w.root);
        if (w.kind == FileKind::rubric) {
            if (const YamlNode* id = w.root->find("id"); id != nullptr && id->is_scalar()) w.rubric_id = id->value;
            w.rubric = load_rubric(*w.root, w.diagnostics);
            w.root.reset();
        } else if (w.kind == FileKind::unknown) {
            w.diagnostics.error(w.root->location, "unknown-kind",
                                "this is neither a rubric (a top-level 'items' list) nor a review (a top-level "
                                "'ratings' mapping)");
            w.root.reset();
        }
    });

    // Rubric ids of this run, first file first; ids of rubric files that
    // failed to load too, so a review naming one gets a clear finding instead
    // of a misleading mismatch.
    std::map<std::string, const Work*> rubric_files;
    std::map<std::string, std::string> broken_rubrics;
    for (const Work& w : work) {
        if (w.kind != FileKind::rubric || w.rubric_id.empty()) continue;
        if (w.rubric) rubric_files.emplace(w.rubric_id, &w);
        else broken_rubrics.emplace(w.rubric_id, w.diagnostics.file());
    }

    // Pass 2: reviews.
    parallel_for(paths.size(), options.jobs, [&](std::size_t i) {
        Work& w = work[i];
        if (w.kind != FileKind::review || !w.root) return;
        const Rubric* rubric = options.rubric;
        if (rubric == nullptr) {
            rubric = &builtin_rubric();
            if (const YamlNode* named = w.root->find("rubric"); named != nullptr && named->is_scalar()) {
                if (const auto found = rubric_files.find(named->value); found != rubric_files.end()) {
                    rubric = &*found->second->rubric;
                } else if (const auto broken = broken_rubrics.find(named->value); broken != broken_rubrics.end()) {
                    w.diagnostics.error(named->location, "rubric-mismatch",
                                        fmt::format("the review's rubric '{}' ({}) has errors; fix it to check this "
                                                    "review",
                                                    named->value, broken->second));
                    w.root.reset();
                    return;
                }
            }
        }
        if (auto review = load_review(*w.root, *rubric, w.diagnostics))
            check_review_completeness(*review, *rubric, w.diagnostics);
        w.root.reset();
    });

    LintReport report;
    report.files.resize(work.size());
    parallel_for(work.size(), options.jobs, [&](std::size_t i) {
        LintedFile& file = report.files[i];
        const Work& w = work[i];
        file.path = w.diagnostics.file();
        file.kind = w.kind;
        file.findings = w.diagnostics.sorted();
        for (const Diagnostic& d : file.findings)
            file.excerpts.push_back(w.source ? caret_excerpt(d, *w.source) : std::string());
    });
    return report;
}

}  // namespace ipsfid
