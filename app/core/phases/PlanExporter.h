#pragma once

#include "common/Result.h"
#include "documents/DocumentFormat.h"

#include <QCoreApplication>
#include <QDate>

namespace csirtkit {

class DocumentBuilder;
class Workspace;

// Exports "the plan" of a workspace: the organisation, the three phases with their steps and every
// visible checklist item (status, owner, due date, why not applicable), the decisions (service
// catalogue, organisational model) and the four worksheets. Made with core/documents like the
// reports: the same title block, TLP label, page headers and footers; `language` ("en"/"ja") chooses
// the shipped content's language and the document's headings, dates and numbers.
class PlanExporter
{
    Q_DECLARE_TR_FUNCTIONS(PlanExporter)

public:
    using Format = DocumentFormat;

    // The label a plan carries unless told otherwise: it is for the organisation, not for the public.
    static QString defaultTlp() { return QStringLiteral("TLP:AMBER"); }

    // Writes the plan dated today to `outputPath` atomically: the file appears only once complete.
    // PDF and ODT need a QGuiApplication (fonts).
    static Result<void> write(Workspace &workspace, const QString &language, Format format, const QString &outputPath,
                              const QString &tlp = defaultTlp());

    // The plan as Markdown, dated `date` (which also decides what is overdue). Empty if the workspace
    // cannot be read; write() reports that error.
    static QString markdown(Workspace &workspace, const QString &language, const QDate &date);

private:
    static Result<DocumentBuilder> document(Workspace &workspace, const QString &language, const QDate &date,
                                            const QString &tlp);
};

} // namespace csirtkit
