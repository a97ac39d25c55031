#include "documents/DocumentFormat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace csirtkit::DocumentFormats {

std::optional<DocumentFormat> fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (n == QLatin1String("odt"))
        return DocumentFormat::Odt;
    if (n == QLatin1String("html"))
        return DocumentFormat::Html;
    if (n == QLatin1String("md"))
        return DocumentFormat::Markdown;
    return std::nullopt;
}

QStringList names()
{
    return { QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("md") };
}

std::optional<DocumentFormat> forPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return DocumentFormat::Html;
    if (suffix == QLatin1String("markdown"))
        return DocumentFormat::Markdown;
    return fromName(suffix);
}

Result<DocumentFormat> requireForPath(const QString &path)
{
    if (const auto format = forPath(path))
        return *format;
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("DocumentFormats", "“%1” has no report format in its name. End it in "
                                                                    ".pdf, .odt, .html or .md.")
                         .arg(QFileInfo(path).fileName()));
}

} // namespace csirtkit::DocumentFormats
