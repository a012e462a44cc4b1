// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadnotifier.h"

#include "realtime/statemanager.h"
#include "uploadservice.h"

using namespace Qt::StringLiterals;

namespace {

Audience audienceFor(const QString &playlistId)
{
    return Audience::to({Rooms::playlist(playlistId), Rooms::playlists()});
}

} // namespace

UploadNotifier::UploadNotifier(UploadService &uploads, StateManager &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    connect(&uploads, &UploadService::chunkStored, this,
            [this](const UploadSession &session, int chunkIndex) {
                m_state.publishFlat(u"upload:progress"_s,
                                    {{u"playlist_id"_s, session.playlistId},
                                     {u"session_id"_s, session.sessionId},
                                     {u"chunk_index"_s, chunkIndex},
                                     {u"received_chunks"_s, session.receivedChunks},
                                     {u"total_chunks"_s, session.totalChunks},
                                     {u"progress"_s, session.progress()},
                                     {u"complete"_s, session.isComplete()}},
                                    audienceFor(session.playlistId));
            });
    connect(&uploads, &UploadService::uploadCompleted, this,
            [this](const UploadSession &session, const Track &track) {
                m_state.publishFlat(u"upload:complete"_s,
                                    {{u"playlist_id"_s, session.playlistId},
                                     {u"session_id"_s, session.sessionId},
                                     {u"filename"_s, session.fileName},
                                     {u"track"_s, track.toJson()}},
                                    audienceFor(session.playlistId));
            });
    connect(&uploads, &UploadService::uploadFailed, this,
            [this](const UploadSession &session, const QString &errorType, const QString &message) {
                m_state.publishFlat(u"upload:error"_s,
                                    {{u"playlist_id"_s, session.playlistId},
                                     {u"session_id"_s, session.sessionId},
                                     {u"error_type"_s, errorType},
                                     {u"error"_s, message}},
                                    audienceFor(session.playlistId));
            });
}
