// SPDX-License-Identifier: GPL-3.0-or-later
// What a TCP client sends first (ARCHITECTURE.md "The front door"): the request head, read as FrontDoor
// reads it (up to the blank line, at most 32 KiB), then the Host and Origin checks of OriginPolicy. The
// bytes after the head drive the connection limiter, as connections come and go.

#include "fuzzcheck.h"
#include "server/connectionlimiter.h"
#include "server/originpolicy.h"
#include "server/requesthead.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxHeadBytes = 32 * 1024; // FrontDoor's limit

void checkHead(QByteArrayView head)
{
    const ApiRequest request = RequestHead::parse(head);
    FUZZ_CHECK(request.method == request.method.toUpper());
    FUZZ_CHECK(request.body.isEmpty());
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        FUZZ_CHECK(!it.key().isEmpty());
        FUZZ_CHECK(it.key() == it.key().toLower());
        FUZZ_CHECK(it.key() == it.key().trimmed() && it.value() == it.value().trimmed());
        FUZZ_CHECK(!it.key().contains('\n') && !it.value().contains('\n'));
    }
    const qint64 length = RequestHead::contentLength(request);
    FUZZ_CHECK(length >= 0);
    bool ok = false;
    const qint64 declared = request.header("content-length").toLongLong(&ok);
    FUZZ_CHECK(length == (ok && declared > 0 ? declared : 0));
    if (RequestHead::isWebSocketUpgrade(request))
        FUZZ_CHECK(request.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0);

    static const OriginPolicy policy({{u"http://parent.example:8080"_s},
                                      {u"localhost"_s, u"box"_s, u"box.local"_s},
                                      [] { return QList<QHostAddress> {QHostAddress(u"192.168.1.20"_s)}; }});
    const QByteArray host = request.header("host");
    const QByteArray origin = request.header("origin");
    const bool boxHost = policy.isBoxHost(host, QHostAddress::LocalHost);
    const bool allowed = policy.allowsOrigin(origin, host);
    // A page without Origin is not a web page; a web page is let in only by name, never by accident.
    if (origin.isEmpty())
        FUZZ_CHECK(allowed);
    const HeaderList cors = policy.corsHeaders(origin, host);
    if (!allowed)
        FUZZ_CHECK(cors.isEmpty());
    for (const auto &[name, value] : cors) {
        if (name.compare("Access-Control-Allow-Origin", Qt::CaseInsensitive) == 0)
            FUZZ_CHECK(value == origin && value != "*");
    }
    Q_UNUSED(boxHost)
}

// Two bits per connection event: admit or release, from one of four addresses.
void checkLimiter(QByteArrayView events)
{
    ConnectionLimiter limiter({8, 3});
    const QHostAddress peers[] = {QHostAddress(u"10.0.0.1"_s), QHostAddress(u"10.0.0.2"_s),
                                  QHostAddress(u"::ffff:10.0.0.1"_s), QHostAddress(u"fe80::1%eth0"_s)};
    QHash<int, int> open;
    for (const char byte : events) {
        const int peer = (quint8(byte) >> 1) % 4;
        if (byte & 1) {
            const ConnectionLimiter::Verdict verdict = limiter.admit(peers[peer]);
            if (verdict == ConnectionLimiter::Verdict::Admitted)
                ++open[peer];
        } else if (open.value(peer) > 0) {
            limiter.release(peers[peer]);
            --open[peer];
        }
        int total = 0;
        for (int count : std::as_const(open))
            total += count;
        FUZZ_CHECK(limiter.openCount() == total);
        FUZZ_CHECK(limiter.openCount() <= limiter.limits().total);
        for (int p = 0; p < 4; ++p)
            FUZZ_CHECK(limiter.openCount(peers[p]) <= limiter.limits().perAddress);
    }
}

} // namespace

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    silenceLogs();
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype end = input.indexOf("\r\n\r\n");
    if (end < 0 || end > maxHeadBytes) {
        checkHead(input.first(qMin(input.size(), maxHeadBytes)));
        return 0;
    }
    checkHead(input.first(end));
    checkLimiter(input.sliced(end + 4));
    return 0;
}
