// SPDX-License-Identifier: GPL-3.0-or-later
#include "avahiannouncer.h"

#include "logging.h"

#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

using namespace Qt::StringLiterals;

namespace {
const QString avahiService = u"org.freedesktop.Avahi"_s;
const QString serverInterface = u"org.freedesktop.Avahi.Server"_s;
const QString groupInterface = u"org.freedesktop.Avahi.EntryGroup"_s;
constexpr int anyInterface = -1; // AVAHI_IF_UNSPEC
constexpr int anyProtocol = -1; // AVAHI_PROTO_UNSPEC: IPv4 and IPv6
enum GroupState { Uncommitted = 0, Registering = 1, Established = 2, Collision = 3, Failure = 4 };
} // namespace

AvahiAnnouncer::AvahiAnnouncer(QDBusConnection bus, QList<Service> services, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_services(std::move(services))
{
    qDBusRegisterMetaType<QList<QByteArray>>();
}

AvahiAnnouncer::~AvahiAnnouncer()
{
    freeGroup();
}

void AvahiAnnouncer::start()
{
    if (!m_bus.isConnected()) {
        qCWarning(lcApp).noquote() << "no D-Bus system bus: the box is not announced on the network ("
                                   << m_bus.lastError().message() << ")";
        return;
    }
    m_watcher.setConnection(m_bus);
    m_watcher.setWatchMode(QDBusServiceWatcher::WatchForRegistration
                           | QDBusServiceWatcher::WatchForUnregistration);
    m_watcher.addWatchedService(avahiService);
    connect(&m_watcher, &QDBusServiceWatcher::serviceRegistered, this, &AvahiAnnouncer::onAvahiAppeared);
    connect(&m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, &AvahiAnnouncer::onAvahiVanished);
    createGroup();
}

void AvahiAnnouncer::onAvahiAppeared()
{
    m_reportedMissing = false;
    if (m_groupPath.isEmpty())
        createGroup();
}

void AvahiAnnouncer::onAvahiVanished()
{
    const bool wasAnnounced = m_announced;
    m_groupPath.clear();
    m_announced = false;
    if (!m_reportedMissing) {
        m_reportedMissing = true;
        qCWarning(lcApp) << "Avahi went away: the box is announced again when it is back";
        Q_EMIT unavailable();
    }
    if (wasAnnounced)
        Q_EMIT lost();
}

void AvahiAnnouncer::createGroup()
{
    if (m_creatingGroup)
        return;
    m_creatingGroup = true;
    const QDBusMessage call
        = QDBusMessage::createMethodCall(avahiService, u"/"_s, serverInterface, u"EntryGroupNew"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        m_creatingGroup = false;
        const QDBusPendingReply<QDBusObjectPath> reply = *finished;
        if (reply.isError()) {
            if (!m_reportedMissing) {
                m_reportedMissing = true;
                qCWarning(lcApp).noquote() << "Avahi is not available, the box is announced once it starts:"
                                           << reply.error().message();
                Q_EMIT unavailable();
            }
            return;
        }
        m_groupPath = reply.value().path();
        // QDBusConnection::connect names the slot as a string: the one place Qt offers no function pointer.
        m_bus.connect(avahiService, m_groupPath, groupInterface, u"StateChanged"_s, this,
                      SLOT(onGroupStateChanged(int, QString)));
        addServicesAndCommit();
    });
}

void AvahiAnnouncer::addServicesAndCommit()
{
    // One connection delivers calls in order, so the services are in the group before Commit arrives.
    for (const Service &service : std::as_const(m_services)) {
        QDBusMessage add
            = QDBusMessage::createMethodCall(avahiService, m_groupPath, groupInterface, u"AddService"_s);
        add << anyInterface << anyProtocol << 0u << service.name << service.type << QString() << QString()
            << QVariant::fromValue(service.port) << QVariant::fromValue(QList<QByteArray>(service.txt));
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(add), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [type = service.type](QDBusPendingCallWatcher *finished) {
                    finished->deleteLater();
                    if (finished->isError())
                        qCWarning(lcApp).noquote()
                            << "Avahi refused" << type << ":" << finished->error().message();
                });
    }
    const QDBusMessage commit
        = QDBusMessage::createMethodCall(avahiService, m_groupPath, groupInterface, u"Commit"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(commit), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        if (finished->isError())
            qCWarning(lcApp).noquote() << "Avahi did not publish the box:" << finished->error().message();
    });
}

void AvahiAnnouncer::onGroupStateChanged(int state, const QString &error)
{
    if (state == Established && !m_announced) {
        m_announced = true;
        qCInfo(lcApp).noquote() << "announced on the network as" << m_services.value(0).name;
        Q_EMIT announced();
    } else if (state == Collision) {
        renameAfterCollision();
    } else if (state == Failure) {
        qCWarning(lcApp).noquote() << "Avahi failed to publish the box:" << error;
    }
}

void AvahiAnnouncer::renameAfterCollision()
{
    QDBusMessage call = QDBusMessage::createMethodCall(avahiService, u"/"_s, serverInterface,
                                                       u"GetAlternativeServiceName"_s);
    call << m_services.value(0).name;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<QString> reply = *finished;
        if (reply.isError() || m_groupPath.isEmpty())
            return;
        qCInfo(lcApp).noquote() << u"another device on the network is called %1, the box is now %2"_s.arg(
            m_services.value(0).name, reply.value());
        for (Service &service : m_services)
            service.name = reply.value();
        m_bus.asyncCall(
            QDBusMessage::createMethodCall(avahiService, m_groupPath, groupInterface, u"Reset"_s));
        addServicesAndCommit();
    });
}

void AvahiAnnouncer::freeGroup()
{
    if (m_groupPath.isEmpty() || !m_bus.isConnected())
        return;
    m_bus.asyncCall(QDBusMessage::createMethodCall(avahiService, m_groupPath, groupInterface, u"Free"_s));
    m_groupPath.clear();
}
