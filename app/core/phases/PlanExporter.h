#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>

#include <optional>

namespace csirtkit {

class Workspace;

// Exports "the plan" of a workspace: the organisation, the three phases with their steps and every
// visible checklist item (status, owner, due date, why not applicable), the decisions (service
// catalogue, organisational model) and the four worksheets. `language` ("en"/"ja") chooses the shipped
// content's language; labels follow the installed UI translation (the caller installs it).
class PlanExporter
{
    Q_DECLARE_TR_FUNCTIONS(PlanExporter)

public:
    enum class Format { Pdf, Odt, Html, Markdown };

    // "pdf", "odt", "html", "md" (case-insensitive); nullopt for anything else.
    static std::optional<Format> formatFromName(const QString &name);
    static QStringList formatNames();

    // Writes the plan dated today to `outputPath` atomically: the file appears only once complete.
    // PDF and ODT need a QGuiApplication (fonts).
    static Result<void> write(Workspace &workspace, const QString &language, Format format, const QString &outputPath);

    // The plan as Markdown, dated `date` (which also decides what is overdue). Empty if the workspace
    // cannot be read; write() reports that error.
    static QString markdown(Workspace &workspace, const QString &language, const QDate &date);

    // The documents' font: the system's general font, as a sans-serif, so that fontconfig can fall back
    // to a CJK font for Japanese.
    static QFont documentFont();
};

} // namespace csirtkit
