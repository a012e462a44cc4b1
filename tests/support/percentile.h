// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>

// The one percentile of every benchmark: nearest rank, the smallest sample that has at least `percent` % of
// the samples at or below it. p100 is the maximum; an empty set gives 0.
template<typename Container> typename Container::value_type percentile(Container values, double percent)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto count = std::ptrdiff_t(values.size());
    const auto rank = std::ptrdiff_t(std::ceil(percent / 100.0 * double(count)));
    return values[std::clamp<std::ptrdiff_t>(rank - 1, 0, count - 1)];
}
