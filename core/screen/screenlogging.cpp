// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenlogging.h"

Q_LOGGING_CATEGORY(lcUi, "omb.ui", QtInfoMsg)
