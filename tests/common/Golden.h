#pragma once

// Golden-file comparison for document output. With CSIRTKIT_REGENERATE_GOLDEN set the golden file is
// rewritten instead (tests/data/golden/regenerate.sh does that); review the diff before committing.

#include <QFile>
#include <QString>
#include <QStringList>

namespace fixtures {

// An empty string when `text` equals the golden file (or it was regenerated); else what differs.
inline QString goldenMismatch(const QString &text, const QString &golden)
{
    if (qEnvironmentVariableIsSet("CSIRTKIT_REGENERATE_GOLDEN")) {
        QFile file(golden);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
            return golden + QStringLiteral(" cannot be written.");
        qInfo("Wrote %s", qPrintable(golden));
        return {};
    }
    QFile file(golden);
    if (!file.open(QIODevice::ReadOnly))
        return golden + QStringLiteral(" is missing: run tests/data/golden/regenerate.sh");
    const QStringList got = text.split(QLatin1Char('\n'));
    const QStringList expected = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i) {
        if (got.value(i) != expected.value(i))
            return QStringLiteral("%1, line %2 differs.\n   got: %3\nwanted: %4\nIf the change is intended, run "
                                  "tests/data/golden/regenerate.sh and review the diff.")
                .arg(golden)
                .arg(i + 1)
                .arg(got.value(i), expected.value(i));
    }
    return {};
}

} // namespace fixtures
