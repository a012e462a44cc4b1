// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

struct ApiRequest;
class FieldValidator;

// An integer query parameter in [min, max]: fallback when absent; empty (with the reason added to errors)
// when it is not an integer in range.
std::optional<int> queryInt(const ApiRequest &request, const QString &key, int fallback, int min, int max,
                            FieldValidator &errors);
