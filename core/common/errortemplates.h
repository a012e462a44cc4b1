// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The error messages of the catalogue that carry values ("%1 not found"), as a service writes them in
// English. The build writes the definition from translations/openmusicbox_en.ts
// (translations/errortemplates.cmake).
namespace ErrorTemplates {
QStringList sources();
} // namespace ErrorTemplates
