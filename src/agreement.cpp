#include "agreement.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "i18n.hpp"
#include "render.hpp"
#include "review_writer.hpp"
#include "scalars.hpp"
#include "terminal.hpp"

namespace ipsfid {

std::optional<double> quadratic_weighted_kappa(const std::vector<int>& a, const std::vector<int>& b, int low, int high) {
    const auto k = static_cast<std::size_t>(high - low + 1);
    const double n = static_cast<double>(a.size());
    if (a.empty() || a.size() != b.size() || k < 2) return std::nullopt;
    std::vector<double> rows(k, 0.0), columns(k, 0.0);
    double observed = 0;
    auto weight = [&](std::size_t i, std::size_t j) {
        const double d = static_cast<double>(i) - static_cast<double>(j);
        return d * d / ((static_cast<double>(k) - 1) * (static_cast<double>(k) - 1));
    };
    for (std::size_t x = 0; x < a.size(); ++x) {
        const auto i = static_cast<std::size_t>(a[x] - low), j = static_cast<std::size_t>(b[x] - low);
        rows[i] += 1;
        columns[j] += 1;
        observed += weight(i, j);
    }
    double expected = 0;
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j) expected += weight(i, j) * rows[i] * columns[j] / n;
    if (expected <= 0) return std::nullopt;
    return 1.0 - observed / expected;
}

std::optional<double> fleiss_kappa(const std::vector<std::vector<int>>& ratings, int low, int high) {
    if (ratings.empty() || ratings.front().size() < 2) return std::nullopt;
    const auto k = static_cast<std::size_t>(high - low + 1);
    const double m = static_cast<double>(ratings.front().size());
    const double n = static_cast<double>(ratings.size());
    std::vector<double> totals(k, 0.0);
    double agreement = 0;
    for (const std::vector<int>& item : ratings) {
        std::vector<double> counts(k, 0.0);
        for (const int score : item) counts[static_cast<std::size_t>(score - low)] += 1;
        double sum = 0;
        for (std::size_t j = 0; j < k; ++j) {
            sum += counts[j] * (counts[j] - 1);
            totals[j] += counts[j];
        }
        agreement += sum / (m * (m - 1));
    }
    const double observed = agreement / n;
    double chance = 0;
    for (const double total : totals) chance += (total / (n * m)) * (total / (n * m));
    if (chance >= 1.0) return std::nullopt;
    return (observed - chance) / (1.0 - chance);
}

namespace {

std::string rater_name(const Review& review) {
    if (review.reviewers.empty()) return std::filesystem::path(review.file).filename().string();
    std::string names;
    for (const std::string& name : review.reviewers) names += (names.empty() ? "" : " & ") + name;
    return names;
}

/// The distinct non-empty texts, joined; a text given by several raters appears once.
std::string merge_texts(const std::vector<std::pair<std::string, std::string>>& by_rater) {
    std::vector<std::pair<std::string, std::string>> distinct;
    for (const auto& entry : by_rater) {
        if (entry.second.empty()) continue;
        const bool seen =
            std::any_of(distinct.begin(), distinct.end(), [&](const auto& d) { return d.second == entry.second; });
        if (!seen) distinct.push_back(entry);
    }
    if (distinct.size() == 1) return distinct.front().second;
    std::string out;
    for (const auto& [rater, text] : distinct) out += fmt::format("{}{}: {}", out.empty() ? "" : " ", rater, text);
    return out;
}

std::string percent(const std::string& lang, double share) {
    return trf(lang, Text::percent_value, static_cast<int>(share * 100 + 0.5));
}



}  // namespace

Agreement compute_agreement(const Rubric& rubric, const std::vector<const Review*>& reviews) {
    Agreement agreement;
    for (const Review* review : reviews) {
        agreement.raters.push_back(rater_name(*review));
        agreement.files.push_back(review->file);
    }
    const double m = static_cast<double>(reviews.size());
    std::vector<std::vector<int>> all;
    int exact = 0, within_one = 0;
    double pairwise_sum = 0;
    for (std::size_t i = 0; i < rubric.items.size(); ++i) {
        ItemAgreement item;
        item.item = i;
        for (const Review* review : reviews) item.scores.push_back(review->ratings[i].score);
        const auto [low, high] = std::minmax_element(item.scores.begin(), item.scores.end());
        item.spread = *high - *low;
        item.needs_consensus = item.spread > 0;
        item.major = item.spread >= 2;
        double agreeing_pairs = 0;
        for (std::size_t a = 0; a < item.scores.size(); ++a)
            for (std::size_t b = a + 1; b < item.scores.size(); ++b) agreeing_pairs += item.scores[a] == item.scores[b];
        item.pairwise = agreeing_pairs / (m * (m - 1) / 2);
        pairwise_sum += item.pairwise;
        exact += item.spread == 0;
        within_one += item.spread <= 1;
        all.push_back(item.scores);
        agreement.items.push_back(std::move(item));
    }
    const double n = static_cast<double>(rubric.items.size());
    agreement.exact = exact / n;
    agreement.within_one = within_one / n;
    agreement.mean_pairwise = pairwise_sum / n;
    if (reviews.size() == 2) {
        std::vector<int> a, b;
        for (const ItemAgreement& item : agreement.items) {
            a.push_back(item.scores[0]);
            b.push_back(item.scores[1]);
        }
        agreement.weighted_kappa = quadratic_weighted_kappa(a, b, rubric.scale_min, rubric.scale_max);
    } else {
        agreement.fleiss_kappa = fleiss_kappa(all, rubric.scale_min, rubric.scale_max);
    }
    return agreement;
}

