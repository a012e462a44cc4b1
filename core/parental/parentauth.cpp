// SPDX-License-Identifier: GPL-3.0-or-later
#include "parentauth.h"

#include "pinhash.h"
#include "system/logging.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

struct Derived
{
    QByteArray current; // the key of the guess at the current PIN (empty when there was nothing to check)
    QByteArray salt;
    QByteArray next; // the key of the new PIN (empty when it is removed)
};

} // namespace

ParentAuth::ParentAuth(const Config &config, PinRepository &pins, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_pins(pins)
    , m_lockout(config.lockout, clock)
    , m_sessions(config.sessions, clock)
{ }

void ParentAuth::load()
{
    m_stored = m_pins.load();
    qCInfo(lcApp) << (m_stored ? "the parents' pages are locked by a PIN" : "no parents' PIN is set");
}

bool ParentAuth::allows(const QByteArray &token)
{
    return !m_stored || m_sessions.use(token);
}

bool ParentAuth::isUnlocked(const QByteArray &token) const
{
    return m_stored && m_sessions.isValid(token);
}

std::optional<ServiceError> ParentAuth::beginGuess()
{
    if (!m_lockout.begin()) {
        const int retryAfter = m_lockout.retryAfterSec().value_or(1);
        return ServiceError {
            ErrorType::RateLimited,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "too many wrong PINs; try again in %1 s"))
                .arg(retryAfter),
            {{u"limit"_s, m_config.lockout.maxFailures},
             {u"window_s"_s, m_config.lockout.windowMs / 1000},
             {u"retry_after_s"_s, retryAfter}}};
    }
    return std::nullopt;
}

ServiceError ParentAuth::wrongPin(const QString &field) const
{
    return {ErrorType::Unauthorized,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "wrong PIN")),
            {{u"field"_s, field}, {u"attempts_left"_s, m_lockout.failuresLeft()}}};
}

void ParentAuth::unlock(const QString &pin, Answer done)
{
    if (!m_stored)
        return done(
            ServiceError::conflict(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "no PIN is set")),
                                   {{u"reason"_s, u"no_pin"_s}}));
    if (!PinHash::isWellFormed(pin))
        return done(ServiceError::validation(
            u"pin"_s, QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "pin must be 4 to 8 digits"))));
    if (const std::optional<ServiceError> closed = beginGuess())
        return done(*closed);
    const PinRepository::StoredPin stored = *m_stored;
    const quint64 generation = m_generation;
    QtConcurrent::run([pin, stored] {
        return PinHash::derive(pin, stored.salt, stored.iterations);
    }).then(this, [this, stored, generation, done = std::move(done)](const QByteArray &key) {
        if (generation != m_generation) {
            m_lockout.abandoned();
            return done(ServiceError::conflict(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the PIN was changed meanwhile"))));
        }
        if (!PinHash::constantTimeEquals(key, stored.key)) {
            m_lockout.failed();
            qCInfo(lcApp) << "a wrong parents' PIN was tried;" << m_lockout.failuresLeft() << "tries left";
            return done(wrongPin(u"pin"_s));
        }
        m_lockout.succeeded();
        done(m_sessions.open());
    });
}

void ParentAuth::lock(const QByteArray &token)
{
    m_sessions.close(token);
}

void ParentAuth::changePin(const std::optional<QString> &newPin, const QString &currentPin, Answer done)
{
    if (newPin && !PinHash::isWellFormed(*newPin))
        return done(ServiceError::validation(
            u"pin"_s,
            QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "pin must be 4 to 8 digits, or null to remove it"))));
    if (!newPin && !m_stored)
        return done(QByteArray()); // nothing to remove
    if (m_stored) {
        if (!PinHash::isWellFormed(currentPin))
            return done(
                ServiceError::validation(u"current_pin"_s,
                                         QString::fromUtf8(QT_TRANSLATE_NOOP(
                                             "ServiceError", "current_pin (4 to 8 digits) is required"))));
        if (const std::optional<ServiceError> closed = beginGuess())
            return done(*closed);
    }
    const std::optional<PinRepository::StoredPin> stored = m_stored;
    const quint64 generation = m_generation;
    const int iterations = m_config.iterations;
    QtConcurrent::run([stored, currentPin, newPin, iterations] {
        Derived derived;
        if (stored)
            derived.current = PinHash::derive(currentPin, stored->salt, stored->iterations);
        if (newPin) {
            derived.salt = PinHash::newSalt();
            derived.next = PinHash::derive(*newPin, derived.salt, iterations);
        }
        return derived;
    }).then(this, [this, stored, generation, iterations, done = std::move(done)](const Derived &derived) {
        if (generation != m_generation) {
            if (stored)
                m_lockout.abandoned();
            return done(ServiceError::conflict(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the PIN was changed meanwhile"))));
        }
        if (stored) {
            if (!PinHash::constantTimeEquals(derived.current, stored->key)) {
                m_lockout.failed();
                return done(wrongPin(u"current_pin"_s));
            }
            m_lockout.succeeded();
        }
        const Status saved
            = derived.next.isEmpty() ? m_pins.clear() : m_pins.save({derived.salt, iterations, derived.next});
        if (!saved)
            return done(saved.error());
        ++m_generation;
        m_sessions.closeAll();
        if (derived.next.isEmpty()) {
            m_stored.reset();
            qCInfo(lcApp) << "the parents' PIN was removed";
            return done(QByteArray());
        }
        m_stored = PinRepository::StoredPin {derived.salt, iterations, derived.next};
        qCInfo(lcApp) << "the parents' PIN was set";
        done(m_sessions.open());
    });
}
