// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// HTTP header name/value pairs in the order they go on the wire. Here rather than in server/, because the
// operation tracker of realtime/ stores whole replies for retried requests.
using HeaderList = QList<QPair<QByteArray, QByteArray>>;
