// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532i2ctransport.h"

#include "system/logging.h"

using namespace Qt::StringLiterals;

Pn532I2cTransport::Pn532I2cTransport(std::unique_ptr<I2cDevice> device, QString port,
                                     Pn532I2cBus::Timing timing, QObject *parent)
    : Pn532Transport(parent)
    , m_port(std::move(port))
    , m_bus(new Pn532I2cBus(std::move(device), timing))
{
    m_thread.setObjectName(u"pn532-i2c"_s);
    m_bus->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_bus, &QObject::deleteLater);
    connect(m_bus, &Pn532I2cBus::opened, this, [this](quint64 id) {
        if (!isCurrent(id))
            return;
        qCInfo(lcNfc).noquote() << "I2C device" << m_port << "open";
        Q_EMIT opened();
    });
    connect(m_bus, &Pn532I2cBus::openFailed, this, [this](const QString &error, quint64 id) {
        if (isCurrent(id))
            Q_EMIT openFailed(error);
    });
    connect(m_bus, &Pn532I2cBus::frameReceived, this, [this](const Pn532Frame &frame, quint64 id) {
        if (isCurrent(id))
            Q_EMIT frameReceived(frame);
    });
    connect(m_bus, &Pn532I2cBus::failed, this, [this](const QString &reason, quint64 id) {
        if (isCurrent(id))
            Q_EMIT failed(u"I2C device %1: %2"_s.arg(m_port, reason));
    });
    m_thread.start();
}

Pn532I2cTransport::~Pn532I2cTransport()
{
    m_thread.quit();
    m_thread.wait();
}

QString Pn532I2cTransport::kind() const
{
    return u"pn532_i2c"_s;
}

void Pn532I2cTransport::open()
{
    const quint64 id = ++m_current;
    QMetaObject::invokeMethod(
        m_bus, [bus = m_bus, id] { bus->open(id); }, Qt::QueuedConnection);
}

void Pn532I2cTransport::close()
{
    ++m_current;
    QMetaObject::invokeMethod(
        m_bus, [bus = m_bus] { bus->close(); }, Qt::QueuedConnection);
}

void Pn532I2cTransport::sendCommand(const QByteArray &frame)
{
    const quint64 id = ++m_current;
    QMetaObject::invokeMethod(
        m_bus, [bus = m_bus, frame, id] { bus->sendCommand(frame, id); }, Qt::QueuedConnection);
}

void Pn532I2cTransport::abort()
{
    const quint64 id = ++m_current;
    QMetaObject::invokeMethod(
        m_bus, [bus = m_bus, id] { bus->abort(id); }, Qt::QueuedConnection);
}