void render_agreement_text(std::ostream& out, const Agreement& a, const Rubric& rubric, const Review& first,
                           const std::string& lang) {
    out << wrap_text(trf(lang, Text::agree_title, a.raters.size(), sanitize_for_terminal(first.site), first.date), 80, 2,
                     0)
        << "\n\n";
    for (std::size_t r = 0; r < a.raters.size(); ++r)
        out << fmt::format("  {}  {} ({})\n", static_cast<char>('A' + r), sanitize_for_terminal(a.raters[r]),
                           sanitize_for_terminal(a.files[r]));
    const int n = static_cast<int>(a.items.size());
    // The labels' column: 22 wide in English, wider when a language needs it.
    const Text label_ids[] = {Text::agree_exact, Text::agree_within_one, Text::agree_weighted_kappa,
                              Text::agree_fleiss_kappa};
    int label_width = 22;
    for (const Text id : label_ids) label_width = std::max(label_width, display_width(tr(lang, id)) + 2);
    auto label = [&](Text id) { return "  " + pad_right(tr(lang, id), label_width); };
    auto share = [&](double value) {
        return trf(lang, Text::agree_share, fmt::format("{:>2}", static_cast<int>(value * n + 0.5)), n, percent(lang, value));
    };
    out << '\n' << label(Text::agree_exact) << share(a.exact) << '\n';
    out << label(Text::agree_within_one) << share(a.within_one) << '\n';
    const std::string undefined(tr(lang, Text::agree_kappa_undefined));
    if (a.raters.size() == 2)
        out << label(Text::agree_weighted_kappa)
            << (a.weighted_kappa ? human_decimal(lang, *a.weighted_kappa, 2) : undefined) << "  "
            << tr(lang, Text::agree_cohen_note) << '\n';
    else
        out << label(Text::agree_fleiss_kappa) << (a.fleiss_kappa ? human_decimal(lang, *a.fleiss_kappa, 2) : undefined)
            << "  " << trf(lang, Text::agree_pairwise_note, percent(lang, a.mean_pairwise)) << '\n';

    std::vector<const ItemAgreement*> open;
    for (const ItemAgreement& item : a.items)
        if (item.needs_consensus) open.push_back(&item);
    std::stable_sort(open.begin(), open.end(),
                     [](const ItemAgreement* x, const ItemAgreement* y) { return x->spread > y->spread; });
    if (open.empty()) {
        out << '\n' << tr(lang, Text::agree_all_agreed) << '\n';
        return;
    }
    out << '\n' << trf(lang, open.size() == 1 ? Text::agree_to_settle_one : Text::agree_to_settle, open.size()) << '\n';
    // The spread column is as wide as its heading; the number stands two
    // characters in from the heading's end, the major mark after it.
    const std::string_view spread_label = tr(lang, Text::agree_col_spread);
    const int spread_width = std::max(display_width(spread_label), 4);
    std::string header = "    #  ";
    for (std::size_t r = 0; r < a.raters.size(); ++r) header += fmt::format("{:>2} ", static_cast<char>('A' + r));
    out << header << ' ' << pad_left(spread_label, spread_width) << "  " << tr(lang, Text::colh_item) << '\n';
    for (const ItemAgreement* item : open) {
        const Item& rubric_item = rubric.items[item->item];
        std::string line = fmt::format("  {:>3}  ", rubric_item.number);
        for (const int score : item->scores) line += fmt::format("{:>2} ", score);
        line += fmt::format(" {} {}  ", pad_left(std::to_string(item->spread), spread_width - 2), item->major ? "!" : " ");
        out << line << wrap_text(rubric_item.name.in(lang), 80, display_width(line), display_width(line)) << '\n';
    }
    out << "\n  ! " << tr(lang, Text::agree_major_note) << '\n';
}

