// SPDX-License-Identifier: GPL-3.0-or-later
// The GStreamer elements the box's pipelines pick (GstStartup, GstSinkChain), seen in what the process loads:
// an MP3 is decoded by mpg123 and libavcodec stays unloaded; with no PulseAudio-protocol server anywhere,
// neither pulsesink nor JACK is loaded to be tried; a server's socket in the session's runtime directory is
// found without PULSE_SERVER. The order matters: each test checks what the ones before have not loaded.
#include "audiofixtures.h"
#include "common/gststartup.h"
#include "playback/gainstage.h"
#include "playback/gstsinkchain.h"
#include "pulseaudioserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <gst/gst.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray mappedFiles()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

QStringList factoriesIn(GstElement *pipeline)
{
    QStringList names;
    GstIterator *elements = gst_bin_iterate_recurse(GST_BIN(pipeline));
    GValue item = G_VALUE_INIT;
    while (gst_iterator_next(elements, &item) == GST_ITERATOR_OK) {
        if (GstElementFactory *factory = gst_element_get_factory(GST_ELEMENT(g_value_get_object(&item))))
            names << QString::fromUtf8(gst_plugin_feature_get_name(GST_PLUGIN_FEATURE(factory)));
        g_value_reset(&item);
    }
    g_value_unset(&item);
    gst_iterator_free(elements);
    return names;
}

} // namespace

class tst_GstElementChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mp3IsDecodedByMpg123();
    void noSoundServerLoadsNeitherPulseNorJack();
    void sessionSocketFindsTheServer();

private:
    QTemporaryDir m_dir;
};

void tst_GstElementChoice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(GstStartup::start(&error), qPrintable(error));
}

void tst_GstElementChoice::mp3IsDecodedByMpg123()
{
    const QString mp3 = AudioFixtures::make(m_dir.path(), u"tone"_s, u"mp3"_s, 1000);
    QVERIFY2(!mp3.isEmpty(), "sox cannot write MP3 (libsox-fmt-mp3)");
    GError *error = nullptr;
    GstElement *pipeline
        = gst_parse_launch(qPrintable(u"filesrc location=\"%1\" ! decodebin ! fakesink"_s.arg(mp3)), &error);
    QVERIFY2(pipeline && !error, error ? error->message : "no pipeline");
    gst_element_set_state(pipeline, GST_STATE_PAUSED);
    GstState state = GST_STATE_NULL;
    const GstStateChangeReturn prerolled = gst_element_get_state(pipeline, &state, nullptr, 10 * GST_SECOND);
    const QStringList factories = factoriesIn(pipeline);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);

    QCOMPARE(prerolled, GST_STATE_CHANGE_SUCCESS);
    QVERIFY2(factories.contains(u"mpg123audiodec"_s), qPrintable(factories.join(u", "_s)));
    QVERIFY(!mappedFiles().contains("libavcodec"));
}

void tst_GstElementChoice::noSoundServerLoadsNeitherPulseNorJack()
{
    QVERIFY2(!QFileInfo::exists(u"/run/pulse/native"_s),
             "a system-wide PulseAudio server runs on this machine");
    QTemporaryDir emptyRuntime;
    qunsetenv("PULSE_SERVER");
    qunsetenv("PULSE_RUNTIME_PATH");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(emptyRuntime.path()));

    GstSinkChain::warmUp(QString());
    GainStage gain(5);
    const GstSinkChain chain(gain, QString());

    QCOMPARE(chain.sinkName(), u"autoaudiosink"_s);
    const QByteArray mapped = mappedFiles();
    QVERIFY(mapped.contains("libgstautodetect"));
    QVERIFY(!mapped.contains("libgstpulseaudio"));
    QVERIFY(!mapped.contains("libgstjack"));
    QVERIFY(!mapped.contains("libjack"));
}

void tst_GstElementChoice::sessionSocketFindsTheServer()
{
    PulseAudioServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QTemporaryDir runtime;
    QVERIFY(QDir(runtime.path()).mkdir(u"pulse"_s));
    QVERIFY(QFile::link(server.address().mid(u"unix:"_s.size()), runtime.filePath(u"pulse/native"_s)));
    qunsetenv("PULSE_SERVER");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));

    GainStage gain(5);
    const GstSinkChain chain(gain, QString());
    QCOMPARE(chain.sinkName(), u"pulsesink"_s);
}

QTEST_GUILESS_MAIN(tst_GstElementChoice)
#include "tst_gstelementchoice.moc"
