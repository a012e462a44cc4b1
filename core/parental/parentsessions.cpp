// SPDX-License-Identifier: GPL-3.0-or-later
#include "parentsessions.h"

#include <QRandomGenerator>

ParentSessions::ParentSessions(const Config &config, const Clock &clock)
    : m_config(config)
    , m_clock(clock)
{ }

QByteArray ParentSessions::open()
{
    for (auto it = m_lastUse.begin(); it != m_lastUse.end();)
        it = isFresh(it.value()) ? std::next(it) : m_lastUse.erase(it);
    while (m_lastUse.size() >= m_config.maxSessions) {
        auto oldest = m_lastUse.begin();
        for (auto it = m_lastUse.begin(); it != m_lastUse.end(); ++it) {
            if (it.value() < oldest.value())
                oldest = it;
        }
        m_lastUse.erase(oldest);
    }
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QByteArray token = random.toHex();
    m_lastUse.insert(token, m_clock.nowMs());
    return token;
}

bool ParentSessions::isValid(const QByteArray &token) const
{
    const auto it = m_lastUse.constFind(token);
    return it != m_lastUse.constEnd() && isFresh(it.value());
}

bool ParentSessions::use(const QByteArray &token)
{
    const auto it = m_lastUse.find(token);
    if (it == m_lastUse.end())
        return false;
    if (!isFresh(it.value())) {
        m_lastUse.erase(it);
        return false;
    }
    it.value() = m_clock.nowMs();
    return true;
}

void ParentSessions::close(const QByteArray &token)
{
    m_lastUse.remove(token);
}

void ParentSessions::closeAll()
{
    m_lastUse.clear();
}

bool ParentSessions::isFresh(qint64 lastUse) const
{
    return m_clock.nowMs() - lastUse < m_config.idleMs;
}