nlohmann::ordered_json agreement_to_json(const Agreement& a, const Rubric& rubric) {
    using json = nlohmann::ordered_json;
    auto round4 = [](double x) { return std::round(x * 10000.0) / 10000.0; };
    json raters = json::array();
    for (std::size_t r = 0; r < a.raters.size(); ++r) raters.push_back({{"name", a.raters[r]}, {"file", a.files[r]}});
    json items = json::array();
    for (const ItemAgreement& item : a.items) {
        items.push_back({{"id", rubric.items[item.item].id},
                         {"number", rubric.items[item.item].number},
                         {"scores", item.scores},
                         {"spread", item.spread},
                         {"needs_consensus", item.needs_consensus},
                         {"major", item.major},
                         {"pairwise_agreement", round4(item.pairwise)}});
    }
    return {{"raters", std::move(raters)},
            {"agreement",
             {{"exact", round4(a.exact)},
              {"within_one", round4(a.within_one)},
              {"weighted_kappa", a.weighted_kappa ? json(round4(*a.weighted_kappa)) : json(nullptr)},
              {"fleiss_kappa", a.fleiss_kappa ? json(round4(*a.fleiss_kappa)) : json(nullptr)},
              {"mean_pairwise", round4(a.mean_pairwise)}}},
            {"items", std::move(items)}};
}

void write_consensus(std::ostream& out, const Agreement& a, const Rubric& rubric,
                     const std::vector<const Review*>& reviews, const std::string& lang) {
    const Review& first = *reviews.front();
    int open = 0;
    for (const ItemAgreement& item : a.items) open += item.needs_consensus;
    const int agreed = static_cast<int>(a.items.size()) - open;
    write_comment(out, trf(lang, Text::consensus_header, first.site, first.date, agreed, open), 0);
    write_comment(out, tr(lang, Text::consensus_instructions), 0);
    std::vector<std::string> reviewers;
    for (const Review* review : reviews)
        for (const std::string& name : review->reviewers)
            if (std::find(reviewers.begin(), reviewers.end(), name) == reviewers.end()) reviewers.push_back(name);
    out << "rubric: " << rubric.id << '\n';
    out << "site: " << yaml_quote(first.site) << '\n';
    out << "date: " << first.date << '\n';
    out << "kind: " << first.kind << '\n';
    out << "reviewers: [";
    for (std::size_t r = 0; r < reviewers.size(); ++r) out << (r ? ", " : "") << yaml_quote(reviewers[r]);
    out << "]\nratings:\n";
    for (const ItemAgreement& item : a.items) {
        const Item& rubric_item = rubric.items[item.item];
        std::vector<std::pair<std::string, std::string>> evidence, recommendations;
        for (std::size_t r = 0; r < reviews.size(); ++r) {
            evidence.emplace_back(a.raters[r], reviews[r]->ratings[item.item].evidence);
            recommendations.emplace_back(a.raters[r], reviews[r]->ratings[item.item].recommendation);
        }
        if (!item.needs_consensus) {
            out << "  " << rubric_item.id << ":\n    score: " << item.scores.front() << '\n';
        } else {
            out << '\n';
            write_comment(out,
                          trf(lang, Text::consensus_to_settle, rubric_item.number, rubric_item.name.in(lang),
                              tr(lang, item.major ? Text::consensus_major : Text::consensus_one_apart)),
                          2);
            for (std::size_t r = 0; r < reviews.size(); ++r) {
                const Rating& rating = reviews[r]->ratings[item.item];
                write_comment(out,
                              rating.evidence.empty()
                                  ? trf(lang, Text::consensus_rater_gave, a.raters[r], rating.score)
                                  : trf(lang, Text::consensus_rater_gave_evidence, a.raters[r], rating.score,
                                        rating.evidence),
                              2, 2);
            }
            for (int score = rubric.scale_max; score >= rubric.scale_min; --score) {
                const bool given = std::find(item.scores.begin(), item.scores.end(), score) != item.scores.end();
                if (given)
                    write_comment(out, fmt::format("{}: {}", score,
                                                   rubric_item.anchors[static_cast<std::size_t>(score - rubric.scale_min)]
                                                       .in(lang)),
                                  2, 3);
            }
            out << "  " << rubric_item.id << ":\n    score: ~\n    rater_scores: [";
            for (std::size_t r = 0; r < item.scores.size(); ++r) out << (r ? ", " : "") << item.scores[r];
            out << "]\n    rationale: \"\"\n";
        }
        const std::string merged_evidence = merge_texts(evidence);
        const std::string merged_recommendation = merge_texts(recommendations);
        if (!merged_evidence.empty()) out << "    evidence: " << yaml_quote(merged_evidence) << '\n';
        if (!merged_recommendation.empty()) out << "    recommendation: " << yaml_quote(merged_recommendation) << '\n';
        if (item.needs_consensus) out << '\n';
    }
}

}  // namespace ipsfid
