// SPDX-License-Identifier: GPL-3.0-or-later
// The GStreamer elements the box's pipelines pick (GstStartup, GstSinkChain), seen in what the process loads:
// an MP3 is decoded by mpg123 and libavcodec stays unloaded; with no PulseAudio-protocol server anywhere and
// no sound card, neither pulsesink, JACK, ALSA nor OSS is loaded to be tried; a server's socket in the
// session's runtime directory is found without PULSE_SERVER, and the sink chain hands it slices of its
// decoder's batches, a fake sink whole ones; a decoder in playbin hands over its samples in batches
// (DecoderBatch). The order matters: each test checks what the ones before have not loaded.
#include "audiofixtures.h"
#include "common/gststartup.h"
#include "playback/decoderbatch.h"
#include "playback/gainstage.h"
#include "playback/gstsinkchain.h"
#include "pulseaudioserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gst/gst.h>

#include <algorithm>

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

// Plays the pipeline to its end and drops it; returns the length of every buffer `sink` received, or none
// when the pipeline failed or did not end within 20 s.
QList<qint64> durationsOfWhatReaches(GstElement *sink, GstElement *pipeline)
{
    QList<qint64> durationsNs; // written by the streaming thread, read after the end
    GstPad *input = gst_element_get_static_pad(sink, "sink");
    gst_pad_add_probe(
        input, GST_PAD_PROBE_TYPE_BUFFER,
        [](GstPad *, GstPadProbeInfo *info, gpointer durations) {
            static_cast<QList<qint64> *>(durations)->append(
                qint64(GST_BUFFER_DURATION(GST_PAD_PROBE_INFO_BUFFER(info))));
            return GST_PAD_PROBE_OK;
        },
        &durationsNs, nullptr);
    gst_object_unref(input);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    GstBus *bus = gst_element_get_bus(pipeline);
    GstMessage *end = gst_bus_timed_pop_filtered(bus, 20 * GST_SECOND,
                                                 GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
    const bool ended = end && GST_MESSAGE_TYPE(end) == GST_MESSAGE_EOS;
    if (end)
        gst_message_unref(end);
    gst_object_unref(bus);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
    return ended ? durationsNs : QList<qint64>();
}

// What reaches the chain's sink when it plays three 200 ms buffers.
QList<qint64> durationsAtTheSink(const GstSinkChain &chain)
{
    GstElement *pipeline = gst_pipeline_new(nullptr);
    GstElement *source = gst_element_factory_make("audiotestsrc", nullptr);
    g_object_set(source, "samplesperbuffer", 9600, "num-buffers", 3, nullptr);
    GstElement *rate = gst_element_factory_make("capsfilter", nullptr);
    GstCaps *caps = gst_caps_from_string("audio/x-raw,rate=48000");
    g_object_set(rate, "caps", caps, nullptr);
    gst_caps_unref(caps);
    gst_bin_add_many(GST_BIN(pipeline), source, rate, chain.bin(), nullptr);
    gst_element_link_many(source, rate, chain.bin(), nullptr);
    return durationsOfWhatReaches(chain.sink(), pipeline);
}

} // namespace

class tst_GstElementChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mp3IsDecodedByMpg123();
    void noServerNorCardLoadsNoOutputLibrary();
    void sessionSocketFindsTheServer();
    void decoderHandsOverBatches();

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

void tst_GstElementChoice::noServerNorCardLoadsNoOutputLibrary()
{
    QVERIFY2(!QFileInfo::exists(u"/run/pulse/native"_s),
             "a system-wide PulseAudio server runs on this machine");
    QTemporaryDir emptyRuntime;
    qunsetenv("PULSE_SERVER");
    qunsetenv("PULSE_RUNTIME_PATH");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(emptyRuntime.path()));

    GstSinkChain::passOverMissing(LocalOutputs {}); // whatever this machine has
    GstSinkChain::warmUp(QString());
    GainStage gain(5);
    const GstSinkChain chain(gain, QString());

    QCOMPARE(chain.sinkName(), u"autoaudiosink"_s);
    // A fake sink takes each buffer at once: a fade cannot be late there, and the buffers are not sliced.
    QCOMPARE(durationsAtTheSink(chain), QList<qint64>(3, 200 * GST_MSECOND));
    const QByteArray mapped = mappedFiles();
    QVERIFY(mapped.contains("libgstautodetect"));
    QVERIFY(!mapped.contains("libgstpulseaudio"));
    QVERIFY(!mapped.contains("libgstjack"));
    QVERIFY(!mapped.contains("libjack"));
    QVERIFY(!mapped.contains("libgstalsa"));
    QVERIFY(!mapped.contains("libasound"));
    QVERIFY(!mapped.contains("libpulse"));
    QVERIFY(!mapped.contains("libgstoss"));
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
    // The server's sink holds what it is handed until the server takes it: slices keep a fade prompt.
    const QList<qint64> durationsNs = durationsAtTheSink(chain);
    QCOMPARE(durationsNs.size(), 30);
    QVERIFY(std::all_of(durationsNs.cbegin(), durationsNs.cend(),
                        [](qint64 ns) { return ns == GstSinkChain::sliceMs * GST_MSECOND; }));
}

void tst_GstElementChoice::decoderHandsOverBatches()
{
    const QString mp3 = AudioFixtures::make(m_dir.path(), u"batch"_s, u"mp3"_s, 4000);
    QVERIFY(!mp3.isEmpty());
    GstElement *playbin = gst_element_factory_make("playbin", nullptr);
    GstElement *sink = gst_element_factory_make("fakesink", nullptr);
    QVERIFY(playbin && sink);
    g_object_set(playbin, "uri", QUrl::fromLocalFile(mp3).toEncoded().constData(), "audio-sink", sink,
                 "flags", 0x2, nullptr);
    DecoderBatch::applyTo(playbin);
    QList<qint64> durationsNs = durationsOfWhatReaches(sink, playbin);

    QVERIFY2(durationsNs.size() >= 10, qPrintable(QString::number(durationsNs.size())));
    durationsNs.removeLast(); // what is left at the end of the stream
    const qint64 shortest = *std::min_element(durationsNs.cbegin(), durationsNs.cend());
    QVERIFY2(shortest >= DecoderBatch::minimumNs, qPrintable(u"%1 ns"_s.arg(shortest)));
}

QTEST_GUILESS_MAIN(tst_GstElementChoice)
#include "tst_gstelementchoice.moc"
