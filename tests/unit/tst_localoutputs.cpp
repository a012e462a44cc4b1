// SPDX-License-Identifier: GPL-3.0-or-later
// LocalOutputs over a root and a home written by the test, laid out as /dev, /etc and a user's home are.
#include "playback/localoutputs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
void touch(const QString &path)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
}
} // namespace

class tst_LocalOutputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        qunsetenv("ALSA_CONFIG_PATH");
        QVERIFY(m_root.isValid());
        QVERIFY(m_home.isValid());
    }

    void nothingWithoutDevicesOrConfiguration()
    {
        touch(m_root.filePath(u"dev/null"_s));
        touch(m_root.filePath(u"etc/alsa/conf.d/99-pulse.conf"_s)); // a plugin's file is no output of its own
        const LocalOutputs outputs = LocalOutputs::find(m_root.path(), m_home.path());
        QVERIFY(!outputs.alsa);
        QVERIFY(!outputs.oss);
    }

    void captureAndControlDevicesAreNoOutput()
    {
        touch(m_root.filePath(u"dev/snd/controlC0"_s));
        touch(m_root.filePath(u"dev/snd/pcmC0D0c"_s));
        touch(m_root.filePath(u"dev/snd/timer"_s));
        QVERIFY(!LocalOutputs::find(m_root.path(), m_home.path()).alsa);
    }

    void aCardsPlaybackDeviceIsAnAlsaOutput()
    {
        touch(m_root.filePath(u"dev/snd/controlC1"_s));
        touch(m_root.filePath(u"dev/snd/pcmC1D0p"_s));
        const LocalOutputs outputs = LocalOutputs::find(m_root.path(), m_home.path());
        QVERIFY(outputs.alsa);
        QVERIFY(!outputs.oss);
    }

    void anAlsaConfigurationOfItsOwnMayNameAnOutput_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("system") << u"root:etc/asound.conf"_s;
        QTest::newRow("user") << u"home:.asoundrc"_s;
        QTest::newRow("environment") << u"env"_s;
    }

    void anAlsaConfigurationOfItsOwnMayNameAnOutput()
    {
        QFETCH(QString, where);
        if (where == u"env"_s)
            qputenv("ALSA_CONFIG_PATH", QFile::encodeName(m_home.filePath(u"bluetooth.conf"_s)));
        else if (where.startsWith(u"root:"_s))
            touch(m_root.filePath(where.mid(5)));
        else
            touch(m_home.filePath(where.mid(5)));
        QVERIFY(LocalOutputs::find(m_root.path(), m_home.path()).alsa);
    }

    void anOssDeviceIsAnOssOutput_data()
    {
        QTest::addColumn<QString>("device");
        QTest::newRow("dsp") << u"dev/dsp"_s;
        QTest::newRow("oss4") << u"dev/oss/oss_hdaudio0/pcm0"_s;
    }

    void anOssDeviceIsAnOssOutput()
    {
        QFETCH(QString, device);
        touch(m_root.filePath(device));
        const LocalOutputs outputs = LocalOutputs::find(m_root.path(), m_home.path());
        QVERIFY(outputs.oss);
        QVERIFY(!outputs.alsa);
    }

    void cleanup()
    {
        qunsetenv("ALSA_CONFIG_PATH");
        QVERIFY(QDir(m_root.path()).removeRecursively());
        QVERIFY(QDir(m_home.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_root.path()));
        QVERIFY(QDir().mkpath(m_home.path()));
    }

private:
    QTemporaryDir m_root;
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(tst_LocalOutputs)
#include "tst_localoutputs.moc"
