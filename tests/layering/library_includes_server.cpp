// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled by the layering test with the include paths of omb_library alone, and expected to fail on the
// second line: library/ sits below server/ and must not see it. The first line shows the paths are real.
#include "library/playlistservice.h"
#include "server/apiresponse.h"
