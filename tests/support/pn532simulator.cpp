// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532simulator.h"

#include "nfc/pn532codec.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Pn532Simulator::Pn532Simulator(QObject *parent)
    : QObject(parent)
{ }

Pn532Simulator::~Pn532Simulator()
{
    closeLine();
}

QString Pn532Simulator::portPath() const
{
    return m_dir.filePath(u"ttyPN532"_s);
}

bool Pn532Simulator::open()
{
    if (m_master >= 0)
        return true;
    char name[256] = {};
    if (::openpty(&m_master, &m_slave, name, nullptr, nullptr) != 0)
        return false;
    termios raw {};
    ::tcgetattr(m_slave, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(m_slave, TCSANOW, &raw);
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    // The slave stays open on our side too: without any slave open, the master reports EIO/hang-up and a read
    // notifier would spin while the reader is between two opens.
    QFile::remove(portPath());
    if (!QFile::link(QString::fromLocal8Bit(name), portPath())) {
        closeLine();
        return false;
    }
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Pn532Simulator::readMaster);
    m_buffer.clear();
    return true;
}

void Pn532Simulator::closeLine()
{
    ++m_generation;
    delete m_notifier;
    m_notifier = nullptr;
    if (m_master >= 0)
        ::close(m_master);
    if (m_slave >= 0)
        ::close(m_slave);
    m_master = -1;
    m_slave = -1;
    QFile::remove(portPath());
}

void Pn532Simulator::sendRaw(const QByteArray &bytes)
{
    writeBytes(bytes);
}

void Pn532Simulator::readMaster()
{
    char chunk[512];
    QByteArray received;
    for (;;) {
        const ssize_t n = ::read(m_master, chunk, sizeof chunk);
        if (n > 0) {
            received.append(chunk, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    // The HSU wake-up bytes are noise to the decoder; count them here.
    if (received.contains(QByteArrayView("\x55\x55", 2)))
        ++m_wakeUps;
    m_buffer += received;
    const Pn532DecodeResult decoded = Pn532Codec::decode(m_buffer);
    m_buffer.remove(0, decoded.consumed);
    for (const Pn532Frame &frame : decoded.frames) {
        if (frame.type != Pn532Frame::Type::Information || frame.tfi != Pn532Codec::hostToPn532)
            continue; // an ACK from the host aborts a command; nothing runs long enough here to abort
        m_chip.countCommand(frame.code());
        Q_EMIT commandReceived(frame.code());
        if (!m_silent)
            handleCommand(frame.code(), frame.parameters());
    }
}

void Pn532Simulator::handleCommand(quint8 code, const QByteArray &parameters)
{
    Q_UNUSED(parameters);
    writeFrame(Pn532Codec::ack());
    if (!Pn532ChipModel::knows(code)) {
        writeFrame(m_chip.answer(code));
        return;
    }
    answer(code);
}

void Pn532Simulator::answer(quint8 code)
{
    // The answer is built when it is written, so a tag placed meanwhile is seen as on a real chip.
    auto write = [this, code] {
        const QByteArray uid = m_chip.tag();
        writeFrame(m_chip.answer(code));
        if (Pn532ChipModel::answersWithTarget(code) && !uid.isEmpty())
            Q_EMIT targetAnswerWritten(uid);
    };
    if (m_responseDelayMs <= 0) {
        write();
        return;
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(m_responseDelayMs, this, [this, generation, write] {
        if (generation == m_generation && !m_silent)
            write();
    });
}

void Pn532Simulator::writeFrame(const QByteArray &frame)
{
    if (!m_noise.isEmpty())
        writeBytes(m_noise);
    if (!m_splitWrites) {
        writeBytes(frame);
        return;
    }
    for (const char byte : frame)
        writeBytes(QByteArray(1, byte));
}

void Pn532Simulator::writeBytes(const QByteArray &bytes)
{
    if (m_master < 0)
        return;
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // a full pty buffer means nobody reads: a real chip's bytes would be lost too
        written += n;
    }
}
