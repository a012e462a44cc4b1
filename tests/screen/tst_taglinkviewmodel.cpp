// SPDX-License-Identifier: GPL-3.0-or-later
// TagLinkViewModel and ParentModeViewModel: an unknown tag opens the sheet, a pick links it through
// AssociationService (a playlist) or TagActionService (an action card), and the sheet closes on cancel,
// timeout or a link made elsewhere; parents unlink, and give their PIN first while one is set (wrong,
// malformed and paused PINs on the ManualClock).
#include "linkedtagsmodel.h"
#include "parentmodeviewmodel.h"
#include "playlistlistmodel.h"
#include "screenfixture.h"
#include "taglinkviewmodel.h"

#include "realtime/audience.h"
#include "system/boxtranslator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TagLinkViewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anUnknownTagOpensTheSheet();
    void aPickLinksTheTag();
    void aTagOfAnotherPlaylistIsRefusedWithAMessage();
    void theSheetOffersEveryActionInTheBoxsOrder();
    void anActionLinksTheTagAsAnActionCard();
    void anActionCardReplacesAPlaylistsTag();
    void anUnknownActionIsRefusedWithAMessage();
    void cancelCloses();
    void timesOut();
    void closesWhenTheTagIsLinkedElsewhere();
    void parentsUnlinkATag();
    void theParentsPinComesFirst();

private:
    void placeUnknownTag(const QString &tagId);

    std::unique_ptr<ScreenFixture> m_box;
    std::unique_ptr<TagLinkViewModel> m_sheet;
    QString m_songs;
    QString m_stories;
    const QString m_tag = u"04aabbccdd"_s;
};

void tst_TagLinkViewModel::init()
{
    m_box = std::make_unique<ScreenFixture>();
    QVERIFY(m_box->isReady());
    m_songs = m_box->createPlaylist(u"Songs"_s, 1);
    m_stories = m_box->createPlaylist(u"Stories"_s, 1);
    m_sheet = std::make_unique<TagLinkViewModel>(m_box->associations, m_box->tagActions, m_box->library.state,
                                                 300);
}

void tst_TagLinkViewModel::cleanup()
{
    m_sheet.reset();
    m_box.reset();
}

// What TagPlaybackPolicy publishes for a placed tag nobody owns (PROTOCOL.md §6.3).
void tst_TagLinkViewModel::placeUnknownTag(const QString &tagId)
{
    m_box->library.state.publishState(u"state:nfc_unknown_tag"_s, QJsonObject {{u"tag_id"_s, tagId}},
                                      Audience::to({Rooms::playlists(), Rooms::nfc()}));
}

void tst_TagLinkViewModel::anUnknownTagOpensTheSheet()
{
    QSignalSpy active(m_sheet.get(), &TagLinkViewModel::activeChanged);
    QVERIFY(!m_sheet->isActive());
    placeUnknownTag(m_tag);
    QVERIFY(m_sheet->isActive());
    QCOMPARE(m_sheet->tagId(), m_tag);
    QCOMPARE(active.count(), 1);
}

void tst_TagLinkViewModel::aPickLinksTheTag()
{
    placeUnknownTag(m_tag);
    QSignalSpy linked(m_sheet.get(), &TagLinkViewModel::linked);
    QVERIFY(m_sheet->link(m_stories));
    QVERIFY(!m_sheet->isActive());
    QCOMPARE(linked.count(), 1);
    QCOMPARE(linked.first().at(1).toString(), u"Stories"_s);
    const std::optional<Playlist> owner = m_box->library.repository().findByTag(m_tag);
    QVERIFY(owner);
    QCOMPARE(owner->id, m_stories);
    // The same library events as POST /api/nfc/associate: every web page learns it.
    QVERIFY(!m_box->library.eventsNamed(u"state:playlist_updated"_s).isEmpty());
    QVERIFY(!m_sheet->link(m_songs)); // closed: nothing to link
}

void tst_TagLinkViewModel::aTagOfAnotherPlaylistIsRefusedWithAMessage()
{
    m_box->library.giveTag(m_songs, m_tag);
    placeUnknownTag(m_tag); // e.g. linked from a page a moment before the sheet opened
    QVERIFY(!m_sheet->link(m_stories));
    QVERIFY(m_sheet->isActive());
    QCOMPARE(m_sheet->error(), u"the tag belongs to another playlist"_s);
    QCOMPARE(m_box->library.repository().findByTag(m_tag)->id, m_songs);
    // In the box's language, as the screen shows it.
    BoxTranslator translator;
    QVERIFY(translator.apply(u"fr"_s));
    QVERIFY(!m_sheet->link(m_stories));
    QCOMPARE(m_sheet->error(), u"ce badge appartient à une autre playlist"_s);
}

