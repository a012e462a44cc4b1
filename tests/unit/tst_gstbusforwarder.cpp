// SPDX-License-Identifier: GPL-3.0-or-later
// GstBusForwarder: bus messages reach the handler on the context's thread, and none is kept afterwards. A
// message holds its source element, so one kept past the sync handler kept the whole pipeline alive.

#include "common/gstbusforwarder.h"

#include <QDir>
#include <QObject>
#include <QThread>
#include <QtTest>

#include <gst/gst.h>

using namespace Qt::StringLiterals;

class tst_GstBusForwarder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliversEndOfStreamOnTheContextThread();
    void keepsNoReferenceToThePipeline();
    void leavesNoDescriptorBehind();

private:
    static GstElement *playToTheEnd();
    static int openDescriptors();
};

void tst_GstBusForwarder::initTestCase()
{
    QVERIFY(gst_init_check(nullptr, nullptr, nullptr));
}

// A short pipeline played to its end of stream through the forwarder; returns it stopped (state NULL,
// forwarding stopped, every queued delivery done), still referenced by the caller.
GstElement *tst_GstBusForwarder::playToTheEnd()
{
    GstElement *pipeline
        = gst_parse_launch("audiotestsrc num-buffers=5 ! audioconvert ! fakesink sync=false", nullptr);
    if (!pipeline)
        return nullptr;
    pipeline = GST_ELEMENT(gst_object_ref_sink(pipeline));
    QObject context;
    bool ended = false;
    GstBusForwarder::forward(pipeline, &context, [&ended](GstMessage *message) {
        ended = ended || GST_MESSAGE_TYPE(message) == GST_MESSAGE_EOS;
    });
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    QDeadlineTimer deadline(5000);
    while (!ended && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    gst_element_set_state(pipeline, GST_STATE_NULL);
    GstBusForwarder::stop(pipeline);
    QCoreApplication::sendPostedEvents(); // deliveries still queued hold their message until they run
    return ended ? pipeline : nullptr;
}

int tst_GstBusForwarder::openDescriptors()
{
    return int(QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size());
}

void tst_GstBusForwarder::deliversEndOfStreamOnTheContextThread()
{
    GstElement *pipeline = gst_parse_launch("audiotestsrc num-buffers=5 ! fakesink sync=false", nullptr);
    QVERIFY(pipeline);
    pipeline = GST_ELEMENT(gst_object_ref_sink(pipeline));
    QObject context;
    QThread *deliveredOn = nullptr;
    GstBusForwarder::forward(pipeline, &context, [&deliveredOn](GstMessage *message) {
        if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_EOS)
            deliveredOn = QThread::currentThread();
    });
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    QTRY_VERIFY_WITH_TIMEOUT(deliveredOn != nullptr, 5000);
    QCOMPARE(deliveredOn, QThread::currentThread());
    gst_element_set_state(pipeline, GST_STATE_NULL);
    GstBusForwarder::stop(pipeline);
    gst_object_unref(pipeline);
}

void tst_GstBusForwarder::keepsNoReferenceToThePipeline()
{
    GstElement *pipeline = playToTheEnd();
    QVERIFY2(pipeline, "the pipeline did not reach its end of stream");
    // Every message posted on the way (state changes, stream start, end of stream) refers to one of its
    // elements.
    QCOMPARE(GST_OBJECT_REFCOUNT_VALUE(pipeline), 1);
    gst_object_unref(pipeline);
}

void tst_GstBusForwarder::leavesNoDescriptorBehind()
{
    GstElement *first = playToTheEnd(); // GStreamer opens some descriptors on first use
    QVERIFY(first);
    gst_object_unref(first);
    const int before = openDescriptors();
    for (int i = 0; i < 5; ++i) {
        GstElement *pipeline = playToTheEnd();
        QVERIFY(pipeline);
        gst_object_unref(pipeline);
    }
    QCOMPARE(openDescriptors(), before); // a leaked bus keeps its socket pair
}

QTEST_GUILESS_MAIN(tst_GstBusForwarder)
#include "tst_gstbusforwarder.moc"
