// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "realtime/snapshotsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

// A SnapshotSource whose answers the test sets directly.
class FakeSnapshotSource : public SnapshotSource
{
public:
    PlaylistSummaries playlistSummaries() const override
    {
        QJsonArray list;
        for (const QJsonObject &playlist : playlists)
            list.append(playlist);
        return {QJsonDocument(list).toJson(QJsonDocument::Compact), int(list.size())};
    }
    QJsonObject playerState() const override { return player; }
    QJsonObject trackPosition() const override { return position; }
    std::optional<QJsonObject> playlist(const QString &playlistId) const override
    {
        const auto it = playlists.constFind(playlistId);
        return it == playlists.cend() ? std::nullopt : std::optional<QJsonObject>(*it);
    }
    QJsonObject nfcStatus() const override { return nfc; }

    QMap<QString, QJsonObject> playlists;
    QJsonObject player {{QStringLiteral("state"), QStringLiteral("stopped")}, {QStringLiteral("volume"), 50}};
    QJsonObject position;
    QJsonObject nfc {{QStringLiteral("current_tag_id"), QJsonValue::Null}};
};