void tst_TagLinkViewModel::theSheetOffersEveryActionInTheBoxsOrder()
{
    const QStringList expected {u"pause"_s,     u"stop"_s,        u"next"_s,    u"previous"_s,
                                u"volume_up"_s, u"volume_down"_s, u"shuffle"_s, u"repeat"_s,
                                u"sleep_15"_s,  u"sleep_30"_s,    u"sleep_60"_s};
    QCOMPARE(m_sheet->property("actions").toStringList(), expected); // what QML reads
}

void tst_TagLinkViewModel::anActionLinksTheTagAsAnActionCard()
{
    QVERIFY(!m_sheet->linkAction(u"pause"_s)); // closed: nothing to link
    placeUnknownTag(m_tag);
    QSignalSpy active(m_sheet.get(), &TagLinkViewModel::activeChanged);
    QSignalSpy linkedAsAction(m_sheet.get(), &TagLinkViewModel::linkedAsAction);
    QSignalSpy linked(m_sheet.get(), &TagLinkViewModel::linked);
    QVERIFY(m_sheet->linkAction(u"volume_up"_s));
    QVERIFY(!m_sheet->isActive());
    QCOMPARE(active.count(), 1);
    QCOMPARE(linkedAsAction.count(), 1);
    QCOMPARE(linkedAsAction.first().at(0).toString(), m_tag);
    QCOMPARE(linkedAsAction.first().at(1).toString(), u"volume_up"_s);
    QCOMPARE(linked.count(), 0);
    QCOMPARE(m_box->tagActions.actionOf(m_tag), std::optional(TagAction::VolumeUp));
    // What GET /api/nfc/tags lists.
    const auto tags = m_box->tags.linked();
    QVERIFY(tags);
    QCOMPARE(tags->size(), 1);
    QCOMPARE(tags->first().tagId, m_tag);
    QCOMPARE(tags->first().action, u"volume_up"_s);
    QCOMPARE(tags->first().playlistId, QString());
    QVERIFY(!m_box->library.repository().findByTag(m_tag));
}

// As over HTTP: the tag leaves its playlist (whose events every page gets) and becomes the card.
void tst_TagLinkViewModel::anActionCardReplacesAPlaylistsTag()
{
    m_box->library.giveTag(m_songs, m_tag);
    placeUnknownTag(m_tag);
    m_box->library.clearEvents();
    QVERIFY(m_sheet->linkAction(u"sleep_30"_s));
    QVERIFY(!m_box->library.repository().findByTag(m_tag));
    QCOMPARE(m_box->tagActions.actionOf(m_tag), std::optional(TagAction::Sleep30));
    QVERIFY(!m_box->library.eventsNamed(u"state:playlist_updated"_s).isEmpty());
}

void tst_TagLinkViewModel::anUnknownActionIsRefusedWithAMessage()
{
    placeUnknownTag(m_tag);
    QSignalSpy error(m_sheet.get(), &TagLinkViewModel::errorChanged);
    QSignalSpy linkedAsAction(m_sheet.get(), &TagLinkViewModel::linkedAsAction);
    QVERIFY(!m_sheet->linkAction(u"dance"_s));
    QVERIFY(m_sheet->isActive());
    QCOMPARE(error.count(), 1);
    QVERIFY2(m_sheet->error().startsWith(u"action must be one of "_s), qPrintable(m_sheet->error()));
    QVERIFY2(m_sheet->error().contains(u"pause"_s), qPrintable(m_sheet->error()));
    QCOMPARE(linkedAsAction.count(), 0);
    // In the box's language, the action names as the protocol spells them.
    {
        BoxTranslator translator;
        QVERIFY(translator.apply(u"de"_s));
        QVERIFY(!m_sheet->linkAction(u"dance"_s));
        QVERIFY2(m_sheet->error().startsWith(u"action muss eine von diesen sein: "_s),
                 qPrintable(m_sheet->error()));
        QVERIFY2(m_sheet->error().contains(u"pause"_s), qPrintable(m_sheet->error()));
    }
    QCOMPARE(m_box->tagActions.actionOf(m_tag), std::nullopt);
    // A good pick after the refusal works and clears the message.
    QVERIFY(m_sheet->linkAction(u"pause"_s));
    QCOMPARE(m_sheet->error(), QString());
    QCOMPARE(m_box->tagActions.actionOf(m_tag), std::optional(TagAction::Pause));
}

void tst_TagLinkViewModel::cancelCloses()
{
    placeUnknownTag(m_tag);
    m_sheet->cancel();
    QVERIFY(!m_sheet->isActive());
    QVERIFY(!m_box->library.repository().findByTag(m_tag));
}

