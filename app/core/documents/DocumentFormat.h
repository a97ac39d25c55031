#pragma once

#include "common/Result.h"

#include <QStringList>

#include <optional>

namespace csirtkit {

// The file formats every printable document (plan, reports, later the manual) can be written as.
enum class DocumentFormat { Pdf, Odt, Html, Markdown };

namespace DocumentFormats {

// "pdf", "odt", "html", "md" (case-insensitive); nullopt for anything else.
std::optional<DocumentFormat> fromName(const QString &name);
// The names fromName() accepts, in the order a user is offered them.
QStringList names();
// By a file name's suffix: .pdf, .odt, .html/.htm, .md/.markdown.
std::optional<DocumentFormat> forPath(const QString &path);
// The same, or an error that says which suffixes a document's name may end in.
Result<DocumentFormat> requireForPath(const QString &path);

} // namespace DocumentFormats

} // namespace csirtkit
