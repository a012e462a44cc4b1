// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serviceerror.h"

#include <utility>
#include <variant>

// A value or a ServiceError: what a fallible service call returns (C++20 has no std::expected).
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(ServiceError error)
        : m_value(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_value); }
    T &value() { return std::get<T>(m_value); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const ServiceError &error() const { return std::get<ServiceError>(m_value); }

private:
    std::variant<T, ServiceError> m_value;
};

// For calls that succeed with nothing to return.
struct Done
{ };
using Status = Result<Done>;