void tst_TagLinkViewModel::timesOut()
{
    placeUnknownTag(m_tag);
    QSignalSpy timedOut(m_sheet.get(), &TagLinkViewModel::timedOut);
    QVERIFY(timedOut.wait(5000));
    QVERIFY(!m_sheet->isActive());
}

void tst_TagLinkViewModel::closesWhenTheTagIsLinkedElsewhere()
{
    placeUnknownTag(m_tag);
    QVERIFY(m_box->associations.associate(m_tag, m_songs, false));
    QVERIFY(!m_sheet->isActive());
}

void tst_TagLinkViewModel::parentsUnlinkATag()
{
    m_box->library.giveTag(m_songs, m_tag);
    PlaylistListModel playlists(m_box->library.playlists(), m_box->player, m_box->library.state);
    LinkedTagsModel linkedTags(playlists);
    QAbstractItemModelTester tester(&linkedTags, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LanguageSetting boxLanguage(m_box->library.database(), u"fr"_s);
    ParentModeViewModel parentMode(m_box->associations, linkedTags, m_box->parentAuth, boxLanguage);
    QCOMPARE(linkedTags.rowCount(), 1);
    QCOMPARE(linkedTags.index(0, 0).data(PlaylistListModel::TagIdRole).toString(), m_tag);
    QVERIFY(parentMode.unlink(m_tag));
    QVERIFY(!m_box->library.repository().findByTag(m_tag));
    QTRY_COMPARE(linkedTags.rowCount(), 0);
    QVERIFY(!parentMode.unlink(m_tag)); // a free tag: not_found
    QSignalSpy open(&parentMode, &ParentModeViewModel::openChanged);
    parentMode.setOpen(true);
    parentMode.setOpen(true);
    QCOMPARE(open.count(), 1);

    QCOMPARE(parentMode.language(), u"fr"_s);
    QSignalSpy language(&parentMode, &ParentModeViewModel::languageChanged);
    QVERIFY(parentMode.setLanguage(u"de"_s));
    QVERIFY(!parentMode.setLanguage(u"xx"_s));
    QVERIFY(parentMode.setLanguage(u"de"_s));
    QCOMPARE(language.count(), 1);
    QCOMPARE(parentMode.language(), u"de"_s);
    QCOMPARE(boxLanguage.language(), u"de"_s); // the box's, which every web page follows
    // A change made elsewhere (a web page) reaches the screen.
    QVERIFY(boxLanguage.setLanguage(u"en"_s));
    QCOMPARE(language.count(), 2);
    QCOMPARE(parentMode.language(), u"en"_s);
}

void tst_TagLinkViewModel::theParentsPinComesFirst()
{
    PlaylistListModel playlists(m_box->library.playlists(), m_box->player, m_box->library.state);
    LinkedTagsModel linkedTags(playlists);
    ParentModeViewModel parentMode(m_box->associations, linkedTags, m_box->parentAuth, m_box->language);
    parentMode.requestOpen(); // no PIN: open at once
    QVERIFY(parentMode.isOpen());
    QVERIFY(!parentMode.isPinAsked());
    parentMode.setOpen(false);

    bool set = false;
    m_box->parentAuth.changePin(u"1357"_s, {}, [&set](Result<QByteArray> token) { set = token.ok(); });
    QTRY_VERIFY(set);
    parentMode.requestOpen();
    QVERIFY(parentMode.isPinAsked());
    QVERIFY(!parentMode.isOpen());
    parentMode.enterPin(u"12"_s);
    QCOMPARE(parentMode.pinError(), u"format"_s);
    for (int left = 4; left >= 0; --left) {
        parentMode.enterPin(u"0000"_s);
        QTRY_COMPARE(parentMode.pinError(), u"wrong"_s);
        QTRY_COMPARE(parentMode.pinDetail(), left);
    }
    parentMode.enterPin(u"1357"_s); // paused, even for the right PIN
    QCOMPARE(parentMode.pinError(), u"paused"_s);
    QCOMPARE(parentMode.pinDetail(), 60);
    m_box->clock.advance(60 * 1000);
    parentMode.enterPin(u"1357"_s);
    QTRY_VERIFY(parentMode.isOpen());
    QVERIFY(!parentMode.isPinAsked());
    QCOMPARE(parentMode.pinError(), QString());
    parentMode.setOpen(false);
    parentMode.requestOpen();
    parentMode.cancelPin();
    QVERIFY(!parentMode.isPinAsked());
    QVERIFY(!parentMode.isOpen());
}

QTEST_GUILESS_MAIN(tst_TagLinkViewModel)
#include "tst_taglinkviewmodel.moc"
