// SPDX-License-Identifier: GPL-3.0-or-later
// The box's Qt plugin folder: a link to each of Qt's plugin folders but tls, in the runtime directory only,
// mended at every start, and refused (Qt's own paths kept) where another user could write to it.
#include "system/qtpluginfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_QtPluginFolder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_qtDir; // stands in for Qt's plugin folder
    std::unique_ptr<QTemporaryDir> m_run;

    QString qtPlugins() const { return m_qtDir->path(); }
    QString qtKind(const QString &kind) const { return qtPlugins() + u'/' + kind; }
    QString runtimeDir() const { return m_run->path() + u"/openmusicbox"_s; }

private Q_SLOTS:
    void init()
    {
        m_qtDir = std::make_unique<QTemporaryDir>();
        m_run = std::make_unique<QTemporaryDir>();
        for (const QString &kind : {u"platforms"_s, u"sqldrivers"_s, u"tls"_s})
            QVERIFY(QDir().mkpath(qtKind(kind)));
    }

    void linksEveryKindButTls()
    {
        QString why;
        const QString folder = QtPluginFolder(runtimeDir(), qtPlugins()).prepare(&why);
        QCOMPARE(folder, runtimeDir() + u"/qt-plugins"_s);
        QVERIFY(why.isEmpty());
        QCOMPARE(
            QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden),
            QStringList({u"platforms"_s, u"sqldrivers"_s}));
        for (const QString &kind : {u"platforms"_s, u"sqldrivers"_s}) {
            const QFileInfo link(folder + u'/' + kind);
            QVERIFY(link.isSymLink());
            QCOMPARE(link.symLinkTarget(), qtKind(kind));
        }
        QCOMPARE(QFileInfo(runtimeDir()).permissions() & (QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void mendsWhatAnEarlierStartLeft()
    {
        const QString folder = runtimeDir() + u"/qt-plugins"_s;
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(runtimeDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QFile::link(m_run->path(), folder + u"/platforms"_s)); // points elsewhere
        QVERIFY(QFile::link(qtKind(u"tls"_s), folder + u"/tls"_s));
        QVERIFY(QFile::link(qtPlugins() + u"/gone"_s, folder + u"/gone"_s)); // a kind Qt no longer has

        QString why;
        QCOMPARE(QtPluginFolder(runtimeDir(), qtPlugins()).prepare(&why), folder);
        QCOMPARE(
            QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden),
            QStringList({u"platforms"_s, u"sqldrivers"_s}));
        QCOMPARE(QFileInfo(folder + u"/platforms"_s).symLinkTarget(), qtKind(u"platforms"_s));
        // A second start finds it right and keeps it.
        QCOMPARE(QtPluginFolder(runtimeDir(), qtPlugins()).prepare(&why), folder);
    }

    void refusesWhatItCannotTrust_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no runtime directory") << u"none"_s << u"no runtime directory"_s;
        QTest::newRow("others may write to it") << u"shared"_s << u"only it can write to"_s;
        QTest::newRow("a folder where a link goes") << u"folder"_s << u"cannot link"_s;
        QTest::newRow("no Qt plugin folder") << u"no qt"_s << u"is missing"_s;
    }

    void refusesWhatItCannotTrust()
    {
        QFETCH(QString, situation);
        QFETCH(QString, reason);
        QString runtime = runtimeDir();
        QString qt = qtPlugins();
        if (situation == u"none"_s)
            runtime.clear();
        if (situation == u"no qt"_s)
            qt = qtPlugins() + u"/absent"_s;
        if (situation == u"shared"_s) {
            QVERIFY(QDir().mkpath(runtime));
            QVERIFY(QFile::setPermissions(runtime, QFile::Permissions(0x7777)));
        }
        if (situation == u"folder"_s) {
            QString first;
            QCOMPARE(QtPluginFolder(runtime, qt).prepare(&first), runtime + u"/qt-plugins"_s);
            QVERIFY(QFile::remove(runtime + u"/qt-plugins/sqldrivers"_s));
            QVERIFY(QDir().mkpath(runtime + u"/qt-plugins/sqldrivers/inside"_s));
        }
        QString why;
        QVERIFY(QtPluginFolder(runtime, qt).prepare(&why).isEmpty());
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void runtimeDirectoryFromTheEnvironment()
    {
        qputenv("RUNTIME_DIRECTORY", "/run/openmusicbox:/run/other");
        qputenv("XDG_RUNTIME_DIR", "/run/user/1000");
        QCOMPARE(QtPluginFolder::runtimeDirFromEnvironment(), u"/run/openmusicbox"_s);
        qunsetenv("RUNTIME_DIRECTORY");
        QCOMPARE(QtPluginFolder::runtimeDirFromEnvironment(), u"/run/user/1000/openmusicbox"_s);
        qunsetenv("XDG_RUNTIME_DIR");
        QVERIFY(QtPluginFolder::runtimeDirFromEnvironment().isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_QtPluginFolder)
#include "tst_qtpluginfolder.moc"
