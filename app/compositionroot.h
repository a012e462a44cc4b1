// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/settings.h"
#include "library/librarysync.h"
#include "screenservices.h"

#include <QObject>

#include <memory>

class LogBuffer;
struct BoxServices;

// Builds every service of the box, owns them, and makes the cross-service connections (the one composition
// root). Start order: database -> services -> HTTP/WebSocket listening -> devices and the library sync, so
// the first answer is never held back by hardware.
class CompositionRoot : public QObject
{
    Q_OBJECT
public:
    CompositionRoot(const Settings &settings, LogBuffer &logs, QObject *parent = nullptr);
    ~CompositionRoot() override;

    // Returns an error text, or an empty string when the box is up.
    QString start();
    void shutdown();
    // Tells systemd the box is stopping for good (not for a restart in place, which execs the same process).
    void announceStopping();
    quint16 port() const;
    // The services the kiosk screen binds to; only after start() succeeded.
    ScreenServices screenServices() const;
    void applyReloadedSettings(const Settings &settings);

Q_SIGNALS:
    void restartRequested();

private:
    // start(), in order: the database and what a power cut left; the routes; the connections between
    // services; listening; the library sync; and, once GStreamer has loaded on a worker thread, the audio
    // output, the reader and the buttons.
    QString openStorage(BoxServices &services);
    void registerRoutes(BoxServices &services);
    void connectServices(BoxServices &services);
    QString listen(BoxServices &services);
    void startAudio(BoxServices &services);
    void startInputs(BoxServices &services);
    void startLibrary(BoxServices &services);
    void onLibrarySynced(const LibrarySync::Summary &summary);
    void releaseMemory();
    // GStreamer with audible fades, gapless joins and loudness gain (AUDIO_BACKEND=gstreamer, the default) or
    // QMediaPlayer (qt).
    std::unique_ptr<class AudioBackend> createAudioBackend(BoxServices &services) const;
    Settings m_settings;
    LogBuffer &m_logs;
    std::unique_ptr<BoxServices> m_services;
    bool m_coversRechecked = false; // the first sync after start looks at every cover again
};
