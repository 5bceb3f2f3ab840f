#pragma once
/// Strict readers for scalar text. yaml-cpp's `as<int>()` reads `010` as
/// octal and accepts `0x10`; a fidelity score must be exactly what the
/// reviewer wrote, so numbers are parsed here by hand.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipsfid {

/// A whole number written in plain decimal digits with an optional leading
/// minus: no plus sign, no leading zeros, no exponent, no hex or octal.
std::optional<long long> parse_whole_number(std::string_view text);

/// A finite decimal number such as `20`, `22.5` or `-3`: no exponent, no
/// leading zeros (other than `0.5`), no `.inf` or `.nan`.
std::optional<double> parse_decimal(std::string_view text);

/// True for a real calendar date written `YYYY-MM-DD`.
bool is_iso_date(std::string_view text);

/// The ISO date `months` calendar months after `date`, clamped to the
/// month's last day (2026-08-31 plus 6 months is 2027-02-28).
std::string add_months(std::string_view date, int months);

/// Today's date in UTC as `YYYY-MM-DD`.
std::string today_iso_date();

/// The closest of `candidates` to `word` when it is close enough to be a
/// plausible typo; empty otherwise. Used for "did you mean" hints.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// A number as a person wrote it: 20, 22.5 (whole values without a point;
/// shortest form otherwise, safe for any finite value).
std::string format_number(double value);

/// `decimals` digits after the point, rounding half away from zero.
std::string format_decimal(double value, int decimals);

}  // namespace ipsfid
