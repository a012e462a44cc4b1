// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverconverter.h"

#include <QProcess>

using namespace Qt::StringLiterals;

CoverConverter::CoverConverter(Config config)
    : m_config(std::move(config))
{ }

std::optional<CoverConverter::Failure> CoverConverter::convert(const QString &inputPath,
                                                               const QString &outputPath) const
{
    if (m_config.program.isEmpty())
        return Failure {u"the cover tool was not found"_s, true};
    QProcess tool;
    tool.setProcessChannelMode(QProcess::SeparateChannels);
    tool.setStandardInputFile(QProcess::nullDevice());
    tool.start(m_config.program,
               {u"--size"_s, QString::number(m_config.sizePx), u"--"_s, inputPath, outputPath});
    if (!tool.waitForStarted())
        return Failure {u"cannot run %1: %2"_s.arg(m_config.program, tool.errorString()), true};
    if (!tool.waitForFinished(m_config.timeoutMs)) {
        tool.kill();
        tool.waitForFinished();
        return Failure {u"the cover tool took longer than %1 ms and was stopped"_s.arg(m_config.timeoutMs),
                        false};
    }
    const QString said = QString::fromUtf8(tool.readAllStandardError()).trimmed().left(300);
    if (tool.exitStatus() != QProcess::NormalExit)
        return Failure {u"the cover tool crashed: %1"_s.arg(said), false};
    if (tool.exitCode() != 0)
        return Failure {said.isEmpty() ? u"the cover tool failed (exit %1)"_s.arg(tool.exitCode()) : said,
                        tool.exitCode() == 2};
    return std::nullopt;
}
