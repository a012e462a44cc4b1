// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where the tests find what CTest tells them (tests/CMakeLists.txt sets these variables).
namespace TestPaths {
QString serverBinary(); // OMB_SERVER_BINARY
QString sourceDir(); // OMB_SOURCE_DIR
QString coverTool(); // OMB_COVER_TOOL
} // namespace TestPaths
