// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class StateManager;
class UploadService;

// Turns UploadService's signals into upload:progress, upload:complete and upload:error (PROTOCOL.md §5.4):
// flat, sequenced events to the playlist's room and the `playlists` room.
class UploadNotifier : public QObject
{
    Q_OBJECT
public:
    UploadNotifier(UploadService &uploads, StateManager &state, QObject *parent = nullptr);

private:
    StateManager &m_state;
};
