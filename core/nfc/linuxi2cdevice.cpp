// SPDX-License-Identifier: GPL-3.0-or-later
#include "linuxi2cdevice.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/i2c-dev.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

LinuxI2cDevice::LinuxI2cDevice(QString path, int address)
    : m_path(std::move(path))
    , m_address(address)
{ }

LinuxI2cDevice::~LinuxI2cDevice()
{
    close();
}

I2cTransfer LinuxI2cDevice::open()
{
    close();
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return {{}, u"cannot open %1: %2"_s.arg(m_path, systemError(errno))};
    if (::ioctl(fd, I2C_SLAVE, m_address) < 0) {
        const int error = errno;
        ::close(fd);
        return {{},
                u"cannot address 0x%1 on %2: %3"_s.arg(QString::number(m_address, 16), m_path,
                                                       systemError(error))};
    }
    m_fd = fd;
    return {};
}

void LinuxI2cDevice::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

I2cTransfer LinuxI2cDevice::write(const QByteArray &bytes)
{
    if (m_fd < 0)
        return {{}, u"%1 is not open"_s.arg(m_path)};
    ssize_t written = -1;
    do {
        written = ::write(m_fd, bytes.constData(), size_t(bytes.size()));
    } while (written < 0 && errno == EINTR);
    if (written < 0)
        return {{}, u"write to %1: %2"_s.arg(m_path, systemError(errno))};
    if (written != bytes.size())
        return {{}, u"write to %1: %2 of %3 bytes"_s.arg(m_path).arg(written).arg(bytes.size())};
    return {};
}

I2cTransfer LinuxI2cDevice::read(qsizetype length)
{
    if (m_fd < 0)
        return {{}, u"%1 is not open"_s.arg(m_path)};
    QByteArray data(length, '\0');
    ssize_t received = -1;
    do {
        received = ::read(m_fd, data.data(), size_t(length));
    } while (received < 0 && errno == EINTR);
    if (received < 0)
        return {{}, u"read from %1: %2"_s.arg(m_path, systemError(errno))};
    data.truncate(received);
    return {data, {}};
}
