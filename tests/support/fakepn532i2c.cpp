// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakepn532i2c.h"

#include "nfc/pn532codec.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

struct FakePn532I2c::State
{
    mutable QMutex mutex;
    QWaitCondition released;
    Pn532ChipModel chip;
    QList<QByteArray> out; // frames ready to be read, first in front
    QByteArray last; // the last frame read whole, for a NACK
    int pendingAnswer = -1; // the command whose answer comes after its ACK
    QDeadlineTimer answerReadyAt {QDeadlineTimer::Forever};
    int responseDelayMs = 0;
    bool silent = false;
    bool stalled = false;
    int blocked = 0;
    int plugGeneration = 0;
    bool plugged = true;
    int corruptReads = 0;
    int opens = 0;
    int nacks = 0;
    int wakeUps = 0;
    std::function<void(const QByteArray &)> targetHook;

    // Blocks while the bus is hung; the caller holds the mutex.
    void waitWhileStalled()
    {
        ++blocked;
        while (stalled)
            released.wait(&mutex);
        --blocked;
    }

    bool answerDue() const { return pendingAnswer >= 0 && answerReadyAt.hasExpired(); }

    void takeCommand(const Pn532Frame &frame)
    {
        chip.countCommand(frame.code());
        if (silent)
            return;
        out = {Pn532Codec::ack()};
        if (!Pn532ChipModel::knows(frame.code())) {
            out.append(chip.answer(frame.code()));
            pendingAnswer = -1;
            return;
        }
        pendingAnswer = frame.code();
        answerReadyAt = QDeadlineTimer(QDeadlineTimer::Forever); // counts from the ACK's read
    }

    void write(const QByteArray &bytes)
    {
        if (bytes.contains(QByteArrayView("\x55\x55", 2)))
            ++wakeUps;
        for (const Pn532Frame &frame : Pn532Codec::decode(bytes).frames) {
            switch (frame.type) {
            case Pn532Frame::Type::Ack: // the host aborts
                out.clear();
                pendingAnswer = -1;
                break;
            case Pn532Frame::Type::Nack: // the host asks for the last frame again
                ++nacks;
                if (!last.isEmpty())
                    out.prepend(last);
                break;
            case Pn532Frame::Type::Information:
                if (frame.tfi == Pn532Codec::hostToPn532)
                    takeCommand(frame);
                break;
            case Pn532Frame::Type::Error:
                break;
            }
        }
    }

    QByteArray read(qsizetype length)
    {
        if (out.isEmpty() && answerDue()) {
            const quint8 code = quint8(std::exchange(pendingAnswer, -1));
            out.append(chip.answer(code));
            if (Pn532ChipModel::answersWithTarget(code) && !chip.tag().isEmpty() && targetHook)
                targetHook(chip.tag());
        }
        QByteArray data(length, '\0');
        if (out.isEmpty() || length == 0)
            return data;
        data[0] = char(0x01);
        const QByteArray frame = out.first();
        if (length < 1 + frame.size()) {
            data.replace(1, length - 1, frame.first(length - 1));
            return data; // a short read leaves the frame to be read again
        }
        data.replace(1, frame.size(), frame);
        out.removeFirst();
        last = frame;
        if (frame == Pn532Codec::ack() && pendingAnswer >= 0)
            answerReadyAt = QDeadlineTimer(responseDelayMs);
        if (corruptReads > 0 && frame.size() > 3) {
            --corruptReads;
            data[frame.size() - 1] = char(data.at(frame.size() - 1) ^ 0x5A); // the DCS
        }
        return data;
    }
};

class FakePn532I2c::Device : public I2cDevice
{
public:
    Device(std::shared_ptr<State> state, QString path)
        : m_state(std::move(state))
        , m_path(std::move(path))
    { }

    I2cTransfer open() override
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->waitWhileStalled();
        if (!m_state->plugged)
            return {{}, u"cannot open %1: No such file or directory"_s.arg(m_path)};
        ++m_state->opens;
        m_generation = m_state->plugGeneration;
        m_open = true;
        return {};
    }

    void close() override { m_open = false; }

    I2cTransfer write(const QByteArray &bytes) override
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->waitWhileStalled();
        if (const QString error = usable(); !error.isEmpty())
            return {{}, u"write: "_s + error};
        m_state->write(bytes);
        return {};
    }

    I2cTransfer read(qsizetype length) override
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->waitWhileStalled();
        if (const QString error = usable(); !error.isEmpty())
            return {{}, u"read: "_s + error};
        return {m_state->read(length), {}};
    }

private:
    QString usable() const
    {
        if (!m_open)
            return u"not open"_s;
        if (!m_state->plugged || m_generation != m_state->plugGeneration)
            return u"No such device"_s;
        return {};
    }

    std::shared_ptr<State> m_state;
    QString m_path;
    int m_generation = -1;
    bool m_open = false;
};

FakePn532I2c::FakePn532I2c()
    : m_state(std::make_shared<State>())
{ }

FakePn532I2c::~FakePn532I2c()
{
    setStalled(false); // a bus thread still waiting must be able to finish
}

std::unique_ptr<I2cDevice> FakePn532I2c::device(const QString &path)
{
    return std::make_unique<Device>(m_state, path);
}

void FakePn532I2c::placeTagHex(const QString &hex)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->chip.placeTag(QByteArray::fromHex(hex.toLatin1()));
}

void FakePn532I2c::liftTag()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->chip.liftTag();
}

void FakePn532I2c::setResponseDelayMs(int ms)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->responseDelayMs = ms;
}

void FakePn532I2c::setSilent(bool silent)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->silent = silent;
}

void FakePn532I2c::unplug()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->plugged = false;
    ++m_state->plugGeneration;
    m_state->out.clear();
    m_state->pendingAnswer = -1;
}

void FakePn532I2c::replug()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->plugged = true;
}

void FakePn532I2c::setStalled(bool stalled)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->stalled = stalled;
    if (!stalled)
        m_state->released.wakeAll();
}

bool FakePn532I2c::isBlockingATransfer() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->blocked > 0;
}

void FakePn532I2c::corruptNextReads(int count)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->corruptReads = count;
}

void FakePn532I2c::setTargetAnswerHook(std::function<void(const QByteArray &)> hook)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->targetHook = std::move(hook);
}

int FakePn532I2c::commandCount(quint8 code) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->chip.commandCount(code);
}

int FakePn532I2c::opens() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->opens;
}

int FakePn532I2c::nacksReceived() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->nacks;
}

int FakePn532I2c::wakeUps() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->wakeUps;
}
