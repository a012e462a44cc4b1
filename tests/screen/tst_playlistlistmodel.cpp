// SPDX-License-Identifier: GPL-3.0-or-later
// PlaylistListModel over the real library: row-level changes only (checked by QAbstractItemModelTester and by
// counting the signals), tap to play, the current playlist marked, and 1000 playlists.
#include "playlistlistmodel.h"
#include "screenfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PlaylistListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryPlaylistWithItsRoles();
    void aCreatedPlaylistIsOneInsertedRow();
    void aRenameMovesOneRowAndChangesIt();
    void aDeletedPlaylistIsOneRemovedRow();
    void tapPlaysAndMarksTheCurrentOne();
    void aThousandPlaylistsStaySmooth();

private:
    std::unique_ptr<ScreenFixture> m_box;
    std::unique_ptr<PlaylistListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_songs;
    QString m_stories;
};

void tst_PlaylistListModel::init()
{
    m_box = std::make_unique<ScreenFixture>();
    QVERIFY(m_box->isReady());
    m_songs = m_box->createPlaylist(u"Songs"_s, 2);
    m_stories = m_box->createPlaylist(u"stories"_s, 1);
    QVERIFY(!m_songs.isEmpty() && !m_stories.isEmpty());
    m_model = std::make_unique<PlaylistListModel>(m_box->library.playlists(), m_box->player,
                                                  m_box->library.state);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_PlaylistListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_box.reset();
}

void tst_PlaylistListModel::listsEveryPlaylistWithItsRoles()
{
    QCOMPARE(m_model->rowCount(), 2);
    const int row = m_model->rowOf(m_stories);
    QVERIFY(row >= 0);
    const QModelIndex index = m_model->index(row);
    QCOMPARE(index.data(PlaylistListModel::TitleRole).toString(), u"stories"_s);
    QCOMPARE(index.data(PlaylistListModel::LetterRole).toString(), u"S"_s);
    QCOMPARE(index.data(PlaylistListModel::TrackCountRole).toInt(), 1);
    QCOMPARE(index.data(PlaylistListModel::CurrentRole).toBool(), false);
    QCOMPARE(m_model->roleNames().value(PlaylistListModel::PlaylistIdRole), "playlistId");
}

void tst_PlaylistListModel::aCreatedPlaylistIsOneInsertedRow()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy count(m_model.get(), &PlaylistListModel::countChanged);
    QVERIFY(m_box->library.playlists().create(u"Animals"_s, {}));
    QTRY_COMPARE(m_model->rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(count.count(), 1);
}

void tst_PlaylistListModel::aRenameMovesOneRowAndChangesIt()
{
    // The list is newest edit first: the renamed playlist rises to the top.
    const int before = m_model->rowOf(m_songs);
    QVERIFY(m_box->library.playlists().update(m_songs, u"Bedtime"_s, std::nullopt));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QTRY_COMPARE(m_model->titleAt(m_model->rowOf(m_songs)), u"Bedtime"_s);
    QCOMPARE(m_model->rowOf(m_songs), 0);
    QCOMPARE(moved.count(), before == 0 ? 0 : 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void tst_PlaylistListModel::aDeletedPlaylistIsOneRemovedRow()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_box->library.playlists().remove(m_stories));
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowOf(m_stories), -1);
}

void tst_PlaylistListModel::tapPlaysAndMarksTheCurrentOne()
{
    const int row = m_model->rowOf(m_songs);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->play(row));
    QVERIFY(m_box->player.isPlaying());
    QCOMPARE(m_box->player.loadedPlaylistId(), m_songs);
    QVERIFY(m_box->audio.currentFile().endsWith(u"/1.wav"_s));
    QTRY_VERIFY(m_model->index(m_model->rowOf(m_songs)).data(PlaylistListModel::CurrentRole).toBool());
    QVERIFY(!m_model->index(m_model->rowOf(m_stories)).data(PlaylistListModel::CurrentRole).toBool());
    QVERIFY(!changed.isEmpty());
    QVERIFY(!m_model->play(-1));
    QVERIFY(!m_model->play(99));
}

void tst_PlaylistListModel::aThousandPlaylistsStaySmooth()
{
    m_tester.reset(); // the tester checks every row after each change: slow, and not what is measured here
    for (int i = 0; i < 1000; ++i)
        QVERIFY(m_box->library.playlists().create(u"Playlist %1"_s.arg(i), {}));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1002, 20000);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QString last = m_model->playlistIdAt(1001);
    QVERIFY(m_box->library.playlists().update(last, u"Renamed"_s, std::nullopt));
    QTRY_COMPARE(m_model->titleAt(0), u"Renamed"_s);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 0);

    // A sync of an unchanged list of a thousand changes nothing the view would redraw. (How long it takes is
    // a figure for a benchmark, not a test: under the sanitizers it is several times slower.)
    m_model->sync();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 0);
}

QTEST_GUILESS_MAIN(tst_PlaylistListModel)
#include "tst_playlistlistmodel.moc"
